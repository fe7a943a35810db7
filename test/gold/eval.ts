// `npm run eval`: accuracy of the analysis on the gold set, per article and in total.
// `npm run eval -- --misses` also lists every miss; `--set dev|holdout` limits to one set.
import * as path from 'node:path';
import { loadGoldSet, metrics, scoreArticle, sum, type Metrics } from './score';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const pct = (x: number): string => x.toFixed(3);
const COLUMNS: [keyof Metrics, string][] = [
  ['quotePrecision', 'quote P'], ['quoteRecall', 'quote R'], ['attribution', 'attrib'], ['roleRecall', 'roles'],
  ['dateRecall', 'date R'], ['dateValueAccuracy', 'date val'], ['termRecall', 'terms'], ['datelineAccuracy', 'dateline'],
];
const row = (name: string, m: Metrics): string => name.padEnd(36) + COLUMNS.map(([k]) => pct(m[k]).padStart(9)).join('');

for (const set of only && !['dev', 'holdout'].includes(only) ? [only] : ['dev', 'holdout']) {
  if (only && only !== set) continue;
  const articles = loadGoldSet(path.join(__dirname, set));
  const scores = articles.map((a) => scoreArticle(a.name, a.text, a.gold));
  console.log(`\n${set} (${articles.length} articles)`);
  console.log(''.padEnd(36) + COLUMNS.map(([, h]) => h.padStart(9)).join(''));
  for (const s of scores) {
    console.log(row(s.name, metrics(s.counts)));
    if (showMisses) for (const m of s.misses) console.log(`    - ${m}`);
  }
  console.log(row(`TOTAL ${set}`, metrics(sum(scores))));
}
