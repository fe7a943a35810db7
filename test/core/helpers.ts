import { analyzeArticle, type ArticleAnalysis } from '../../server/src/core';

/** The analysis plus a speaker-name lookup, for assertions that read like the article. */
export function analyse(text: string): ArticleAnalysis & { speakerOf: (quoteStart: string) => string | null; entity: (name: string) => ArticleAnalysis['entities'][number] | undefined } {
  const a = analyzeArticle(text);
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  return {
    ...a,
    speakerOf(quoteStart: string) {
      const q = a.quotes.find((x) => x.text.startsWith(quoteStart));
      if (!q) throw new Error(`no quote starting "${quoteStart}"; quotes: ${a.quotes.map((x) => x.text).join(' | ')}`);
      return q.speaker ? byId.get(q.speaker)!.name : null;
    },
    entity: (name: string) => a.entities.find((e) => e.name === name),
  };
}
