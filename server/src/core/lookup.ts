import type { ArticleAnalysis } from './analyze';
import type { DateMention, Entity, Mention, Quote, Span, TermMention } from './types';
import { findSpanIndex } from './text/search';

export type Target =
  | { kind: 'mention'; entity: Entity; mention: Mention }
  | { kind: 'quote'; quote: Quote }
  | { kind: 'date'; date: DateMention }
  | { kind: 'term'; term: TermMention }
  | { kind: 'dateline' };

/** Sorted views of one analysis for finding what stands at an offset. */
export interface ArticleIndex {
  analysis: ArticleAnalysis;
  mentions: (Mention & { entity: Entity })[];
  entityById: Map<string, Entity>;
  quotesBySpeaker: Map<string, Quote[]>;
  /** Quotes by their outer span (marks included), for hit tests. */
  quoteSpans: (Span & { quote: Quote })[];
}

export function indexArticle(analysis: ArticleAnalysis): ArticleIndex {
  const mentions: ArticleIndex['mentions'] = [];
  for (const entity of analysis.entities) for (const m of entity.mentions) mentions.push({ start: m.start, end: m.end, text: m.text, kind: m.kind, entity });
  mentions.sort((a, b) => a.start - b.start);
  const quotesBySpeaker = new Map<string, Quote[]>();
  for (const q of analysis.quotes) {
    if (!q.speaker) continue;
    const list = quotesBySpeaker.get(q.speaker) ?? [];
    list.push(q);
    quotesBySpeaker.set(q.speaker, list);
  }
  const quoteSpans = analysis.quotes.map((quote) => ({ start: quote.outerStart, end: quote.outerEnd, quote }));
  return { analysis, mentions, entityById: new Map(analysis.entities.map((e) => [e.id, e])), quotesBySpeaker, quoteSpans };
}

function find<T extends Span>(items: readonly T[], offset: number): T | undefined {
  const i = findSpanIndex(items, offset, true);
  return i < 0 ? undefined : items[i];
}

/** What the cursor is on; the narrowest thing wins (a term inside a quote is the term). */
export function targetAt(index: ArticleIndex, offset: number): Target | undefined {
  const a = index.analysis;
  const mention = find(index.mentions, offset);
  if (mention) return { kind: 'mention', entity: mention.entity, mention };
  const term = find(a.terms, offset);
  if (term) return { kind: 'term', term };
  const date = find(a.dates, offset);
  if (date) return { kind: 'date', date };
  if (a.dateline && offset >= a.dateline.start && offset <= a.dateline.end) return { kind: 'dateline' };
  const quote = find(index.quoteSpans, offset);
  if (quote) return { kind: 'quote', quote: quote.quote };
  return undefined;
}
