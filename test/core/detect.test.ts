import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkContent, looksLikeArticle } from '../../server/src/core';

const SAMPLES = path.resolve(__dirname, '../../samples');

test('every sample article is recognised; the licence and the log are not', () => {
  for (const f of fs.readdirSync(SAMPLES)) {
    const text = fs.readFileSync(path.join(SAMPLES, f), 'utf8');
    const expected = !/LICENSE|log/.test(f);
    assert.equal(looksLikeArticle(text), expected, f);
  }
});

test('binary and oversized text is refused with a reason', () => {
  assert.deepEqual(checkContent('plain words', 100), { ok: true });
  const nul = checkContent('abc\u0000def', 100);
  assert.equal(nul.ok, false);
  assert.equal(!nul.ok && nul.reason, 'binary');
  const big = checkContent('x'.repeat(101), 100);
  assert.equal(!big.ok && big.reason, 'too-large');
  const control = checkContent('\u0001\u0002\u0003\u0004 abc', 100);
  assert.equal(!control.ok && control.reason, 'binary');
});
