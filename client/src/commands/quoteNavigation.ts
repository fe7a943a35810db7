import * as vscode from 'vscode';
import type { ServerHandle } from '../client';

/** All quote starts of the article in text order. */
async function quotePositions(server: ServerHandle, doc: vscode.TextDocument): Promise<vscode.Range[]> {
  const summary = await server.summary(doc);
  if (!summary) return [];
  const all = [...summary.speakers.flatMap((s) => s.quotes), ...summary.unattributed];
  return all.map((q) => new vscode.Range(q.line, q.character, q.endLine, q.endCharacter)).sort((a, b) => a.start.compareTo(b.start));
}

function reveal(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Moves the cursor to the next quote after it (wrapping at the end). */
export async function nextQuote(server: ServerHandle): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const quotes = await quotePositions(server, editor.document);
  if (quotes.length === 0) return void vscode.window.setStatusBarMessage('No quotes in this article', 2000);
  const here = editor.selection.active;
  reveal(editor, quotes.find((q) => q.start.isAfter(here)) ?? quotes[0]);
}

/** Moves the cursor to the previous quote before it (wrapping at the start). */
export async function previousQuote(server: ServerHandle): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const quotes = await quotePositions(server, editor.document);
  if (quotes.length === 0) return void vscode.window.setStatusBarMessage('No quotes in this article', 2000);
  const here = editor.selection.active;
  reveal(editor, [...quotes].reverse().find((q) => q.start.isBefore(here)) ?? quotes[quotes.length - 1]);
}
