import { MONTHS } from './dates';
import type { Dateline } from '../types';

const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2})`;
const AGENCY = '\\(([^()\\n]{2,40})\\)';
const DASH = '\\s*(?:--|-|\u2014|\u2013)\\s*';
const PLACE = "([\\p{Lu}][\\p{Lu}\\p{M}.'\u2019 /-]{1,40}?)(?:,\\s+[\\p{Lu}][\\p{L}.]{1,12})?";

/** The wire forms: "PLACE, DATE (Agency) -", "PLACE (Agency) -", "date DATE (Agency) --", "Published: DATE". */
const FORMS: RegExp[] = [
  new RegExp(`^${PLACE},\\s+(${DATE})\\s*(?:${AGENCY})?${DASH}`, 'u'),
  new RegExp(`^${PLACE}\\s+${AGENCY}${DASH}`, 'u'),
  new RegExp(`^(?:date\\s+)?(${DATE})\\s+${AGENCY}${DASH}`, 'iu'),
  new RegExp(`^(?:Published|Updated|Posted)(?: on)?:?\\s+(?:[A-Z][a-z]+,\\s+)?(${DATE})`, 'u'),
  // "Berlin, 22 January 2026 (dpa) -": a place in ordinary case needs a date and an agency.
  new RegExp(`^(\\p{Lu}[\\p{Ll}\\p{M}.'\u2019-]+(?:[ /][\\p{Lu}][\\p{Ll}\\p{M}.'\u2019-]+){0,2}),\\s+(${DATE})\\s*${AGENCY}${DASH}`, 'u'),
  // A line holding only a date and maybe a time: "October 16, 2025 21:40 JST".
  new RegExp(`^(${DATE})(?:,?\\s+\\d{1,2}:\\d{2}(?:\\s*[AP]M)?(?:\\s+[A-Z]{2,5})?)?\\s*$`, 'u'),
  // "DURBAN, South Africa -- ": a place in capitals and a dash, with no date or agency.
  new RegExp(`^(\\p{Lu}[\\p{Lu}\\p{M}.'\u2019 /-]{2,40}?)(?:,\\s+[\\p{Lu}][\\p{L}. ]{1,25})?\\s+(?:--|\u2014|\u2013)\\s*`, 'u'),
];

/** Finds the dateline among the first lines of the article (a headline may come first). */
export function findDateline(text: string): Dateline | null {
  const head = text.slice(0, 1200);
  let at = 0;
  for (let lines = 0; lines < 6 && at < head.length; lines++) {
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
  for (let f = 0; f < FORMS.length; f++) {
    const d = FORMS[f].exec(line);
    if (!d) continue;
    const placeFirst = f <= 1 || f === 4 || f === 6;
    const dateText = f === 0 || f === 4 ? d[2] : f === 1 || f === 6 ? undefined : d[1];
    const place = placeFirst ? d[1].trim() : null;
    const agency = f === 0 || f === 4 ? d[3] ?? null : f === 1 || f === 2 ? d[2] : null;
    // A place-only dateline must look like one: a capitalised place, not a sentence.
    if (f === 6 && !/^[\p{Lu}\p{M}.'\u2019 /-]+$/u.test(d[1].trim())) continue;
    const dateOffset = dateText ? at + line.indexOf(dateText, placeFirst ? d[1].length : 0) : -1;
    const value = dateText ? readDate(dateText) ?? withYearFromText(dateText, text) : null;
    return {
      start: at, end: at + d[0].replace(/\s+$/, '').length, text: d[0].trim(),
      value: value?.date ?? null, yearInferred: value?.inferred ?? false, place, agency: agency ? agency.trim() : null,
      date: dateText ? { start: dateOffset, end: dateOffset + dateText.length } : null,
    };
  }
  return null;
}

/**
 * "BEIJING, Nov 10 (Reuters) -" has no year. When the lead names the day of the week ("said on
 * Sunday"), the year is the latest one, from the latest the article mentions up to this year, in
 * which the date falls on that day; otherwise the latest year the article mentions. Either way the
 * value is marked inferred. No year in the text, no date.
 */
function withYearFromText(dateText: string, text: string): { date: string; inferred: true } | null {
  const years = [...text.slice(0, 20000).matchAll(/(?<![\d$€£.,-])(19[5-9]\d|20\d\d)(?![\d%])/g)].map((m) => Number(m[1]));
  if (years.length === 0) return null;
  const latest = Math.max(...years);
  const lead = text.slice(0, 600);
  const weekday = WEEKDAY_NAMES.findIndex((d) => new RegExp(`\\b${d}\\b`).test(lead));
  const base = dateText.replace(/[,\s]+$/, '');
  if (weekday >= 0) {
    for (let y = Math.max(latest, new Date().getUTCFullYear()); y >= latest; y--) {
      const date = readDate(`${base}, ${y}`);
      if (date && new Date(`${date.date}T12:00:00Z`).getUTCDay() === weekday) return { date: date.date, inferred: true };
    }
  }
  const date = readDate(`${base}, ${latest}`);
  return date ? { date: date.date, inferred: true } : null;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A full date, or null when the year (or day) is not written. */
export function readDate(dateText: string): { date: string; inferred: false } | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateText);
  if (iso) return wrap(valid(+iso[1], +iso[2], +iso[3]));
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
