import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle, indexArticle, type ArticleAnalysis } from '../../server/src/core';
import { paintArticle } from '../../server/src/lsp/features/semanticTokens';

/** `npm test` runs a few thousand cases with a fixed seed; `npm run fuzz` sets FUZZ_RUNS=100000 and a fresh seed. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? Date.now() : 20261124;

const MARKS = ['"', '“', '”', '‘', '’', '«', '»', "'", '\n', '\n\n', '\r\n', ' ', '.', ',', ' said ', ' He ', ' she said', 'Yellen', 'Friday', 'next year', 'export controls', '\u{1F4F0}', '\uD800', '\uDC00', '\uFEFF', '\u0000', 'WASHINGTON, March 3, 2025 (Reuters) - '];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8}){0,2}$/) },
);
/** Adversarial text: quote marks, names, cues, astral characters, lone surrogates, CRLF, NULs. */
const article = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));

function checkInvariants(text: string, a: ArticleAnalysis): void {
  const inside = (s: { start: number; end: number }): void => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), 'integer offsets');
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} outside 0-${text.length}`);
  };
  for (const q of a.quotes) {
    inside(q);
    inside({ start: q.outerStart, end: q.outerEnd });
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(q.outerStart <= q.start && q.end <= q.outerEnd);
  }
  for (let i = 1; i < a.quotes.length; i++) assert.ok(a.quotes[i - 1].outerEnd <= a.quotes[i].outerStart, 'quotes sorted and disjoint');
  for (const e of a.entities) for (const m of e.mentions) inside(m);
  for (const d of a.dates) {
    inside(d);
    assert.equal(text.slice(d.start, d.end), d.text);
  }
  for (const t of a.terms) inside(t);
  for (const p of a.problems) inside(p);
  const paints = paintArticle(indexArticle(a));
  for (let i = 0; i < paints.length; i++) {
    inside(paints[i]);
    assert.ok(paints[i].end > paints[i].start, 'no empty token');
    if (i > 0) assert.ok(paints[i - 1].end <= paints[i].start, `tokens overlap at ${paints[i].start}`);
  }
}

test('the core returns, keeps every range inside the text, and paints sorted non-overlapping tokens', () => {
  fc.assert(fc.property(article, (text) => checkInvariants(text, analyzeArticle(text))), { numRuns: RUNS, seed: SEED });
});

test('edge shapes: empty, only whitespace, one huge line, thousands of unbalanced marks', () => {
  const cases = ['', ' \n\t\r\n ', 'x'.repeat(200_000), '“'.repeat(5000), '"'.repeat(5001), '”'.repeat(3000) + '‘'.repeat(3000), 'said '.repeat(20000), '\uD800'.repeat(1000) + '"a"'];
  for (const text of cases) checkInvariants(text, analyzeArticle(text));
});

/**
 * The least CPU time (this process's, in ms) of a few runs: unlike wall time it does not grow when
 * other test files keep the machine's cores busy.
 */
function cpuTime(fn: () => void): number {
  fn(); // warm-up
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

test('analysis time stays linear on adversarial text (8× the text, far under 64× the time)', () => {
  const unit = 'He said “Yes, ‘no’ and ’90s”, said He. “Open " quote ‘ and Li Wei, a minister, told “reporters Friday next year. ';
  const ratios: string[] = [];
  for (const block of [unit, '"'.repeat(97) + ' ', 'Ana María de la Vega, a minister at the Bank of Spain, said: ']) {
    // Both sizes are long documents (analysed in pieces), so the comparison is like for like.
    const small = block.repeat(Math.ceil(64_000 / block.length));
    const large = block.repeat(Math.ceil(512_000 / block.length));
    const ratio = cpuTime(() => analyzeArticle(large)) / cpuTime(() => analyzeArticle(small));
    ratios.push(ratio.toFixed(1));
    // Linear is 8; quadratic would be 64. The bound leaves room for garbage collection and noise.
    assert.ok(ratio < 32, `8× text took ${ratios.join(', ')}× the time`);
  }
});
