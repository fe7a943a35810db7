import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbolRequest, FoldingRangeRequest, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { ServerClient } from './serverClient';
import { ARTICLE, URI } from './fixtures';

let client: ServerClient;
before(async () => {
  client = (await ServerClient.start()).client;
  await client.open(URI, ARTICLE);
});
after(() => client.stop());

test('the outline lists quotes by speaker under their sections, then the people', async () => {
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
  const names = symbols.map((s) => s.name);
  assert.deepEqual(names.slice(0, 3), ['Budi Santoso', 'Budi Santoso', 'Anna Lindqvist']);
  assert.match(symbols[0].detail ?? '', /^We have waited long enough/);
  const section = symbols.find((s) => s.name === 'Palm Oil Dispute');
  assert.ok(section);
  assert.deepEqual(section.children?.map((c) => c.name), ['Budi Santoso']);
  const people = symbols.find((s) => s.name === 'People and organizations');
  assert.ok(people?.children?.some((c) => c.name === 'Anna Lindqvist' && /European Union trade commissioner/.test(c.detail ?? '')));
});

test('after an edit the outline matches the new text', async () => {
  await client.replaceAll(URI, ARTICLE.replace('"Nobody gains from another year of delay."', 'Nobody gains, he said.'));
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
  assert.deepEqual(symbols.slice(0, 2).map((s) => s.name), ['Budi Santoso', 'Anna Lindqvist']);
  await client.replaceAll(URI, ARTICLE);
});

test('sections fold under their headline', async () => {
  const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: URI } });
  const headlineLine = ARTICLE.split('\n').indexOf('Palm Oil Dispute');
  assert.ok(ranges?.some((r) => r.startLine === headlineLine && r.endLine > headlineLine));
});
