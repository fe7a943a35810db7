import type { ArticleAnalysis } from './analyze';

/**
 * What an archive keeps of each article: its people and its quotes, small enough for thousands
 * of articles, plus the comparison that finds the same quote, or a near-identical one, elsewhere.
 */
export interface ArticleSummary {
  entities: { name: string; kind: string; roles: string[]; start: number; end: number }[];
  quotes: { text: string; key: string; speaker: string | null; start: number; end: number }[];
}

/** Lowercase words without punctuation: two quotes with the same key say the same thing. */
export function quoteWords(text: string): string[] {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/[^\p{L}\p{N}']+/u).filter((w) => w.length > 0 && w !== "'");
}

export function summarize(a: ArticleAnalysis): ArticleSummary {
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return {
    entities: a.entities.map((e) => {
      const intro = e.mentions.find((m) => m.kind === 'name') ?? e.mentions[0];
      return { name: e.name, kind: e.kind, roles: e.roles.map((r) => r.text), start: intro?.start ?? 0, end: intro?.end ?? 0 };
    }),
    quotes: a.quotes.map((q) => ({ text: q.text, key: quoteWords(q.text).join(' '), speaker: q.speaker ? names.get(q.speaker) ?? null : null, start: q.outerStart, end: q.outerEnd })),
  };
}

export type WordEdit = { op: 'same' | 'removed' | 'added'; word: string };

/** Shortest quotes worth comparing, and how many words may differ for two to count as one quote reworded. */
const MIN_WORDS = 6;
const MAX_CHANGES = 3;

/**
 * A word-level diff of two quotes when they are near-identical (a few words changed, dropped or
 * added) but not the same; undefined otherwise. Bounded: quotes of very different length are
 * rejected before any work.
 */
export function nearIdentical(a: readonly string[], b: readonly string[]): WordEdit[] | undefined {
  if (a.length < MIN_WORDS || b.length < MIN_WORDS || Math.abs(a.length - b.length) > MAX_CHANGES) return undefined;
  const limit = Math.max(1, Math.min(MAX_CHANGES, Math.floor(Math.max(a.length, b.length) * 0.2)));
  // Edit distance on words (insert/delete only, a change counts twice), with the table kept small.
  const n = a.length;
  const m = b.length;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) d[i][j] = a[i - 1] === b[j - 1] ? d[i - 1][j - 1] : 1 + Math.min(d[i - 1][j], d[i][j - 1]);
  }
  const distance = d[n][m];
  if (distance === 0 || distance > 2 * limit) return undefined;
  const edits: WordEdit[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && a[i - 1] === b[j - 1]) {
      edits.push({ op: 'same', word: a[--i] });
      j--;
    } else if (j > 0 && (i === 0 || d[i][j - 1] <= d[i - 1][j])) edits.push({ op: 'added', word: b[--j] });
    else edits.push({ op: 'removed', word: a[--i] });
  }
  return edits.reverse();
}
