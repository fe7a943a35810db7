import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { SemanticTokensDeltaRequest, SemanticTokensRangeRequest, SemanticTokensRequest, type SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { decodeTokens, positionOfText, ServerClient } from './serverClient';
import { ARTICLE, URI } from './fixtures';

let client: ServerClient;
let legend: SemanticTokensLegend;

before(async () => {
  const started = await ServerClient.start();
  client = started.client;
  legend = started.init.capabilities.semanticTokensProvider!.legend;
  await client.open(URI, ARTICLE);
});
after(() => client.stop());

const tokenText = (t: { line: number; char: number; length: number }, text: string): string => text.split('\n')[t.line].slice(t.char, t.char + t.length);

test('full tokens cover quotes, speakers, cues, dates, terms and the dateline, sorted and non-overlapping', async () => {
  const result = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } }))!;
  const tokens = decodeTokens(result.data, legend.tokenTypes);
  const seen = (type: string): string[] => tokens.filter((t) => t.type === type).map((t) => tokenText(t, ARTICLE));
  assert.ok(seen('quote').some((s) => s.startsWith('"We have waited')));
  assert.ok(seen('speaker').includes('Budi Santoso'));
  assert.ok(seen('speaker').includes('Santoso'));
  assert.ok(seen('attributionCue').includes('told'));
  assert.ok(seen('date').includes('Friday'));
  assert.ok(seen('policyTerm').includes('free trade agreement'));
  assert.deepEqual(seen('dateline'), ['GENEVA, June 6, 2025 (Reuters) -']);
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1];
    const b = tokens[i];
    assert.ok(b.line > a.line || b.char >= a.char + a.length, `overlap at ${b.line}:${b.char}`);
  }
});

test('an edit is answered with a delta that matches a fresh full result', async () => {
  const first = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } }))!;
  const at = positionOfText(ARTICLE, 'Palm Oil Dispute');
  await client.edit(URI, { start: at, end: at }, '"A brand new quote," Santoso said.\n\n');
  const delta = (await client.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri: URI }, previousResultId: first.resultId! }))!;
  assert.ok('edits' in delta && delta.edits.length > 0);
  const data = [...first.data];
  for (const e of [...delta.edits].sort((x, y) => y.start - x.start)) data.splice(e.start, e.deleteCount, ...(e.data ?? []));
  const full = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } }))!;
  assert.deepEqual(data, full.data);
  const text = ARTICLE.slice(0, ARTICLE.indexOf('Palm Oil Dispute')) + '"A brand new quote," Santoso said.\n\n' + ARTICLE.slice(ARTICLE.indexOf('Palm Oil Dispute'));
  assert.ok(decodeTokens(full.data, legend.tokenTypes).some((t) => t.type === 'quote' && tokenText(t, text).startsWith('"A brand new quote')));
});

test('range tokens are the full tokens on those lines', async () => {
  const full = decodeTokens((await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } }))!.data, legend.tokenTypes);
  const range = decodeTokens((await client.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri: URI }, range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } } }))!.data, legend.tokenTypes);
  assert.ok(range.length > 0);
  assert.deepEqual(range, full.filter((t) => t.line === 2));
});
