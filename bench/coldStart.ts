/**
 * `npm run bench:cold -- [runs] [label=entry ...]`: the server's cold start alone, measured as
 * `npm run bench` does (spawn `node <entry> --stdio` → initialize answered), with node's own start
 * and the first request (open a 4 KB article, then semantic tokens), as medians of runs taken
 * interleaved so that the machine's mood falls on every variant alike. Without entries it measures
 * bin/news-language-server.js; give the entry of another build (a copy of dist/ with a bin beside
 * it) to compare two builds.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest,
  SemanticTokensRequest, ShutdownRequest,
} from 'vscode-languageserver-protocol';
import { article } from './corpus';
import { ROOT } from '../test/lsp/serverClient';

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 15;
const variants = args.length > 0 ? args.map((a) => a.split('=') as [string, string]) : [['server', path.join(ROOT, 'bin', 'news-language-server.js')] as [string, string]];
const text = article(7);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** One cold start: ms to the initialize answer, then ms from opening a 4 KB article to its semantic tokens. */
async function start(entry: string): Promise<{ cold: number; first: number }> {
  const t = performance.now();
  const child = spawn(process.execPath, [entry, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const c = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  c.onNotification('window/logMessage', () => undefined);
  c.onNotification('window/showMessage', () => undefined);
  c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  c.onRequest('client/registerCapability', () => null);
  c.onRequest('workspace/semanticTokens/refresh', () => null);
  c.onRequest('workspace/inlayHint/refresh', () => null);
  c.listen();
  await c.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: null, workspaceFolders: [],
    capabilities: { workspace: { configuration: true }, textDocument: { semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } } },
  });
  const cold = performance.now() - t;
  await c.sendNotification(InitializedNotification.type, {});
  // As an editor would: the article opens a moment after the server is up.
  await new Promise((r) => setTimeout(r, 50));
  const uri = 'file:///bench/first.txt';
  const t2 = performance.now();
  await c.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'text', version: 1, text } });
  await c.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
  const first = performance.now() - t2;
  await c.sendRequest(ShutdownRequest.type);
  await c.sendNotification(ExitNotification.type);
  await new Promise((r) => child.once('exit', r));
  c.dispose();
  return { cold, first };
}

async function main(): Promise<void> {
  const bare: number[] = [];
  const cold = new Map<string, number[]>(variants.map(([l]) => [l, []]));
  const first = new Map<string, number[]>(variants.map(([l]) => [l, []]));
  for (const [, entry] of variants) await start(path.resolve(entry)); // warm the file cache
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await new Promise((resolve) => spawn(process.execPath, ['-e', '']).on('exit', resolve));
    bare.push(performance.now() - t);
    for (const [label, entry] of variants) {
      const r = await start(path.resolve(entry));
      cold.get(label)!.push(r.cold);
      first.get(label)!.push(r.first);
    }
  }
  const node = median(bare);
  console.log(`${runs} interleaved runs; node itself (spawn → exit of an empty script): median ${node.toFixed(1)} ms`);
  for (const [label] of variants) {
    const c = median(cold.get(label)!);
    console.log(`${label.padEnd(10)} cold start ${c.toFixed(1)} ms (node + ${(c - node).toFixed(1)})   first semantic tokens, 4 KB: ${median(first.get(label)!).toFixed(1)} ms`);
  }
}

void main();
