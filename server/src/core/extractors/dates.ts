import type * as chrono from 'chrono-node';
import type { DateMention, Span } from '../types';

/**
 * Dates, in two passes per sentence. Words that name a date by themselves (weekdays, months,
 * "yesterday", "next year") are read directly; written-out dates ("March 3, 2025", "2024-04-06",
 * "two days ago") go to chrono-node, which sees only a short window around them so that the cost
 * stays linear. Either way the value follows the project's rules: the dateline is the reference,
 * and the tense of the clause decides between the last and the next weekday or month.
 */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  'jan.': 1, 'feb.': 2, 'mar.': 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8, 'sep.': 9, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'dec.': 12,
};
const MONTH_WORD = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

const HAS_MONTH = new RegExp(MONTH_WORD);

/** Words that are a date on their own. */
const SIMPLE = new RegExp(
  '\\b(?:(?:(next|last|this)[ \\t\\u00A0]+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)' +
    '|(January|February|March|April|May|June|July|August|September|October|November|December)' +
    '|([Tt]oday|[Tt]omorrow|[Yy]esterday|[Tt]onight)' +
    '|([Nn]ext|[Ll]ast|[Tt]his)[ \\t\\u00A0]+(week|month|year))\\b',
  'g',
);
/**
 * Written-out dates for chrono, each captured whole so that chrono reads a dozen characters, not
 * a sentence: "March 3, 2025", "Nov. 5", "3 March 2025", "March 2025", "2024-04-06", "two days ago".
 */
const COMPLEX = new RegExp(
  // No optional prefix before the alternation: V8 then skips every position that cannot start a date.
  // The month is read once, then a day (and year) or a year after it: only one month word can be
  // followed by a space at any position, so this finds what trying the two forms in turn would.
  `\\b(?:${MONTH_WORD}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?!\\d)|\\d{4}(?!\\d))|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}(?:,?\\s+\\d{4})?(?!\\d)` +
    `|\\d{4}-\\d{2}-\\d{2}\\b|(?:\\d+|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Aa] few|[Ss]everal)\\s+(?:days?|weeks?|months?|years?)\\s+ago\\b)`,
  'g',
);
/** chrono's readings of the same short strings repeat across an archive: keep them. */
const parsed = new Map<string, chrono.ParsedResult[]>();
const MAX_PARSED = 20000;

/**
 * chrono's casual English parsers for written-out dates only: weekdays, "today" and "next week"
 * are read by SIMPLE, and times of day and durations are not dates here.
 */
const KEPT_PARSERS = new Set(['ENYearMonthDayParser', 'ISOFormatParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENTimeUnitAgoFormatParser', 'ENYearMonthNameParser', 'ENMonthNameParser']);
// chrono reads one captured date at a time, so of its refiners only overlap removal matters (a third of the cost).
let parser: chrono.Chrono | undefined;
/** chrono-node is loaded on the first written-out date, not when the server starts. */
function chronoParser(): chrono.Chrono {
  if (parser) return parser;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  // English only: the package's root would bring every locale into the bundle.
  const en = require('chrono-node/en') as typeof chrono.en;
  parser = new en.Chrono({
    parsers: en.casual.parsers.filter((p) => KEPT_PARSERS.has(p.constructor.name)),
    refiners: en.casual.refiners.filter((r) => r.constructor.name === 'OverlapRemovalRefiner').slice(0, 1),
  });
  return parser;
}

