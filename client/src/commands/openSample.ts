import * as vscode from 'vscode';

/** Opens a sample article shipped with the extension (used by the getting-started walkthrough). */
export async function openSample(context: vscode.ExtensionContext): Promise<void> {
  const uri = vscode.Uri.joinPath(context.extensionUri, 'samples', 'us-china-trade-talks.txt');
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.languages.setTextDocumentLanguage(doc, 'news-article');
  await vscode.window.showTextDocument(doc);
}
