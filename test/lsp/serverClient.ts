import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
  ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
  type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';

/** The repository root: the nearest folder up with the project's package.json (this file also runs bundled, from .bench/). */
export const ROOT = ((): string => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'bin', 'news-language-server.js'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '..', '..');
  }
})();
export const SERVER = path.join(ROOT, 'bin', 'news-language-server.js');

/** The built server over stdio, driven by a real protocol client. */
export class ServerClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly diagnosticWaiters: { uri: string; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly messages: string[] = [];
  private versions = new Map<string, number>();
  stderr = '';

  private constructor(readonly process: ChildProcess) {
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
    process.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, p);
      for (const w of this.diagnosticWaiters.filter((x) => x.uri === p.uri)) w.resolve(p);
      this.diagnosticWaiters.splice(0, this.diagnosticWaiters.length, ...this.diagnosticWaiters.filter((x) => x.uri !== p.uri));
    });
    this.connection.onNotification('window/showMessage', (p: { message: string }) => {
      this.messages.push(p.message);
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
      this.messages.push(p.message);
      return null;
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('$/progress', (p: { value: { kind: string } }) => {
      if (p.value.kind === 'end') this.progressEnded++;
      for (const w of this.progressWaiters.splice(0)) w();
    });
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.listen();
  }

  settings: unknown = {};
  /** Work-done progress reports that ended (the workspace index's). */
  progressEnded = 0;
  private readonly progressWaiters: (() => void)[] = [];

  /** Resolves once a work-done progress has ended. */
  async progressEnd(): Promise<void> {
    while (this.progressEnded === 0) await new Promise<void>((r) => this.progressWaiters.push(r));
  }

  static async start(options: { initializationOptions?: unknown; workspaceFolders?: string[]; settings?: unknown } = {}): Promise<{ client: ServerClient; init: InitializeResult }> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new ServerClient(child);
    if (options.settings) client.settings = options.settings;
    const init = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: null,
      capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true }, textDocument: { semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } } },
      workspaceFolders: (options.workspaceFolders ?? []).map((f) => ({ uri: pathToFileURL(f).toString(), name: path.basename(f) })),
      initializationOptions: options.initializationOptions,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return { client, init };
  }

  async open(uri: string, text: string, languageId = 'text'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces a range (line/character) with text, as an incremental change. */
  async edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  async replaceAll(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** The next diagnostics published for uri (or the last ones, if they match the predicate already). */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.diagnosticWaiters.push({ uri, resolve }));
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.process.exitCode === null) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          this.process.kill();
          resolve();
        }, 2000);
        this.process.once('exit', () => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
}

/** Offset → LSP position in text (UTF-16, like the server). */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Position of the first occurrence of needle (plus an offset into it). */
export function positionOfText(text: string, needle: string, into = 0, occurrence = 0): { line: number; character: number } {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  return positionOf(text, at + into);
}

/** Decodes relative semantic tokens into absolute { line, char, length, type, mods }. */
export function decodeTokens(data: readonly number[], types: readonly string[]): { line: number; char: number; length: number; type: string; mods: number }[] {
  const out = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push({ line, char, length: data[i + 2], type: types[data[i + 3]], mods: data[i + 4] });
  }
  return out;
}
