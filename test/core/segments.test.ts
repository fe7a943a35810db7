import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, cutPieces, SegmentCache } from '../../server/src/core';
import { document } from '../../bench/corpus';

const LONG = document(400_000, 11);

test('a long document is cut at paragraph breaks into contiguous pieces; an article is never cut', () => {
  assert.equal(cutPieces(document(20_000, 2)).length, 1);
  const pieces = cutPieces(LONG);
  assert.ok(pieces.length > 4);
  assert.equal(pieces[0].start, 0);
  assert.equal(pieces[pieces.length - 1].end, LONG.length);
  for (let i = 1; i < pieces.length; i++) {
    assert.equal(pieces[i].start, pieces[i - 1].end);
    assert.match(LONG.slice(pieces[i].start - 2, pieces[i].start), /\n\s*\n$|\n\n$/);
  }
});

test('cut points depend on nearby text only: an edit in one piece leaves the others as they were', () => {
  const before = cutPieces(LONG);
  const at = before[3].start + 500;
  const edited = LONG.slice(0, at) + ' inserted words ' + LONG.slice(at);
  const after = cutPieces(edited);
  assert.deepEqual(after.slice(0, 3).map((p) => p.text), before.slice(0, 3).map((p) => p.text));
  assert.deepEqual(after.slice(-3).map((p) => p.text), before.slice(-3).map((p) => p.text));
});

test('the merged analysis keeps offsets exact and one entity per name; an edit re-analyses one piece', () => {
  const cache = new SegmentCache();
  const a = analyzeDocument(LONG, {}, cache);
  const first = cache.analysed;
  assert.equal(first, cutPieces(LONG).length);
  for (const q of a.quotes) assert.equal(LONG.slice(q.start, q.end), q.text);
  for (const e of a.entities) for (const m of e.mentions) assert.equal(LONG.slice(m.start, m.end), m.text);
  assert.equal(new Set(a.entities.map((e) => `${e.kind}:${e.name}`)).size, a.entities.length);
  assert.deepEqual(a.entities.map((e) => e.id), a.entities.map((_, i) => `e${i + 1}`));
  const at = cutPieces(LONG)[2].start + 300;
  const edited = LONG.slice(0, at) + 'x' + LONG.slice(at);
  analyzeDocument(edited, {}, cache);
  assert.ok(cache.analysed - first <= 2, `re-analysed ${cache.analysed - first} pieces`);
});
