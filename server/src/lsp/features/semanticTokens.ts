import type { Range, SemanticTokens, SemanticTokensDelta, SemanticTokensLegend } from 'vscode-languageserver';
import { SemanticTokensBuilder } from '../languageServer';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleIndex, Span } from '../../core';

/** Custom token types; package.json gives each a superType and TextMate fallback scopes. */
export const TOKEN_TYPES = ['quote', 'speaker', 'person', 'organization', 'date', 'policyTerm', 'dateline', 'attributionCue'] as const;
export const TOKEN_MODIFIERS = ['unattributed', 'declaration', 'pronoun'] as const;
export const legend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];
const typeIndex = (t: TokenType): number => TOKEN_TYPES.indexOf(t);
const MOD = { unattributed: 1, declaration: 2, pronoun: 4 };

interface Paint extends Span {
  type: number;
  mods: number;
}

/**
 * Every highlight in the article as non-overlapping spans in text order. Names, cues, dates and
 * terms are painted over the quotes that contain them; the quote keeps the pieces in between.
 */
export function paintArticle(index: ArticleIndex): Paint[] {
  const a = index.analysis;
  const speakers = new Set(a.quotes.map((q) => q.speaker).filter((s): s is string => s !== null));
  // Each source is already in text order, so the overlays are merged, not sorted: on a long
  // document a sort of every mention, date and term was most of a keystroke's painting.
  const mentions: Paint[] = index.mentions.map((m) => {
    const type = m.entity.kind === 'person' ? (speakers.has(m.entity.id) ? 'speaker' : 'person') : m.entity.kind === 'organization' ? 'organization' : 'speaker';
    const first = m.entity.mentions[0] === m || m.entity.mentions[0]?.start === m.start;
    return { start: m.start, end: m.end, type: typeIndex(type), mods: (first ? MOD.declaration : 0) | (m.kind === 'pronoun' ? MOD.pronoun : 0) };
  });
  const cue = typeIndex('attributionCue');
  const cues: Paint[] = [];
  for (const q of a.quotes) if (q.cue) cues.push({ start: q.cue.start, end: q.cue.end, type: cue, mods: 0 });
  const date = typeIndex('date');
  const term = typeIndex('policyTerm');
  const sources: Paint[][] = [
    a.dateline ? [{ start: a.dateline.start, end: a.dateline.end, type: typeIndex('dateline'), mods: 0 }] : [],
    mentions, cues,
    a.dates.map((d) => ({ start: d.start, end: d.end, type: date, mods: 0 })),
    a.terms.map((t) => ({ start: t.start, end: t.end, type: term, mods: 0 })),
  ];
  const flat = mergeInOrder(sources);
  const out: Paint[] = [];
  let k = 0;
  for (const q of a.quotes) {
    const mods = q.speaker ? 0 : MOD.unattributed;
    let at = q.outerStart;
    while (k < flat.length && flat[k].end <= at) out.push(flat[k++]);
    while (k < flat.length && flat[k].start < q.outerEnd) {
      const o = flat[k++];
      if (o.start > at) out.push({ start: at, end: o.start, type: typeIndex('quote'), mods });
      out.push(o);
      at = Math.max(at, o.end);
    }
    if (at < q.outerEnd) out.push({ start: at, end: q.outerEnd, type: typeIndex('quote'), mods });
  }
  while (k < flat.length) out.push(flat[k++]);
  return out;
}

/**
 * Lists each in text order, merged into one without overlaps: the earlier start wins, then the
 * longer span, then the earlier list (the order above: dateline, names, cues, dates, terms).
 */
function mergeInOrder(lists: readonly (readonly Paint[])[]): Paint[] {
  const at = lists.map(() => 0);
  const flat: Paint[] = [];
  let end = -1;
  for (;;) {
    let best = -1;
    for (let l = 0; l < lists.length; l++) {
      const p = lists[l][at[l]];
      if (!p) continue;
      const b = best < 0 ? undefined : lists[best][at[best]];
      if (!b || p.start < b.start || (p.start === b.start && p.end > b.end)) best = l;
    }
    if (best < 0) return flat;
    const p = lists[best][at[best]++];
    // First come, first painted; an empty or overlapping span is dropped.
    if (p.end > p.start && p.start >= end) {
      flat.push(p);
      end = p.end;
    }
  }
}

/** Encodes paints, one token per line piece (LSP tokens may not span lines); lines are counted going forward, once. */
function encode(doc: TextDocument, paints: readonly Paint[], builder: SemanticTokensBuilder, range?: Range): void {
  const text = doc.getText();
  const from = range ? doc.offsetAt(range.start) : 0;
  const to = range ? doc.offsetAt(range.end) : text.length;
  let line = 0;
  let lineStart = 0;
  // The next \n and the next \r, each looked up again only once passed (a text without \r is searched for one once).
  let nextN = text.indexOf('\n');
  let nextR = text.indexOf('\r');
  // Moves the line cursor to the line holding offset.
  const seek = (offset: number): void => {
    for (;;) {
      const next = nextR < 0 ? nextN : nextN < 0 ? nextR : Math.min(nextN, nextR);
      if (next < 0 || next >= offset) return;
      line++;
      lineStart = next + (text[next] === '\r' && text[next + 1] === '\n' ? 2 : 1);
      if (nextN >= 0 && nextN < lineStart) nextN = text.indexOf('\n', lineStart);
      if (nextR >= 0 && nextR < lineStart) nextR = text.indexOf('\r', lineStart);
    }
  };
  for (const p of paints) {
    if (p.end <= from || p.start >= to) continue;
    let start = p.start;
    while (start < p.end) {
      let end = start;
      while (end < p.end && text[end] !== '\n' && text[end] !== '\r') end++;
      if (end > start) {
        seek(start);
        builder.push(line, start - lineStart, end - start, p.type, p.mods);
      }
      start = end;
      while (start < p.end && (text[start] === '\n' || text[start] === '\r')) start++;
    }
  }
}

/** Full, delta and range requests; the previous result per document makes deltas possible. */
export class SemanticTokensProvider {
  private readonly builders = new Map<string, SemanticTokensBuilder>();

  full(doc: TextDocument, index: ArticleIndex | undefined): SemanticTokens {
    const builder = new SemanticTokensBuilder();
    this.builders.set(doc.uri, builder);
    if (index) encode(doc, paintArticle(index), builder);
    return builder.build();
  }

  delta(doc: TextDocument, index: ArticleIndex | undefined, previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const builder = this.builders.get(doc.uri);
    if (!builder) return this.full(doc, index);
    builder.previousResult(previousResultId);
    if (index) encode(doc, paintArticle(index), builder);
    return builder.buildEdits();
  }

  range(doc: TextDocument, index: ArticleIndex | undefined, range: Range): SemanticTokens {
    const builder = new SemanticTokensBuilder();
    if (index) encode(doc, paintArticle(index), builder, range);
    return builder.build();
  }

  forget(uri: string): void {
    this.builders.delete(uri);
  }
}
