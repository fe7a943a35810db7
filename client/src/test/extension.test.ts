import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../extension';

const SAMPLES = path.resolve(__dirname, '../../samples');

async function openSample(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(SAMPLES, name)));
  const editor = await vscode.window.showTextDocument(doc);
  for (let i = 0; i < 50 && editor.document.languageId !== 'news-article'; i++) await new Promise((r) => setTimeout(r, 100));
  return vscode.window.activeTextEditor!;
}

async function api(): Promise<NewsAnnotatorApi> {
  const ext = vscode.extensions.getExtension<NewsAnnotatorApi>('news-annotator.news-annotator')!;
  return ext.activate();
}

/** Asks until the server answers something (it starts with the first article). */
async function until<T>(ask: () => Thenable<T>, ok: (t: T) => boolean): Promise<T> {
  let last!: T;
  for (let i = 0; i < 100; i++) {
    last = await ask();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  return last;
}

suite('News Annotator in VS Code', () => {
  test('a .txt article is switched to news-article; a licence stays plain text', async () => {
    const editor = await openSample('us-china-trade-talks.txt');
    assert.strictEqual(editor.document.languageId, 'news-article');
    const licence = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(SAMPLES, 'LICENSE-notes.txt')));
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(licence.languageId, 'plaintext');
  });

  test('hover on a later surname shows the role', async () => {
    const editor = await openSample('us-china-trade-talks.txt');
    const text = editor.document.getText();
    const at = editor.document.positionAt(text.indexOf('Bessent', text.indexOf('Scott Bessent') + 20) + 2);
    const hovers = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at), (h) => h.length > 0);
    const value = hovers.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n')).join('\n');
    assert.match(value, /Treasury Secretary/);
  });

  test('the outline lists quotes by speaker', async () => {
    const editor = await openSample('us-china-trade-talks.txt');
    const symbols = await until(() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri), (s) => (s?.length ?? 0) > 0);
    const all = symbols.flatMap((s) => [s, ...s.children]);
    assert.ok(all.some((s) => s.name === 'Scott Bessent' && s.kind === vscode.SymbolKind.String));
  });

  test('next and previous quote move the cursor quote by quote', async () => {
    const editor = await openSample('us-china-trade-talks.txt');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsAnnotator.nextQuote');
    const first = editor.selection.active;
    await vscode.commands.executeCommand('newsAnnotator.nextQuote');
    const second = editor.selection.active;
    assert.ok(second.isAfter(first));
    await vscode.commands.executeCommand('newsAnnotator.previousQuote');
    assert.ok(editor.selection.active.isEqual(first));
    const quoteMark = editor.document.getText(new vscode.Range(first, first.translate(0, 1)));
    assert.ok(['"', '“'].includes(quoteMark));
  });

  test('the Speakers view and the status bar describe the active article', async () => {
    await openSample('us-china-trade-talks.txt');
    const { speakers, status } = await api();
    await until(async () => (await speakers.refresh(), speakers.current), (s) => (s?.speakers.length ?? 0) > 0);
    const roots = speakers.getChildren();
    assert.ok(roots.some((n) => n.kind === 'speaker' && n.speaker.name === 'Scott Bessent'));
    await until(async () => status.item.text, (t) => /quotes · \d+ speakers/.test(t));
  });

  test('turning the status bar off in settings hides it without a reload', async () => {
    const { status } = await api();
    await vscode.workspace.getConfiguration('newsAnnotator').update('statusBar.enable', false, vscode.ConfigurationTarget.Global);
    await openSample('kenya-central-bank-rate-cut.txt');
    await new Promise((r) => setTimeout(r, 1000));
    await vscode.workspace.getConfiguration('newsAnnotator').update('statusBar.enable', undefined, vscode.ConfigurationTarget.Global);
    assert.ok(status.item);
  });
});
