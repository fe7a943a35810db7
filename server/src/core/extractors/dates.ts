import * as chrono from 'chrono-node';
import type { DateMention, Span } from '../types';

const CANDIDATE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:today|tomorrow|yesterday|tonight|week|month|year|ago)\b|\b\d{4}\b/;
const MONTH_OR_DAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?/;
const RELATIVE_WORD = /\b(?:today|tomorrow|yesterday|tonight|week|month|year|ago)\b/i;
const FUTURE = /\b(?:will|shall|['\u2019]ll|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|poised)\s+to|plans?\s+to|planned\s+to|intends?\s+to|going\s+to|would|next|upcoming|later\s+this)\b/i;
const REPORTING_BEFORE = /\b(?:said|says|told|added|announced|noted|stated|wrote)\s+(?:reporters\s+|journalists\s+|a briefing\s+)?(?:on\s+)?$/iu;
const PAST = /\b(?:[a-z]+ed|was|were|had|did|last|earlier|ago|since|rose|fell|grew|met|began|came|took|left|saw|hit)\b/;
const BARE_YEAR = /(?<![\d$€£#.,/-])(?:1[89]\d\d|20\d\d)(?![\d%]|-\d)/g;

interface Reference {
  y: number;
  m: number;
  d: number;
}

/**
 * Finds dates sentence by sentence with chrono-node (only in sentences that could hold one, so
 * the cost stays linear) and resolves them by the project's rules: a weekday or month alone is
 * the most recent one on or before the dateline in past-tense reporting and the next one on or
 * after it in future-tense reporting. Without a dateline, relative dates keep value null.
 */
export function findDates(text: string, sentences: readonly Span[], dateline: string | null, exclude: Span | null): DateMention[] {
  const ref = dateline ? parseIso(dateline) : null;
  const refDate = ref ? new Date(ref.y, ref.m - 1, ref.d, 12) : new Date(2000, 0, 1, 12);
  const dates: DateMention[] = [];
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    if (!CANDIDATE.test(body)) continue;
    const taken: Span[] = [];
    for (const r of chrono.en.casual.parse(body, refDate)) {
      const found = trimDate(r.text);
      if (!found) continue;
      const start = s.start + r.index + found.offset;
      const span = { start, end: start + found.text.length };
      if (exclude && span.start < exclude.end && span.end > exclude.start) continue;
      const tense = tenseOf(body, r.index + found.offset, found.text.length);
      dates.push({ ...span, text: found.text, ...resolve(r, found.text, ref, tense) });
      taken.push(span);
    }
    BARE_YEAR.lastIndex = 0;
    for (let m = BARE_YEAR.exec(body); m !== null; m = BARE_YEAR.exec(body)) {
      const start = s.start + m.index;
      const end = start + 4;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      if (exclude && start < exclude.end && end > exclude.start) continue;
      dates.push({ start, end, text: m[0], value: m[0], relative: false });
    }
  }
  return dates.sort((a, b) => a.start - b.start);
}

/** Drops a leading preposition and trailing punctuation; rejects matches that carry no date word. */
function trimDate(raw: string): { text: string; offset: number } | null {
  const lead = /^(?:(?:on|in|at|by|since|from|until|during)\s+)/i.exec(raw);
  const offset = lead ? lead[0].length : 0;
  const text = raw.slice(offset).replace(/[\s,.;:]+$/, '');
  if (text.length === 0) return null;
  if (!MONTH_OR_DAY.test(text) && !RELATIVE_WORD.test(text) && !/\d/.test(text)) return null;
  // A time alone ("10 am") or a month word that is a verb ("may") is not a date.
  if (/^(?:may|march)$/.test(text)) return null;
  if (!MONTH_OR_DAY.test(text) && !RELATIVE_WORD.test(text) && !/\d{4}|\d{1,2}[/-]\d{1,2}/.test(text)) return null;
  return { text, offset };
}

/**
 * The tense of the clause a date stands in: the words since the last clause break before it and
 * up to the next one after it, with quoted speech masked (a quote's "will" is not the report's).
 */
function tenseOf(sentence: string, at: number, length: number): Tense {
  const masked = sentence.replace(/["\u201C][^"\u201D]*["\u201D]?/g, (q) => ' '.repeat(q.length));
  const before = masked.slice(0, at);
  if (REPORTING_BEFORE.test(before)) return 'past';
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const leading = before.slice(clauseStart + 1);
  const afterText = masked.slice(at + length);
  // A date opening the sentence ("On Friday, she will …") takes the tense of the clause after it.
  const stop = leading.trim().split(/\s+/).filter(Boolean).length <= 1 ? /[;.]|\s(?:and|but)\s/ : /[,;.]|\s(?:and|but)\s/;
  const end = afterText.search(stop);
  const trailing = end < 0 ? afterText : afterText.slice(0, end);
  if (FUTURE.test(leading) || FUTURE.test(trailing)) return 'future';
  return PAST.test(leading) || PAST.test(trailing) ? 'past' : 'unmarked';
}

/** Future when the clause says so, past when it has a past-tense verb, unmarked otherwise. */
type Tense = 'future' | 'past' | 'unmarked';

function resolve(r: chrono.ParsedResult, text: string, ref: Reference | null, tense: Tense): { value: string | null; relative: boolean } {
  const future = tense === 'future';
  const c = r.start;
  const known = (k: chrono.Component): boolean => c.isCertain(k);
  const lower = text.toLowerCase();
  if (known('year') && known('month') && known('day') && !RELATIVE_WORD.test(lower)) {
    return { value: iso(c.get('year')!, c.get('month')!, c.get('day')!), relative: false };
  }
  if (known('year') && known('month') && !known('day') && !RELATIVE_WORD.test(lower)) {
    return { value: `${c.get('year')}-${pad(c.get('month')!)}`, relative: false };
  }
  if (!ref) return { value: null, relative: true };
  if (/\bweek\b/.test(lower)) {
    const shift = /\bnext\b/.test(lower) ? 7 : /\blast\b|\bprevious\b/.test(lower) ? -7 : 0;
    const d = utc(ref);
    const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86400000 + shift * 86400000);
    return { value: monday.toISOString().slice(0, 10), relative: true };
  }
  if (/\byear\b/.test(lower)) return { value: String(c.get('year')), relative: true };
  if (/\bmonth\b/.test(lower)) return { value: `${c.get('year')}-${pad(c.get('month')!)}`, relative: true };
  if (known('day') && known('month') && !RELATIVE_WORD.test(lower)) {
    // "Nov. 5" with no year: the nearest one in the direction the sentence's tense points.
    const m = c.get('month')!;
    const d = c.get('day')!;
    let y = ref.y;
    const cmp = m * 100 + d - (ref.m * 100 + ref.d);
    if (future && cmp < 0) y++;
    if (!future && cmp > 0) y--;
    return { value: iso(y, m, d), relative: true };
  }
  if (c.get('weekday') !== null && c.get('weekday') !== undefined && !known('day')) {
    const want = c.get('weekday')!;
    const d = utc(ref);
    const diff = future ? (want - d.getUTCDay() + 7) % 7 : -((d.getUTCDay() - want + 7) % 7);
    return { value: new Date(d.getTime() + diff * 86400000).toISOString().slice(0, 10), relative: true };
  }
  if (known('month') && !known('day')) {
    // A month alone: next one in future reporting, last one in past reporting, else the nearer.
    const m = c.get('month')!;
    const ahead = (m - ref.m + 12) % 12;
    const behind = (ref.m - m + 12) % 12;
    const forward = future || (tense === 'unmarked' && ahead !== 0 && ahead < behind);
    let y = ref.y;
    if (forward && m < ref.m) y++;
    if (!forward && m > ref.m) y--;
    return { value: `${y}-${pad(m)}`, relative: true };
  }
  if (known('year') && !known('month')) return { value: String(c.get('year')), relative: false };
  // today, yesterday, tomorrow, "two days ago": chrono's own arithmetic against the dateline.
  return { value: iso(c.get('year')!, c.get('month')!, c.get('day')!), relative: true };
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const utc = (r: Reference): Date => new Date(Date.UTC(r.y, r.m - 1, r.d));

function parseIso(value: string): Reference | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}
