import * as vscode from 'vscode';
import { looksLikeArticle } from '../../server/src/core/detect';
import type { Config } from './config';

export const LANGUAGE_ID = 'news-article';

/** Documents the user switched by hand; detection leaves them alone afterwards. */
const userChoice = new Map<string, string>();

export function rememberChoice(doc: vscode.TextDocument, languageId: string): void {
  userChoice.set(doc.uri.toString(), languageId);
}

function matchesGlobs(doc: vscode.TextDocument, globs: readonly string[]): boolean {
  return globs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
}

/**
 * Switches a plain-text `.txt` document to `news-article` when it matches the article globs or
 * its first few KB read like wire copy (a dateline, quotes with attribution). A licence or a log
 * stays plain text, and the server is never started for it.
 */
export async function detectArticle(doc: vscode.TextDocument, config: Config): Promise<void> {
  if (doc.languageId !== 'plaintext' || !doc.fileName.toLowerCase().endsWith('.txt')) return;
  if (userChoice.has(doc.uri.toString())) return;
  const isArticle = matchesGlobs(doc, config.articleGlobs) || (config.detectArticles && looksLikeArticle(doc.getText(new vscode.Range(0, 0, 200, 0))));
  if (isArticle) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}
