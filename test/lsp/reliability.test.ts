import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource, DocumentSymbolRequest, HoverRequest, LSPErrorCodes, SemanticTokensRequest, type DocumentSymbol, type MarkupContent } from 'vscode-languageserver-protocol';
import { positionOf, positionOfText, ServerClient } from './serverClient';
import { analyzeArticle } from '../../server/src/core';
import { document } from '../../bench/corpus';

let client: ServerClient;
before(async () => {
  client = (await ServerClient.start()).client;
});
after(() => client.stop());

test('offsets are exact with CRLF line ends and astral characters before a quote', async () => {
  const uri = 'file:///tmp/news-test/crlf.txt';
  const text = 'OSLO, May 2, 2025 (Reuters) - \u{1F4F0}\u{20BB7} Norwegian Finance Minister Kari Nordby spoke.\r\n\r\n\u{1F600} "We are ready," Nordby said.\r\n';
  await client.open(uri, text);
  const at = text.indexOf('Nordby said') + 2;
  const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, at) });
  assert.ok(h?.range);
  assert.deepEqual(h.range.start, positionOf(text, text.indexOf('Nordby said')));
  assert.deepEqual(h.range.end, positionOf(text, text.indexOf('Nordby said') + 'Nordby'.length));
  assert.match((h.contents as MarkupContent).value, /Kari Nordby[\s\S]*Norwegian Finance Minister/);
});

test('a request that fails answers with an LSP error, and the server lives on', async () => {
  const uri = 'file:///tmp/news-test/crlf.txt';
  await assert.rejects(
    client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: null as never }),
    (e: { code?: number }) => e.code === LSPErrorCodes.RequestFailed,
  );
  const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  assert.ok(Array.isArray(symbols) && symbols.length > 0);
});

test('a request cancelled while the server is busy answers RequestCancelled', async () => {
  const uri = 'file:///tmp/news-test/big.txt';
  await client.open(uri, document(3 << 20, 21));
  const busy = client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  const source = new CancellationTokenSource();
  const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } }, source.token);
  source.cancel();
  await assert.rejects(hover, (e: { code?: number }) => e.code === LSPErrorCodes.RequestCancelled);
  assert.ok(Array.isArray(await busy));
  await client.close(uri);
});

test('after a burst of edits the outline and tokens match the final text', async () => {
  const uri = 'file:///tmp/news-test/burst.txt';
  let text = 'LIMA, June 3, 2025 (Reuters) - Peruvian Economy Minister Rosa Quispe spoke.\n\n';
  await client.open(uri, text);
  const typed = '"We will not raise taxes," Quispe said. "Not this year."\n\n';
  for (const ch of typed) {
    const end = positionOf(text, text.length);
    text += ch;
    void client.edit(uri, { start: end, end }, ch);
  }
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  const expected = analyzeArticle(text);
  assert.deepEqual(symbols.filter((s) => s.kind === 15).map((s) => s.name), expected.quotes.map(() => 'Rosa Quispe'));
  const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
  assert.ok((tokens?.data.length ?? 0) > 0);
});

test('files over the size limit are refused once, with a message, and answer nothing', async () => {
  const small = (await ServerClient.start({ initializationOptions: { settings: { maxFileSizeMB: 0.001 } }, settings: { maxFileSizeMB: 0.001 } })).client;
  try {
    const uri = 'file:///tmp/news-test/huge.txt';
    const text = document(4000, 3);
    await small.open(uri, text);
    const h = await small.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOfText(text, 'said') });
    assert.equal(h, null);
    await small.edit(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'x');
    await small.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.equal(small.messages.filter((m) => m.includes('huge.txt') && /larger than/.test(m)).length, 1);
  } finally {
    await small.stop();
  }
});

function workspace(glossary: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-ws-'));
  fs.mkdirSync(path.join(dir, '.vscode'));
  fs.writeFileSync(path.join(dir, '.vscode', 'news-glossary.json'), glossary);
  return dir;
}

const TEXT = 'ROME, May 5, 2025 (Reuters) - Officials discussed the chip war and tariffs.';

test('a workspace glossary adds terms; a malformed one is reported and the built-in glossary still works', async () => {
  const good = workspace(JSON.stringify([{ term: 'chip war', definition: 'Rivalry over semiconductors.' }]));
  const { client: c1 } = await ServerClient.start({ workspaceFolders: [good] });
  try {
    await c1.open('file:///tmp/news-test/g1.txt', TEXT);
    const h = await c1.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///tmp/news-test/g1.txt' }, position: positionOfText(TEXT, 'chip war', 2) });
    assert.match((h?.contents as MarkupContent).value, /Rivalry over semiconductors[\s\S]*news-glossary\.json/);
  } finally {
    await c1.stop();
  }
  const bad = workspace('{ "terms": [ { "term": 1 } ');
  const { client: c2 } = await ServerClient.start({ workspaceFolders: [bad] });
  try {
    await c2.open('file:///tmp/news-test/g2.txt', TEXT);
    const h = await c2.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///tmp/news-test/g2.txt' }, position: positionOfText(TEXT, 'tariffs', 2) });
    assert.match((h?.contents as MarkupContent).value, /built-in glossary/);
    assert.ok(c2.messages.some((m) => m.includes('news-glossary.json') && /not valid JSON/.test(m)), c2.messages.join('\n'));
  } finally {
    await c2.stop();
  }
});

test('in an untrusted workspace the glossary file is not read', async () => {
  const dir = workspace(JSON.stringify([{ term: 'chip war', definition: 'Rivalry over semiconductors.' }]));
  const { client: c } = await ServerClient.start({ workspaceFolders: [dir], initializationOptions: { trusted: false } });
  try {
    await c.open('file:///tmp/news-test/g3.txt', TEXT);
    const h = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///tmp/news-test/g3.txt' }, position: positionOfText(TEXT, 'chip war', 2) });
    assert.equal(h, null);
    assert.ok(c.messages.some((m) => /not trusted \(Restricted Mode\)/.test(m)), c.messages.join('\n'));
  } finally {
    await c.stop();
  }
});
