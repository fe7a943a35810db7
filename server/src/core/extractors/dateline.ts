import { MONTHS } from './dates';
import type { Dateline } from '../types';
import { NEWS_AGENCIES } from '../lexicon/words';

const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
// "21.01.2026", "18/03/2026" (day first, as Anadolu, Agência Brasil and much of Europe write it) too.
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})`;
/** Agencies whose name may stand without brackets ("SEOUL, Dec. 3 Kyodo -") or after a place in ordinary case. */
const KNOWN_AGENCIES = [...NEWS_AGENCIES].join('|');
/** "(Reuters)", "/TASS/", or a known agency's bare name. */
const AGENCY = `(?<agency>\\([^()\\n]{2,40}\\)|/[^/\\n]{2,20}/\\.?|\\b(?:${KNOWN_AGENCIES})\\b)`;
const DASH = '\\s*(?:--|-|\u2014|\u2013)\\s*';
/** After the agency: a dash, or (PTI, TASS style) just a space before the first sentence. */
const AFTER_AGENCY = `(?:\\.?${DASH}|\\.?\\s+(?=[\\p{Lu}"\u201C]))`;
/** ", Kazakhstan", ", Papua New Guinea" after the place. */
const COUNTRY = '(?:,\\s+[\\p{Lu}][\\p{L}.]{1,15}(?:\\s+[\\p{Lu}][\\p{L}.]{1,15}){0,2})?';
const PLACE = `(?<place>[\\p{Lu}][\\p{Lu}\\p{M}.'\u2019 /-]{1,40}?)${COUNTRY}`;
/** "Berlin", "Port Moresby", "Nairobi, Kenya": a place in ordinary case, trusted only beside an agency. */
const PLAIN_PLACE = `(?<place>\\p{Lu}[\\p{Ll}\\p{M}.'\u2019-]+(?:[ /][\\p{Lu}][\\p{Ll}\\p{M}.'\u2019-]+){0,2})${COUNTRY}`;

/**
 * The wire forms: "PLACE, DATE (Agency) -", "PLACE (Agency) -", "date DATE (Agency) --", "Published: DATE".
 * Built on the first article rather than when the module loads: V8 parses each pattern as it is
 * made, and these eight were the costliest part of loading the core (about 2 ms of server start).
 */
let forms: RegExp[] | undefined;
const wireForms = (): RegExp[] => (forms ??= [
  // "ASTANA. Dec 3 (Interfax) -": Interfax ends the place with a full stop.
  new RegExp(`^${PLACE}[,.]\\s+(?<date>${DATE})\\.?\\s*(?:${AGENCY}${AFTER_AGENCY}|${DASH})`, 'u'),
  new RegExp(`^${PLACE}\\s+${AGENCY}${AFTER_AGENCY}`, 'u'),
  new RegExp(`^(?:date\\s+)?(?<date>${DATE})\\s+${AGENCY}${DASH}`, 'iu'),
  // "Updated: 4:18 PM GMT+1, March 10, 2026": a weekday or a time may come first.
  new RegExp(`^(?:Published|Updated|Posted|Issued|Last updated|Modified)(?: [Oo]n)?\\s*:?\\s+(?:[A-Z][a-z]+,\\s+)?(?:\\d{1,2}:\\d{2}(?:\\s*[AP]M)?(?:\\s+[A-Z]{2,5}(?:[+-]\\d{1,2})?)?,?\\s+)?(?<date>${DATE})`, 'u'),
  // "Berlin, 22 January 2026 (dpa) -", "Jakarta (AFP) -": a place in ordinary case needs an agency.
  new RegExp(`^${PLAIN_PLACE},\\s+(?<date>${DATE})\\.?\\s*${AGENCY}${AFTER_AGENCY}`, 'u'),
  new RegExp(`^${PLAIN_PLACE}\\s+(?<agency>\\((?:${KNOWN_AGENCIES})\\))${DASH}`, 'u'),
  // A line holding only a date and maybe a time: "October 16, 2025 21:40 JST", "2026-05-06 03:41:17.512 GMT",
  // "May 6, 2026 at 3:41 PM GMT+2".
  new RegExp(`^(?<date>${DATE})(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[AP]M)?(?:\\s+[A-Z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?)?\\s*$`, 'u'),
  // Anadolu's byline line: "Selin Aydoğan   |05.02.2026 - Update : 05.02.2026".
  new RegExp(`^[\\p{L}\\p{M} .'’-]{2,60}\\|\\s*(?<date>${DATE})\\b`, 'u'),
  // "DURBAN, South Africa -- ": a place in capitals and a dash, with no date or agency.
  new RegExp(`^(?<place>\\p{Lu}[\\p{Lu}\\p{M}.'\u2019 /-]{2,40}?)(?:,\\s+[\\p{Lu}][\\p{L}. ]{1,25})?\\s+(?:--|\u2014|\u2013)\\s*`, 'u'),
]);

/** Finds the dateline among the first lines of the article (a headline may come first). */
export function findDateline(text: string): Dateline | null {
  const head = text.slice(0, 1200);
  let at = 0;
  // A headline, a subhead and a byline may all come first (FT: "Published January 28 2026" is the seventh line).
  for (let lines = 0; lines < 10 && at < head.length; lines++) {
    const newline = head.indexOf('\n', at);
    const lineEnd = newline < 0 ? head.length : newline;
    const indent = /^[ \t\uFEFF]*/.exec(head.slice(at, lineEnd))![0].length;
    const found = readDateline(text, head.slice(at + indent, lineEnd), at + indent);
    if (found) return found;
    if (newline < 0) break;
    at = newline + 1;
  }
  return null;
}

/** The dateline at the start of one line, if the line opens with one. */
function readDateline(text: string, line: string, at: number): Dateline | null {
  const forms = wireForms();
  for (let f = 0; f < forms.length; f++) {
    const d = forms[f].exec(line);
    if (!d) continue;
    const { place: rawPlace, date: dateText, agency: rawAgency } = d.groups ?? {};
    // The last form stands on a place alone, which must look like one: a capitalised place, not a sentence.
    if (f === forms.length - 1 && !/^[\p{Lu}\p{M}.'\u2019 /-]+$/u.test(rawPlace.trim())) continue;
    const place = rawPlace ? rawPlace.trim() : null;
    const agency = rawAgency ? rawAgency.replace(/^[(/]|[)/]\.?$/g, '').trim() : null;
    const dateOffset = dateText ? at + line.indexOf(dateText, rawPlace ? rawPlace.length : 0) : -1;
    const value = dateText ? readDate(dateText) ?? withYearFromText(dateText, text) : null;
    return {
      start: at, end: at + d[0].replace(/\s+$/, '').length, text: d[0].trim(),
      value: value?.date ?? null, yearInferred: value?.inferred ?? false, place, agency,
      date: dateText ? { start: dateOffset, end: dateOffset + dateText.length } : null,
    };
  }
  return null;
}

/**
 * "BEIJING, Nov 10 (Reuters) -" has no year. The article's own years tell it: those it mentions
 * as past or present, not targets and maturities ("by 2030", "bonds due 2034"). When the lead
 * names the day ("said on Sunday"), the year is the latest, from this year back to the latest such
 * mention, in which the date falls on that day; otherwise the latest such year. Either way the
 * value is marked inferred. No year in the text, no date.
 */
function withYearFromText(dateText: string, text: string): { date: string; inferred: true } | null {
  const body = text.slice(0, 20000);
  const all: number[] = [];
  const reported: number[] = [];
  for (const m of body.matchAll(/(?<![\d$€£.,-])(19[5-9]\d|20\d\d)(?![\d%])/g)) {
    all.push(Number(m[1]));
    if (!AHEAD_OF_YEAR.test(body.slice(Math.max(0, m.index! - 30), m.index))) reported.push(Number(m[1]));
  }
  if (all.length === 0) return null;
  const latest = Math.max(...(reported.length > 0 ? reported : all));
  const base = dateText.replace(/[,\s]+$/, '');
  const weekday = firstWeekday(text.slice(0, 700));
  if (weekday >= 0) {
    // The latest year, from this one back to the latest the article reports, in which the date falls on that day.
    const onWeekday = (y: number): string | undefined => {
      const date = readDate(`${base}, ${y}`);
      return date && new Date(`${date.date}T12:00:00Z`).getUTCDay() === weekday ? date.date : undefined;
    };
    for (let y = Math.max(latest, new Date().getUTCFullYear()); y >= latest; y--) {
      const date = onWeekday(y);
      if (date) return { date, inferred: true };
    }
    // "the 2026 budget" may name a year still ahead: then the nearest year either side that fits.
    for (let step = 1; step <= 6; step++) {
      const date = onWeekday(latest - step) ?? onWeekday(latest + step);
      if (date) return { date, inferred: true };
    }
  }
  const date = readDate(`${base}, ${latest}`);
  return date ? { date: date.date, inferred: true } : null;
}

/** Words before a year that make it a target or a maturity, not a year the article reports from. */
const AHEAD_OF_YEAR = /\b(?:by|until|till|through|due|before|maturing|matures|mature|target(?:s|ed)?|goal|to|end-|from\s+\d{4}\s+to)\s+(?:the\s+end\s+of\s+)?(?:early\s+|mid-?|late\s+)?$/i;

/** The weekday named first in the lead (the day of the news), or -1. */
function firstWeekday(lead: string): number {
  const m = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/.exec(lead);
  return m ? WEEKDAY_NAMES.indexOf(m[1]) : -1;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A full date, or null when the year (or day) is not written. */
export function readDate(dateText: string): { date: string; inferred: false } | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateText);
  if (iso) return wrap(valid(+iso[1], +iso[2], +iso[3]));
  // Day first unless the first number cannot be a day of a month it would name ("03/18/2026").
  const numeric = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(dateText);
  if (numeric) return wrap(+numeric[2] > 12 ? valid(+numeric[3], +numeric[1], +numeric[2]) : valid(+numeric[3], +numeric[2], +numeric[1]));
  // The dateline's own few forms: "March 3, 2025", "Aug. 5, 2024", "12 June 2025".
  const md = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(dateText);
  const dm = /^(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(dateText);
  const month = (word: string): number => MONTHS[word.toLowerCase()] ?? MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? MONTHS[`${word.toLowerCase().replace(/\.$/, '')}.`] ?? 0;
  if (md) return wrap(valid(+md[3], month(md[1]), +md[2]));
  if (dm) return wrap(valid(+dm[3], month(dm[2]), +dm[1]));
  return null;
}

const wrap = (date: string | null): { date: string; inferred: false } | null => (date ? { date, inferred: false } : null);

function valid(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
