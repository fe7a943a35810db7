import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, RevealOutputChannelOn, TransportKind,
  type ErrorHandler, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { ARTICLE_SUMMARY, type ArticleSummary } from '../../server/src/protocol';
import { Config } from './config';
import { LANGUAGE_ID } from './articleDetection';

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** Owns the language client's lifecycle: start on first article, restart after a crash, stop. */
export class ServerHandle {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  readonly output = vscode.window.createOutputChannel('News Annotator', { log: true });
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the server (re)starts, so views refresh. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly context: vscode.ExtensionContext, private readonly config: Config) {}

  get running(): LanguageClient | undefined {
    return this.client?.isRunning() ? this.client : undefined;
  }

  async start(): Promise<LanguageClient> {
    if (this.client) return this.client;
    this.starting ??= this.create();
    return this.starting;
  }

  private async create(): Promise<LanguageClient> {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const restarts: number[] = [];
    const output = this.output;
    const errorHandler: ErrorHandler = {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const now = Date.now();
        restarts.push(now);
        while (restarts.length > 0 && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
        if (restarts.length > MAX_RESTARTS) {
          void vscode.window.showErrorMessage('News Annotator: the language server crashed repeatedly and was not restarted. See the output channel.', 'Show Output')
            .then((choice) => choice && output.show());
          return { action: CloseAction.DoNotRestart };
        }
        void vscode.window.showWarningMessage('News Annotator: the language server stopped unexpectedly and is being restarted.');
        return { action: CloseAction.Restart };
      },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: LANGUAGE_ID }],
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: { settings: this.config.serverSettings, trusted: vscode.workspace.isTrusted },
      synchronize: { configurationSection: 'newsAnnotator', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.txt') },
      errorHandler,
    };
    const client = new LanguageClient('newsAnnotator', 'News Annotator', serverOptions, clientOptions);
    client.onDidChangeState(() => this.changed.fire());
    await client.start();
    this.client = client;
    this.starting = undefined;
    this.changed.fire();
    return client;
  }

  async restart(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await client.stop().catch(() => undefined);
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await client.stop();
  }

  /** The server's summary of an article (speakers and their quotes), or undefined when it is not running. */
  async summary(doc: vscode.TextDocument): Promise<ArticleSummary | undefined> {
    if (doc.languageId !== LANGUAGE_ID) return undefined;
    const client = await this.start();
    return client.sendRequest<ArticleSummary | null>(ARTICLE_SUMMARY, { textDocument: { uri: doc.uri.toString() } }).then((s) => s ?? undefined);
  }

  dispose(): void {
    void this.stop();
    this.output.dispose();
    this.changed.dispose();
  }
}
