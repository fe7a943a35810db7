import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { HoverRequest } from 'vscode-languageserver-protocol';
import { ServerClient } from './serverClient';

let client: ServerClient;
before(async () => {
  client = (await ServerClient.start()).client;
});
after(() => client.stop());

test('unattributed quotes, unbalanced marks and an undated dateline are noted at information level', async () => {
  const uri = 'file:///tmp/news-test/diag.txt';
  const text = 'BEIJING, Nov 10 (Reuters) - Officials met.\n\n"This sentence has no speaker at all in it."\n\n"This one never closes, said nobody.\n\nThe end, Wang said.';
  const published = client.nextDiagnostics(uri);
  await client.open(uri, text);
  const { diagnostics } = await published;
  const codes = diagnostics.map((d) => d.code).sort();
  assert.deepEqual(codes, ['unattributed-quote', 'unattributed-quote', 'unbalanced-quote', 'unreadable-dateline']);
  assert.ok(diagnostics.every((d) => d.severity === 3));
});

test('a file that is not an article gets no notes', async () => {
  const uri = 'file:///tmp/news-test/LICENSE.txt';
  const published = client.nextDiagnostics(uri);
  await client.open(uri, 'Permission is hereby granted, free of charge, to any person obtaining a copy of this "Software".');
  assert.deepEqual((await published).diagnostics, []);
});

test('a binary file is refused with one clear message, and the server keeps answering', async () => {
  const uri = 'file:///tmp/news-test/binary.txt';
  await client.open(uri, 'PK\u0003\u0004\u0000\u0000binary');
  const published = await client.nextDiagnostics(uri);
  assert.deepEqual(published.diagnostics, []);
  assert.equal(client.messages.filter((m) => m.includes('binary.txt')).length, 1);
  assert.match(client.messages[0], /binary\.txt is not analysed: it looks binary/);
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } });
  assert.equal(hover, null);
});
