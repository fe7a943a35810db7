import * as vscode from 'vscode';
import { Config } from './config';
import { ServerHandle } from './client';
import { detectArticle, LANGUAGE_ID } from './articleDetection';
import { nextQuote, previousQuote } from './commands/quoteNavigation';
import { quotesBySpeaker } from './commands/quotesBySpeaker';
import { treatAsArticle, treatAsPlainText } from './commands/languageMode';
import { restartServer, showOutput } from './commands/server';
import { openSample } from './commands/openSample';
import { SpeakersView } from './views/speakersView';
import { QuoteStatus } from './views/statusBar';

const REFRESH_DELAY_MS = 300;

/** What the extension exposes to its own integration tests. */
export interface NewsAnnotatorApi {
  server: ServerHandle;
  speakers: SpeakersView;
  status: QuoteStatus;
}

export async function activate(context: vscode.ExtensionContext): Promise<NewsAnnotatorApi> {
  const config = new Config();
  const server = new ServerHandle(context, config);
  const speakers = new SpeakersView(server);
  const status = new QuoteStatus();
  let timer: NodeJS.Timeout | undefined;
  const refresh = (): void => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      // Shows the Speakers view while an article is the active editor.
      const active = vscode.window.activeTextEditor?.document.languageId === LANGUAGE_ID;
      void vscode.commands.executeCommand('setContext', 'newsAnnotator.active', active);
      await speakers.refresh();
      status.update(speakers.current, config.statusBar);
    }, REFRESH_DELAY_MS);
  };

  context.subscriptions.push(
    server, speakers, status,
    vscode.window.registerTreeDataProvider('newsAnnotator.speakers', speakers),
    vscode.commands.registerCommand('newsAnnotator.nextQuote', () => nextQuote(server)),
    vscode.commands.registerCommand('newsAnnotator.previousQuote', () => previousQuote(server)),
    vscode.commands.registerCommand('newsAnnotator.quotesBySpeaker', () => quotesBySpeaker(server)),
    vscode.commands.registerCommand('newsAnnotator.treatAsArticle', treatAsArticle),
    vscode.commands.registerCommand('newsAnnotator.treatAsPlainText', treatAsPlainText),
    vscode.commands.registerCommand('newsAnnotator.restartServer', () => restartServer(server)),
    vscode.commands.registerCommand('newsAnnotator.showOutput', () => showOutput(server)),
    vscode.commands.registerCommand('newsAnnotator.openSample', () => openSample(context)),
    vscode.workspace.onDidOpenTextDocument((doc) => void detectArticle(doc, config)),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && refresh()),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (Config.needsRestart(e)) void server.restart();
      if (e.affectsConfiguration('newsAnnotator')) refresh();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void server.restart()),
    server.onDidChange(refresh),
  );
  for (const doc of vscode.workspace.textDocuments) await detectArticle(doc, config);
  // The server starts with the first article, not with the extension.
  if (vscode.workspace.textDocuments.some((d) => d.languageId === LANGUAGE_ID)) await server.start();
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => doc.languageId === LANGUAGE_ID && void server.start()));
  refresh();
  return { server, speakers, status };
}

export function deactivate(): void {
  // The ServerHandle in context.subscriptions stops the client when VS Code disposes them.
}
