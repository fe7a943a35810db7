import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadGoldSet, metrics, scoreArticle, sum, type Metrics } from './score';

/**
 * Floors under the accuracy measured on the gold set, so it never drops silently. Raise them
 * when the analysis improves; `npm run eval -- --misses` shows what is behind each figure.
 */
const FLOORS: Record<'dev' | 'holdout', Metrics> = {
  dev: { quotePrecision: 0.97, quoteRecall: 0.97, attribution: 0.97, roleRecall: 0.89, dateRecall: 0.97, dateValueAccuracy: 0.98, termRecall: 0.77, datelineAccuracy: 0.97 },
  holdout: { quotePrecision: 0.97, quoteRecall: 0.97, attribution: 0.9, roleRecall: 0.89, dateRecall: 0.97, dateValueAccuracy: 0.9, termRecall: 0.63, datelineAccuracy: 0.88 },
};

for (const set of ['dev', 'holdout'] as const) {
  test(`accuracy on the ${set} gold set stays above its floors`, () => {
    const articles = loadGoldSet(path.join(__dirname, set));
    assert.ok(articles.length >= (set === 'dev' ? 44 : 8));
    const m = metrics(sum(articles.map((a) => scoreArticle(a.name, a.text, a.gold))));
    for (const [k, floor] of Object.entries(FLOORS[set]) as [keyof Metrics, number][]) {
      assert.ok(m[k] >= floor, `${set} ${k}: ${m[k].toFixed(3)} < ${floor}`);
    }
  });
}
