import { article } from './bench/corpus';
import { analyzeArticle } from './server/src/core';
import { analyzeSegment } from './server/src/core/analyze';
const parts: string[] = []; for (let i = 0; i < 300; i++) parts.push(article(7 * 100003 + i));
const doc = parts.join('\n');
// truth: each article alone
const truth: (string | null)[] = [];
for (const p of parts) { const a = analyzeSegment(p); for (const q of a.quotes) truth.push(q.speaker && a.entities.find(e => e.id === q.speaker)!.name); }
for (const [label, a] of [['segmented', analyzeArticle(doc)], ['whole', analyzeSegment(doc)]] as const) {
  const got = a.quotes.map(q => q.speaker && a.entities.find(e => e.id === q.speaker)!.name);
  let same = 0; for (let i = 0; i < truth.length; i++) if (truth[i] === got[i]) same++;
  console.log(label, 'quotes', got.length, truth.length, 'agree with per-article', same);
  const diffs = truth.map((t, i) => [t, got[i]]).filter(([t, g]) => t !== g).slice(0, 6); console.log(diffs);
}
