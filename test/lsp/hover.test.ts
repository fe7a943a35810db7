import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol';
import { positionOfText, ServerClient } from './serverClient';
import { ARTICLE, URI } from './fixtures';

let client: ServerClient;
before(async () => {
  client = (await ServerClient.start()).client;
  await client.open(URI, ARTICLE);
});
after(() => client.stop());

const hoverAt = async (needle: string, into = 1, occurrence = 0): Promise<string> => {
  const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: positionOfText(ARTICLE, needle, into, occurrence) });
  return h ? (h.contents as MarkupContent).value : '';
};

test('a later surname shows the full name, the role, the quote count and the first mention', async () => {
  const v = await hoverAt('Santoso told');
  assert.match(v, /\*\*Budi Santoso\*\*/);
  assert.match(v, /Indonesian Trade Minister/);
  assert.match(v, /3 quotes/);
  assert.match(v, /first mentioned on line 1/);
});

test('a pronoun cue and a role phrase resolve to the person', async () => {
  assert.match(await hoverAt('she said'), /Anna Lindqvist[\s\S]*“she” refers to Anna Lindqvist/);
  assert.match(await hoverAt('The Indonesian trade minister', 5), /Budi Santoso/);
});

test('a quote names its speaker and cue; a date is resolved; a term is defined', async () => {
  assert.match(await hoverAt('Nobody gains', 3), /Quote\*\* by \*\*Budi Santoso\*\*/);
  assert.match(await hoverAt('on Tuesday', 4), /Tuesday, June 10, 2025[\s\S]*2025-06-10[\s\S]*dateline 2025-06-06/);
  assert.match(await hoverAt('free trade agreement', 3), /free trade agreement[\s\S]*built-in glossary/);
});

test('nothing to say on a plain word', async () => {
  assert.equal(await hoverAt('resume', 2), '');
});
