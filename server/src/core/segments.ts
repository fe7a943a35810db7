import type { ArticleAnalysis, SegmentOptions } from './analyze';
import { analyzeSegment, type AnalyzeOptions } from './analyze';
import type { Entity, Mention, Span } from './types';

/**
 * Long documents (archives, transcripts) are cut into pieces of a few dozen KB at paragraph
 * breaks and analysed piece by piece, each knowing the people named in the piece before it. Cut
 * points depend only on the nearby text (content-defined), so an edit changes one piece and a
 * cache keyed by each piece's text re-does only that one. Results are shifted and merged into
 * one analysis whose entities are matched by name across pieces.
 */

/** Below this, a document is one piece: an ordinary article is always analysed whole. */
export const SEGMENT_THRESHOLD = 48 * 1024;
const MIN_PIECE = 16 * 1024;
const MAX_PIECE = 64 * 1024;

export interface Piece extends Span {
  text: string;
}

/** Cut points at paragraph breaks chosen by a hash of the text after them, between MIN and MAX. */
export function cutPieces(text: string): Piece[] {
  if (text.length < SEGMENT_THRESHOLD) return [{ start: 0, end: text.length, text }];
  const pieces: Piece[] = [];
  let start = 0;
  const breaks = /\n[ \t]*\r?\n/g;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    const at = m.index + m[0].length;
    const size = at - start;
    if (size < MIN_PIECE) continue;
    // Never cut inside a quote that runs on into the next paragraph.
    const next = text[at];
    if (next === '"' || next === '\u201C' || next === '\u00AB' || next === '\u2018') {
      if (size < MAX_PIECE) continue;
    }
    if (size >= MAX_PIECE || hash(text, at) % 4 === 0) {
      pieces.push({ start, end: at, text: text.slice(start, at) });
      start = at;
    }
  }
  if (start < text.length || pieces.length === 0) pieces.push({ start, end: text.length, text: text.slice(start) });
  return pieces;
}

/** FNV-1a over the first 48 code units after a cut point. */
function hash(text: string, at: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + 48 && i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Analyses pieces through a cache: the server keeps one per open document, so a keystroke re-does one piece. */
export class SegmentCache {
  private entries = new Map<string, ArticleAnalysis>();
  private next = new Map<string, ArticleAnalysis>();
  /** Pieces analysed (not found in the cache) since this cache was made: shows what an edit cost. */
  analysed = 0;

  /** The analysis of piece text under the given context, from the cache when it was seen. */
  get(text: string, options: SegmentOptions): ArticleAnalysis {
    const key = `${options.reference ? options.reference.dateline ?? '-' : 'first'}|${signature(options.known ?? [])}|${text}`;
    let hit = this.entries.get(key) ?? this.next.get(key);
    if (!hit) {
      hit = analyzeSegment(text, options);
      this.analysed++;
    }
    this.next.set(key, hit);
    return hit;
  }

  /** Keeps only the pieces used since the last sweep. */
  sweep(): void {
    this.entries = this.next;
    this.next = new Map();
  }
}

const signature = (known: readonly Entity[]): string => known.map((e) => `${e.kind}:${e.name}:${e.gender ?? ''}:${e.roles.map((r) => r.text).join(';')}`).join('|');

/** The analysis of a whole document, piece by piece when it is long. */
export function analyzeDocument(text: string, options: AnalyzeOptions = {}, cache?: SegmentCache): ArticleAnalysis {
  const pieces = cutPieces(text);
  if (pieces.length === 1) return cache ? cache.get(text, options) : analyzeSegment(text, options);
  const results: { piece: Piece; analysis: ArticleAnalysis }[] = [];
  let reference: { dateline: string | null } | undefined;
  let known: readonly Entity[] = [];
  for (const piece of pieces) {
    const pieceOptions: SegmentOptions = { ...options, reference, known };
    const analysis = cache ? cache.get(piece.text, pieceOptions) : analyzeSegment(piece.text, pieceOptions);
    results.push({ piece, analysis });
    reference ??= { dateline: analysis.dateline?.value ?? null };
    known = analysis.entities.filter((e) => e.kind !== 'group');
  }
  cache?.sweep();
  return merge(results);
}

/** Shifts each piece's results to document offsets and joins entities of the same kind and name. */
function merge(results: readonly { piece: Piece; analysis: ArticleAnalysis }[]): ArticleAnalysis {
  const out: ArticleAnalysis = { dateline: null, entities: [], quotes: [], dates: [], terms: [], sections: [], paragraphs: [], problems: [] };
  const byKey = new Map<string, Entity>();
  /** Each merged entity's roles, lowercased, so that a role stated in several pieces is kept once. */
  const rolesOf = new Map<Entity, Set<string>>();
  let utterances = 0;
  for (const { piece, analysis: a } of results) {
    const d = piece.start;
    // Pieces may come from the cache, so their spans are copied, never moved in place. The common
    // shapes are copied field by field: a spread of every mention costs more than the analysis of it.
    const shift = <T extends Span>(s: T): T => ({ ...s, start: s.start + d, end: s.end + d });
    const shiftMention = (m: Mention): Mention => ({ start: m.start + d, end: m.end + d, text: m.text, kind: m.kind });
    if (a.dateline) out.dateline = { ...shift(a.dateline), date: a.dateline.date && shift(a.dateline.date) };
    const ids = new Map<string, string>();
    for (const e of a.entities) {
      const key = `${e.kind}\u0000${e.name.toLowerCase()}`;
      let target = byKey.get(key);
      if (!target) {
        target = { id: `e${out.entities.length + 1}`, kind: e.kind, name: e.name, roles: [], mentions: [], gender: e.gender };
        byKey.set(key, target);
        out.entities.push(target);
      }
      ids.set(e.id, target.id);
      target.gender ??= e.gender;
      let seen = rolesOf.get(target);
      if (!seen) rolesOf.set(target, (seen = new Set(target.roles.map((x) => x.text.toLowerCase()))));
      for (const r of e.roles) {
        const key = r.text.toLowerCase();
        if (r.start < 0 || seen.has(key)) continue;
        seen.add(key);
        target.roles.push({ start: r.start + d, end: r.end + d, text: r.text });
      }
      for (const m of e.mentions) target.mentions.push(shiftMention(m));
    }
    let maxUtterance = -1;
    for (const q of a.quotes) {
      out.quotes.push({
        start: q.start + d, end: q.end + d, text: q.text, outerStart: q.outerStart + d, outerEnd: q.outerEnd + d,
        speaker: q.speaker && (ids.get(q.speaker) ?? null), cue: q.cue && shift(q.cue),
        utterance: q.utterance + utterances, unbalanced: q.unbalanced, continues: q.continues,
      });
      maxUtterance = Math.max(maxUtterance, q.utterance);
    }
    utterances += maxUtterance + 1;
    for (const x of a.dates) out.dates.push({ start: x.start + d, end: x.end + d, text: x.text, value: x.value, relative: x.relative });
    for (const x of a.terms) out.terms.push({ start: x.start + d, end: x.end + d, text: x.text, term: x.term, definition: x.definition, source: x.source });
    for (const x of a.paragraphs) out.paragraphs.push({ start: x.start + d, end: x.end + d });
    for (const x of a.problems) out.problems.push(shift(x));
    for (const s of a.sections) {
      const last = out.sections[out.sections.length - 1];
      // A piece that starts mid-section continues the section before it.
      if (!s.headline && last) last.end = s.end + d;
      else out.sections.push({ ...shift(s), headline: s.headline && shift(s.headline) });
    }
  }
  return out;
}
