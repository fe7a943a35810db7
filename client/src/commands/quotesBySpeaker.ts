import * as vscode from 'vscode';
import type { ServerHandle } from '../client';

interface QuoteItem extends vscode.QuickPickItem {
  range?: vscode.Range;
}

/**
 * A quick pick of the article's quotes grouped by speaker; with the cursor on a name, only that
 * speaker's quotes. Picking one moves the cursor there.
 */
export async function quotesBySpeaker(server: ServerHandle): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const summary = await server.summary(editor.document);
  if (!summary || summary.quoteCount === 0) return void vscode.window.showInformationMessage('News Annotator: no quotes found in this article.');
  const items: QuoteItem[] = [];
  const clip = (s: string): string => (s.length > 100 ? s.slice(0, 99) + '…' : s);
  for (const speaker of summary.speakers) {
    items.push({ label: speaker.name, kind: vscode.QuickPickItemKind.Separator });
    for (const q of speaker.quotes) {
      items.push({ label: `$(quote) ${clip(q.text)}`, description: speaker.roles[0], detail: `line ${q.line + 1}`, range: new vscode.Range(q.line, q.character, q.endLine, q.endCharacter) });
    }
  }
  if (summary.unattributed.length > 0) {
    items.push({ label: 'No speaker found', kind: vscode.QuickPickItemKind.Separator });
    for (const q of summary.unattributed) {
      items.push({ label: `$(quote) ${clip(q.text)}`, detail: `line ${q.line + 1}`, range: new vscode.Range(q.line, q.character, q.endLine, q.endCharacter) });
    }
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Quotes by speaker', matchOnDescription: true, matchOnDetail: true });
  if (picked?.range) {
    editor.selection = new vscode.Selection(picked.range.start, picked.range.start);
    editor.revealRange(picked.range, vscode.TextEditorRevealType.InCenter);
  }
}
