import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DefinitionRequest, DocumentHighlightRequest, InlayHintRequest, ReferencesRequest, WorkspaceSymbolRequest, type Location } from 'vscode-languageserver-protocol';
import { positionOfText, ServerClient } from './serverClient';
import { ARTICLE, URI } from './fixtures';

let client: ServerClient;
before(async () => {
  client = (await ServerClient.start()).client;
  await client.open(URI, ARTICLE);
});
after(() => client.stop());

const lines = ARTICLE.split('\n');
const textAt = (l: Location): string => lines[l.range.start.line].slice(l.range.start.character, l.range.end.character);

test('go to definition from a pronoun lands on the introduction', async () => {
  const def = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: URI }, position: positionOfText(ARTICLE, 'He added', 1) })) as Location;
  assert.equal(textAt(def), 'Budi Santoso');
  assert.equal(def.range.start.line, 0);
});

test('references list every mention: name, surname, role phrase, pronoun', async () => {
  const refs = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: URI }, position: positionOfText(ARTICLE, 'Santoso told', 2), context: { includeDeclaration: true } });
  assert.deepEqual(refs?.map(textAt), ['Budi Santoso', 'Santoso', 'The Indonesian trade minister', 'He']);
  const highlights = await client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: URI }, position: positionOfText(ARTICLE, 'Lindqvist,', 2) });
  assert.equal(highlights?.length, 3);
});

test('inlay hints give the resolved date and the speaker behind a pronoun', async () => {
  const hints = await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } } });
  const labels = hints?.map((h) => String(h.label)) ?? [];
  assert.ok(labels.includes('→ Jun 6, 2025'), labels.join(' | '));
  assert.ok(labels.includes('→ Anna Lindqvist'), labels.join(' | '));
});

test('workspace symbols find people and quotes in open articles', async () => {
  const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'lindqvist' });
  assert.ok(symbols?.some((s) => s.name === 'Anna Lindqvist'));
  assert.ok(symbols?.some((s) => s.name.startsWith('“The door is open')));
});
