import { SemanticTokensBuilder, type Range, type SemanticTokens, type SemanticTokensDelta, type SemanticTokensLegend } from 'vscode-languageserver';
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
  const overlays: Paint[] = [];
  for (const m of index.mentions) {
    const type = m.entity.kind === 'person' ? (speakers.has(m.entity.id) ? 'speaker' : 'person') : m.entity.kind === 'organization' ? 'organization' : 'speaker';
    const first = m.entity.mentions[0] === m || (m.entity.mentions[0]?.start === m.start);
    overlays.push({ start: m.start, end: m.end, type: typeIndex(type), mods: (first ? MOD.declaration : 0) | (m.kind === 'pronoun' ? MOD.pronoun : 0) });
  }
  for (const q of a.quotes) if (q.cue) overlays.push({ ...q.cue, type: typeIndex('attributionCue'), mods: 0 });
  for (const d of a.dates) overlays.push({ start: d.start, end: d.end, type: typeIndex('date'), mods: 0 });
  for (const t of a.terms) overlays.push({ start: t.start, end: t.end, type: typeIndex('policyTerm'), mods: 0 });
  if (a.dateline) overlays.push({ start: a.dateline.start, end: a.dateline.end, type: typeIndex('dateline'), mods: 0 });
  overlays.sort((x, y) => x.start - y.start || y.end - x.end);
  const flat: Paint[] = [];
  for (const o of overlays) {
    if (o.end <= o.start) continue;
    const last = flat[flat.length - 1];
    if (last && o.start < last.end) continue; // first come, first painted
    flat.push(o);
  }
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

/** Encodes paints, one token per line piece (LSP tokens may not span lines). */
function encode(doc: TextDocument, paints: readonly Paint[], builder: SemanticTokensBuilder, range?: Range): void {
  const text = doc.getText();
  const from = range ? doc.offsetAt(range.start) : 0;
  const to = range ? doc.offsetAt(range.end) : text.length;
  for (const p of paints) {
    if (p.end <= from || p.start >= to) continue;
    let start = p.start;
    while (start < p.end) {
      let end = start;
      while (end < p.end && text[end] !== '\n' && text[end] !== '\r') end++;
      if (end > start) {
        const pos = doc.positionAt(start);
        builder.push(pos.line, pos.character, end - start, p.type, p.mods);
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
