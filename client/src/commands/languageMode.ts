import * as vscode from 'vscode';
import { LANGUAGE_ID, rememberChoice } from '../articleDetection';

/** Switches the active file to the news-article language, whatever detection thought. */
export async function treatAsArticle(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) return;
  rememberChoice(doc, LANGUAGE_ID);
  await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

/** Switches the active file back to plain text: no annotations. */
export async function treatAsPlainText(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) return;
  rememberChoice(doc, 'plaintext');
  await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
}