const FUTURE = /\b(?:will|shall|['\u2019]ll|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|poised|likely|unlikely)\b|plans?\s+to|planned\s+to|intends?\s+to|going\s+to|would|next|upcoming|later\s+this|takes?\s+effect|comes?\s+into\s+force|(?:begins|starts|expires|opens|resumes|falls\s+due|matures)\b|expect(?:s|ed)?\s+to|aims?\s+to|should(?!\s+have)|could(?!\s+have))/i;
const REPORTING_BEFORE = /\b(?:(?:said|says|added|announced|noted|stated|wrote)\s+|told\s+(?:[\p{L}-]+\s+){1,3})(?:on\s+)?$/iu;
const PAST = /(?<![\w-])(?:[a-z]+ed|was|were|had|did|earlier|ago|since|rose|fell|grew|met|began|came|took|left|saw|hit|stood|held|kept|paid|sold|bought|made|lost|won|spent|ran|led|sent|struck|brought|found|gave|got|went|became|said|told|spoke|wrote)\b/;
/** A present-tense clause ("faces payments in July", "December is live") points to the nearer date, not the sentence's tense. */
const PRESENT = /\b(?:is|are|am|faces?|needs?|owes?|remains?|wants?)\b/;
/** "until Dec. 18", "by the end of June", "until at least March": a deadline points ahead of the report. */
const DEADLINE_BEFORE = /\b(?:until|till|by|before|ahead\s+of)\s+(?:at\s+least\s+|the\s+end\s+of\s+|the\s+)?$|\bend-$/i;
/** "applies from March 1": a start points ahead too, unless the clause tells of the past ("sailed from Thursday"). */
const START_BEFORE = /\b(?:from|through|starting|effective)\s+(?:the\s+)?$/i;
/** A finite verb in the past ("Credit had grown 9.1% by the end of September"), not a participle ("wants the bill signed by …"). */
const FINITE_PAST = /\b(?:had|was|were|did|rose|fell|grew|met|began|came|took|left|saw|stood|held|kept|sold|bought|lost|won|spent|ran|led|went|became)\b/;
/** "the year through October", "the quarter to June", "data for May": a period reported on. */
const PERIOD_BEFORE = /\b(?:year|quarter|months?|weeks?|period|half|data|figures)\s+(?:to|through|ending|ended|for)\s+(?:the\s+end\s+of\s+)?$/i;
/** "its September credit data": a month that data describe has passed. */
const DATA_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:data|figures|numbers|reading|statistics|payrolls)\b/iu;
/** A clause opened by one of these has its own tense ("… will hold talks after meetings ended on Sunday"). */
const SUBORDINATE = /\b(?:after|when|which|who|while|because|once|whereas|if|that)\b(?![\s\S]*\b(?:after|when|which|who|while|because|once|whereas|if|that)\b)/;
/** "when ministers meet on Thursday": a present tense after these speaks of what is to come. */
const CONDITIONAL = /^(?:when|once|if)\b/;
/** "once they are published", "until new projections are ready": a present tense in such a clause is still to come. */
const PENDING = /\b(?:when|once|if|until|before)\s+[^,;]*\b(?:is|are)\b[^,;]*$/;
const BARE_YEAR = /(?<![\d$€£#.,/-])(?:1[89]\d\d|20\d\d)(?![\d%]|-\d)/g;
const MODAL_MAY = /^May\s+(?:be|have|not|also|well|still|need|want|take|come|go|seem|find|face|see|prove|help|lead|raise|cut)\b/;

interface Reference {
  y: number;
  m: number;
  d: number;
}

type Tense = 'future' | 'past' | 'unmarked';
type Value = { value: string | null; relative: boolean };

export function findDates(text: string, sentences: readonly Span[], dateline: string | null, exclude: Span | null): DateMention[] {
  const ref = dateline ? parseIso(dateline) : null;
  const refDate = ref ? new Date(ref.y, ref.m - 1, ref.d, 12) : new Date(2000, 0, 1, 12);
  // One pass of each pattern over the whole text; candidates are then taken sentence by
  // sentence, written-out dates first (they win over a month word inside them), then the
  // self-contained words, then bare years.
  const candidates: Candidate[] = [];
  collect(text, COMPLEX, 0, candidates);
  collect(text, SIMPLE, 1, candidates);
  collect(text, BARE_YEAR, 2, candidates);
  if (candidates.length === 0) return [];
  candidates.sort((a, b) => a.m.index - b.m.index);
  const dates: DateMention[] = [];
  let s = 0;
  for (let c = 0; c < candidates.length; ) {
    const at = candidates[c].m.index;
    while (s < sentences.length && sentences[s].end <= at) s++;
    if (s >= sentences.length) break;
    // The run of candidates that fall inside sentence s, taken together.
    const sentence = sentences[s];
    const list: Candidate[] = [];
    for (; c < candidates.length && candidates[c].m.index < sentence.end; c++) {
      const { m } = candidates[c];
      if (m.index >= sentence.start && m.index + m[0].length <= sentence.end) list.push(candidates[c]);
    }
    if (list.length > 0) readSentence(text, sentence, list, ref, refDate, exclude, dates);
  }
  return dates.sort((a, b) => a.start - b.start);
}

const isoOf = (r: Reference): string => iso(r.y, r.m, r.d);

/**
 * The dateline's own day written again in the article's head: a "Source: Xinhua | 2026-01-21" or
 * time-stamp line, or "ASTANA, Oct 16 (Reuters) -" under a time stamp read as the dateline. Part
 * of the dateline, not a date the article reports.
 */
function isHeaderDate(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const newline = text.indexOf('\n', start);
  const line = text.slice(lineStart, newline < 0 ? text.length : newline);
  // PTI writes no dash: "New Delhi, Jan 22 (PTI) The government …".
  return line.length < 120 || /^[^.]{0,60}?\([^()]{2,30}\)\s*(?:--|-|\u2014|\u2013|\.-|(?=\p{Lu}))/u.test(line.slice(0, 100));
}

/** The dates among one sentence's candidates, added to dates unless they fall inside exclude. */
function readSentence(text: string, sentence: Span, list: Candidate[], ref: Reference | null, refDate: Date, exclude: Span | null, dates: DateMention[]): void {
  const clause = new SentenceTense(text.slice(sentence.start, sentence.end));
  const found: DateMention[] = [];
  list.sort((a, b) => a.priority - b.priority || a.m.index - b.m.index);
  for (const { m, priority } of list) {
    const at = m.index - sentence.start;
    if (priority === 0) {
      for (const r of chronoParse(m[0], refDate)) {
        const trimmed = trimDate(r.text);
        if (!trimmed) continue;
        const start = at + r.index + trimmed.offset;
        const end = start + trimmed.text.length;
        if (overlapsAny(found, start, end)) continue;
        const { value, relative } = resolveParsed(r, trimmed.text, ref, () => clause.tenseAt(start, end));
        found.push({ start, end, text: trimmed.text, value, relative });
      }
    } else if (priority === 1) {
      const end = at + m[0].length;
      if (overlapsAny(found, at, end) || (m[3] === 'May' && MODAL_MAY.test(clause.sentence.slice(at)))) continue;
      const { value, relative } = resolveSimple(m, ref, () => clause.tenseAt(at, end));
      found.push({ start: at, end, text: m[0], value, relative });
    } else if (!overlapsAny(found, at, at + 4)) {
      found.push({ start: at, end: at + 4, text: m[0], value: m[0], relative: false });
    }
  }
  for (const f of found) {
    const start = sentence.start + f.start;
    const end = sentence.start + f.end;
    if (exclude && start < exclude.end && end > exclude.start) continue;
    if (ref && /\d/.test(f.text) && start < 1500 && f.value === isoOf(ref) && isHeaderDate(text, start)) continue;
    dates.push({ start, end, text: f.text, value: f.value, relative: f.relative });
  }
}

/** A date already found overlaps start..end: the earlier reading wins. */
function overlapsAny(found: readonly Span[], start: number, end: number): boolean {
  for (const f of found) if (start < f.end && end > f.start) return true;
  return false;
}

interface Candidate {
  m: RegExpExecArray;
  priority: number;
}

function collect(text: string, pattern: RegExp, priority: number, into: Candidate[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) into.push({ m, priority });
}

/** chrono's reading of one captured date, remembered: the same strings recur across an archive. */
function chronoParse(captured: string, refDate: Date): chrono.ParsedResult[] {
  const key = `${refDate.getTime()}|${captured}`;
  let results = parsed.get(key);
  if (!results) {
    if (parsed.size >= MAX_PARSED) parsed.clear();
    results = chronoParser().parse(captured, refDate);
    parsed.set(key, results);
  }
  return results;
}

/** Drops a leading preposition and trailing punctuation; rejects matches that carry no date. */
function trimDate(raw: string): { text: string; offset: number } | null {
  const lead = /^(?:(?:on|in|at|by|since|from|until|during)\s+)/i.exec(raw);
  const offset = lead ? lead[0].length : 0;
  const text = raw.slice(offset).replace(/[\s,.;:]+$/, '');
  if (text.length === 0 || /^(?:may|march)$/.test(text)) return null;
  if (!/\d/.test(text) && !/\b(?:ago|today|tomorrow|yesterday)\b/i.test(text) && !/[A-Z][a-z]+day\b/.test(text) && !HAS_MONTH.test(text)) return null;
  return { text, offset };
}

/**
 * One sentence, read for the tense of the clauses its dates stand in. Quoted speech is masked
 * once per sentence (a quote's "will" is not the report's), and the tense of the sentence as a
 * whole, the fallback when a clause says nothing, is worked out only when first needed.
 */
class SentenceTense {
  private maskedText: string | undefined;
  private whole: Tense | undefined;

  constructor(readonly sentence: string) {}

  /** The sentence with quoted speech blanked out, made when a date first needs its tense. */
  get masked(): string {
    this.maskedText ??= /["\u201C]/.test(this.sentence) ? this.sentence.replace(/["\u201C][^"\u201D]*["\u201D]?/g, (q) => ' '.repeat(q.length)) : this.sentence;
    return this.maskedText;
  }

  /**
   * The tense of the clause a date from start to end stands in: the words since the last clause
   * break before it and up to the next one after it.
   */
  tenseAt(start: number, end: number): Tense {
    // A date inside a quotation takes the tense of the quoted words themselves.
    const source = this.masked !== this.sentence && this.masked.slice(start, end).trim() === '' ? this.sentence : this.masked;
    const before = source.slice(0, start);
    const afterText = source.slice(end);
    // The words right before the date, for the patterns anchored there (a bounded slice keeps a
    // sentence with no end from costing a pass over all of it per date).
    const near = before.slice(-160);
    // Data describe a month already over when they come out, so the nearer month is the one meant.
    if (PERIOD_BEFORE.test(near) || DATA_AFTER.test(afterText)) return 'unmarked';
    if (REPORTING_BEFORE.test(near)) return 'past';
    const clauseStart = Math.max(lastClauseComma(before), before.lastIndexOf(';'), before.lastIndexOf(':'), before.length - 300);
    let leading = before.slice(clauseStart + 1);
    // "… will hold talks next week after two days of meetings ended on Sunday": the subordinate clause's own verb.
    const subordinate = SUBORDINATE.exec(leading);
    if (subordinate) leading = leading.slice(subordinate.index);
    if (DEADLINE_BEFORE.test(near)) return !FUTURE.test(leading) && FINITE_PAST.test(leading) ? 'past' : 'future';
    if (START_BEFORE.test(near)) return !FUTURE.test(leading) && PAST.test(leading) ? 'past' : 'future';
    // "Speaking to lawmakers on Sunday, the governor said …": an opening participle takes the tense
    // of the main clause after its comma.
    if (OPENING_PARTICIPLE.test(before.replace(LEAD_DATELINE, ''))) {
      const main = /^[^,]{0,80},([^,;]{0,120})/.exec(afterText);
      if (main && (PAST.test(main[1]) || FUTURE.test(main[1]))) return FUTURE.test(main[1]) && !PAST.test(main[1]) ? 'future' : 'past';
    }
    // A date opening the sentence ("On Friday, she will …") takes the tense of the clause after it.
    const stop = ONLY_A_PREPOSITION.test(leading) ? /[;.]|\s(?:and|but|that)\s/ : /[,;.]|\s(?:and|but|that)\s/;
    const ahead = afterText.slice(0, 300);
    const stopAt = ahead.search(stop);
    const trailing = stopAt < 0 ? ahead : ahead.slice(0, stopAt);
    if (FUTURE.test(leading) || FUTURE.test(trailing)) return 'future';
    // "once they are published …", "until new projections are ready in July": what is still to come.
    if (PENDING.test(leading)) return 'future';
    if (PAST.test(leading) || PAST.test(trailing)) return 'past';
    if (subordinate && CONDITIONAL.test(leading)) return 'future';
    if (PRESENT.test(leading) || PRESENT.test(trailing)) return 'unmarked';
    // The clause says nothing: the nearest tense before it in the report ("will spend …, said
    // Tuesday, responding to a warning … on Monday"), else the sentence as a whole.
    const nearest = source === this.masked ? nearestTense(before.slice(-300)) : undefined;
    if (nearest) return nearest;
    this.whole ??= FUTURE.test(this.masked) ? 'future' : PAST.test(this.masked) ? 'past' : 'unmarked';
    return this.whole;
  }
}

/** The last comma that breaks a clause ("$10,000" has none). */
function lastClauseComma(before: string): number {
  let at = before.lastIndexOf(',');
  while (at > 0 && /\d/.test(before[at - 1]) && /\d/.test(before[at + 1] ?? '')) at = before.lastIndexOf(',', at - 1);
  return at;
}

const FUTURE_ALL = new RegExp(FUTURE.source, 'gi');
/** Past verbs that are never adjectives: the nearest-tense fallback must not take "unprocessed" or "flagged" for a verb. */
const PAST_ALL = new RegExp(`\\b(?:said|told|added|announced|warned|${FINITE_PAST.source.slice(5, -3)})\\b`, 'g');
/** Future or past, whichever marker comes last in the text. */
function nearestTense(text: string): Tense | undefined {
  let future = -1;
  let past = -1;
  FUTURE_ALL.lastIndex = 0;
  for (let m = FUTURE_ALL.exec(text); m !== null; m = FUTURE_ALL.exec(text)) future = m.index;
  PAST_ALL.lastIndex = 0;
  for (let m = PAST_ALL.exec(text); m !== null; m = PAST_ALL.exec(text)) past = m.index;
  if (future < 0 && past < 0) return undefined;
  return future > past ? 'future' : 'past';
}

/** A sentence opened by a participle phrase the date stands in: "Speaking at an event in New Delhi on ". */
const OPENING_PARTICIPLE = /^\s*[A-Z][a-z]+ing\b[^,;.]*$/;
/** "SAN FRANCISCO, Nov 11, 2023 (Reuters) - " opening the first sentence. */
const LEAD_DATELINE = /^[^()]{0,80}\([^()]{2,30}\)\s*(?:--|-|\u2014|\u2013)\s*/;

/** A clause with nothing before the date but a preposition: "On Friday, she will …". */
const ONLY_A_PREPOSITION = /^\s*(?:[Oo]n|[Ii]n|[Aa]t|[Bb]y|[Ff]rom|[Ss]ince|[Uu]ntil|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter|[Ll]ast|[Nn]ext|[Tt]his)?\s*$/;

/** tense is asked for only when the value depends on it (a month or weekday on its own). */
function resolveSimple(m: RegExpExecArray, ref: Reference | null, tense: () => Tense): Value {
  if (!ref) return { value: null, relative: true };
  if (m[2]) {
    const shift = m[1]?.toLowerCase();
    const future = shift === 'next' || (shift !== 'last' && tense() === 'future');
    return { value: weekday(ref, WEEKDAYS.indexOf(m[2]), future), relative: true };
  }
  if (m[3]) return { value: month(ref, MONTHS[m[3].toLowerCase()], tense()), relative: true };
  if (m[4]) {
    const offset = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 }[m[4].toLowerCase() as 'today'] ?? 0;
    return { value: addDays(ref, offset), relative: true };
  }
  const word = m[5].toLowerCase();
  const shift = word === 'next' ? 1 : word === 'last' ? -1 : 0;
  return { value: period(ref, m[6] as 'week' | 'month' | 'year', shift), relative: true };
}

function resolveParsed(r: chrono.ParsedResult, text: string, ref: Reference | null, clauseTense: () => Tense): Value {
  const c = r.start;
  const known = (k: chrono.Component): boolean => c.isCertain(k);
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  // "two years ago" is a year, "three months ago" a month, "two days ago" a day.
  if (/\bago\b/i.test(text)) {
    if (!ref || !y || !m || !d) return { value: null, relative: true };
    return { value: /years?\s+ago/i.test(text) ? String(y) : /months?\s+ago/i.test(text) ? `${y}-${pad(m)}` : iso(y, m, d), relative: true };
  }
  if (known('year') && known('month') && known('day')) return { value: iso(y!, m!, d!), relative: false };
  if (known('year') && known('month')) return { value: `${y}-${pad(m!)}`, relative: false };
  if (known('year')) return { value: String(y), relative: false };
  if (!ref) return { value: null, relative: true };
  if (known('month') && known('day')) {
    // "Nov. 5" with no year: the next or last one as the tense says, else the nearer.
    const cmp = m! * 100 + d! - (ref.m * 100 + ref.d);
    const thisYear = Date.UTC(ref.y, m! - 1, d!);
    const other = Date.UTC(ref.y + (cmp < 0 ? 1 : -1), m! - 1, d!);
    const now = Date.UTC(ref.y, ref.m - 1, ref.d);
    const tense = clauseTense();
    let year = ref.y;
    if (tense === 'future' && cmp < 0) year++;
    else if (tense === 'past' && cmp > 0) year--;
    else if (tense === 'unmarked' && Math.abs(other - now) < Math.abs(thisYear - now)) year += cmp < 0 ? 1 : -1;
    return { value: iso(year, m!, d!), relative: true };
  }
  if (known('month')) return { value: month(ref, m!, clauseTense()), relative: true };
  return { value: y && m && d ? iso(y, m, d) : null, relative: true };
}

/** A weekday: the most recent on or before the reference, or in future reporting the next on or after it. */
function weekday(ref: Reference, want: number, future: boolean): string {
  const day = utc(ref).getUTCDay();
  const diff = future ? (want - day + 7) % 7 : -((day - want + 7) % 7);
  return addDays(ref, diff);
}

/** A month alone: next one in future reporting, last one in past reporting, else the nearer. */
function month(ref: Reference, m: number, tense: Tense): string {
  const ahead = (m - ref.m + 12) % 12;
  const behind = (ref.m - m + 12) % 12;
  const forward = tense === 'future' || (tense === 'unmarked' && ahead !== 0 && ahead < behind);
  let y = ref.y;
  if (forward && m < ref.m) y++;
  if (!forward && m > ref.m) y--;
  return `${y}-${pad(m)}`;
}

/** "next week" is that week's Monday; "last month" YYYY-MM; "next year" YYYY. */
function period(ref: Reference, unit: 'week' | 'month' | 'year', shift: number): string {
  if (unit === 'year') return String(ref.y + shift);
  if (unit === 'month') {
    const d = new Date(Date.UTC(ref.y, ref.m - 1 + shift, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  const monday = -((utc(ref).getUTCDay() + 6) % 7);
  return addDays(ref, monday + 7 * shift);
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const utc = (r: Reference): Date => new Date(Date.UTC(r.y, r.m - 1, r.d));
const addDays = (r: Reference, n: number): string => new Date(utc(r).getTime() + n * 86400000).toISOString().slice(0, 10);

function parseIso(value: string): Reference | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}
