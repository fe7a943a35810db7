import type { ArticleAnalysis } from './analyze';

/** The JSON contract of `news-annotate --json` (schema 1), documented in the README. */
export interface ArticleJson {
  schema: 1;
  file: string;
  dateline: string | null;
  entities: { id: string; kind: string; name: string; roles: string[]; aliases: string[]; mentions: { start: number; end: number }[] }[];
  quotes: { start: number; end: number; text: string; speaker: string | null; cue: { start: number; end: number } | null }[];
  dates: { start: number; end: number; text: string; value: string | null }[];
  terms: { start: number; end: number; text: string; term: string; definition: string }[];
}

export function toJson(analysis: ArticleAnalysis, file: string): ArticleJson {
  return {
    schema: 1,
    file,
    dateline: analysis.dateline?.value ?? null,
    entities: analysis.entities.map((e) => ({
      id: e.id, kind: e.kind, name: e.name, roles: e.roles.map((r) => r.text),
      aliases: [...new Set(e.mentions.filter((m) => m.kind !== 'name' && m.kind !== 'pronoun').map((m) => m.text))],
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })),
    })),
    quotes: analysis.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker, cue: q.cue && { start: q.cue.start, end: q.cue.end } })),
    dates: analysis.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value })),
    terms: analysis.terms.map((t) => ({ start: t.start, end: t.end, text: t.text, term: t.term, definition: t.definition })),
  };
}
