import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HoverRequest, WorkspaceSymbolRequest, type MarkupContent } from 'vscode-languageserver-protocol';
import { positionOfText, ServerClient } from './serverClient';

const QUOTE = 'We will not sign a deal that leaves our farmers exposed to cheap imports';
const article = (place: string, quote: string): string =>
  `${place}, May 6, 2025 (Reuters) - Ghanaian Trade Minister Kofi Mensah said on Tuesday talks would continue.\n\n"${quote}," Mensah told reporters.\n`;

test('the workspace index finds a quote in other articles, verbatim and reworded, and serves workspace symbols', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-index-'));
  const a = article('ACCRA', QUOTE);
  fs.writeFileSync(path.join(dir, 'a.txt'), a);
  fs.writeFileSync(path.join(dir, 'b.txt'), article('LOME', QUOTE));
  fs.writeFileSync(path.join(dir, 'c.txt'), article('ABUJA', QUOTE.replace('cheap imports', 'cheaper imports')));
  fs.writeFileSync(path.join(dir, 'LICENSE.txt'), 'Permission is hereby granted, free of charge, to any person.');
  const { client } = await ServerClient.start({ workspaceFolders: [dir] });
  try {
    await client.progressEnd();
    const uri = pathToFileURL(path.join(dir, 'a.txt')).toString();
    const published = client.nextDiagnostics(uri);
    await client.open(uri, a);
    const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOfText(a, 'sign a deal') });
    const value = (h?.contents as MarkupContent).value;
    assert.match(value, /Also in 1 other article: b\.txt/);
    assert.match(value, /Quoted differently in c\.txt:[\s\S]*~~cheap~~ \*\*cheaper\*\*/);
    const { diagnostics } = await published;
    assert.ok(diagnostics.some((d) => d.code === 'reworded-quote' && /c\.txt/.test(String(d.message))));
    const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'mensah' });
    const files = new Set(symbols?.map((s) => ('uri' in s.location ? s.location.uri : '').replace(/^.*\//, '')));
    assert.deepEqual([...files].sort(), ['a.txt', 'b.txt', 'c.txt']);
  } finally {
    await client.stop();
  }
});
