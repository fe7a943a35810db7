import type { Span } from '../types';

/** A quotation found by the scanner, before attribution. */
export interface RawQuote extends Span {
  outerStart: number;
  outerEnd: number;
  paragraph: number;
  unbalanced: boolean;
  continues: boolean;
  /** Index of the quote this one continues (previous paragraph), or -1. */
  continuesFrom: number;
}

export interface QuoteScan {
  quotes: RawQuote[];
  /** Closing marks with nothing open: reported, never fatal. */
  strayMarks: Span[];
}

type Family = 'straight' | 'curly' | 'guillemet' | 'single' | 'straight-single';

const OPENERS: Record<string, Family> = { '"': 'straight', '\u201C': 'curly', '\u00AB': 'guillemet', '\u2018': 'single' };

const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);

/** " “ ” « » ‘ ’ ': the only characters the scanner acts on. */
const QUOTE_MARK = /["'\u201C\u201D\u00AB\u00BB\u2018\u2019]/g;
/** A quotation in straight single marks ('made in Vietnam') is a headline's or heading's: short, on one line. */
const MAX_STRAIGHT_SINGLE = 120;

/** Index of the first quote mark at or after from, or the text's length: the scanner jumps from mark to mark. */
function nextQuoteMark(text: string, from: number): number {
  QUOTE_MARK.lastIndex = from;
  const m = QUOTE_MARK.exec(text);
  return m ? m.index : text.length;
}

/** An opening mark stands at the start, after space, an opening bracket, a dash or another mark. */
function canOpen(text: string, i: number, paraStart: number): boolean {
  if (i === paraStart) return true;
  const prev = text[i - 1];
  return isSpace(prev) || /[([{\u2014\u2013\-/\u201C"\u00AB:]/.test(prev);
}

/**
 * Finds quotations paragraph by paragraph. Nested single quotes stay inside their double quote;
 * apostrophes (China’s, don’t, the ’90s) never open one. An unclosed quote ends with its paragraph:
 * it continues into the next paragraph when that paragraph opens with the same kind of mark (the
 * newswire convention for multi-paragraph quotes), and is otherwise marked unbalanced.
 */
export function scanQuotes(text: string, paragraphs: readonly Span[]): QuoteScan {
  const quotes: RawQuote[] = [];
  const strayMarks: Span[] = [];
  let carry: { family: Family; index: number } | null = null;
  // The paragraph being scanned; close() is made once, not once per paragraph.
  let p = 0;
  let para = paragraphs[0];
  let open: { family: Family; mark: number } | null = null;
  // Nested single quotes inside a double one, so that their closing ’ is not taken for an apostrophe.
  let nestedSingle = false;
  let continuesFrom = -1;
  // The next quote mark not yet looked at; paragraphs come in text order, so the marks are found in one pass.
  let mark = -1;

  const close = (i: number, markLength: number, unbalanced: boolean): void => {
    if (!open) return;
    // French copy pads the marks with spaces (« nous verrons »): the quote is the words inside.
    let start = open.mark + 1;
    let end = i;
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start || continuesFrom >= 0) {
      quotes.push({
        start, end, outerStart: open.mark, outerEnd: i + markLength, paragraph: p,
        unbalanced, continues: false, continuesFrom: open.mark === para.start ? continuesFrom : -1,
      });
    }
    if (open.mark === para.start) continuesFrom = -1;
    open = null;
    nestedSingle = false;
  };

  for (p = 0; p < paragraphs.length; p++) {
    para = paragraphs[p];
    open = null;
    nestedSingle = false;
    continuesFrom = -1;
    const first = text[para.start];
    if (carry && OPENERS[first] === carry.family) continuesFrom = carry.index;
    carry = null;

    if (mark < para.start) mark = nextQuoteMark(text, para.start);
    let i = mark;
    for (; i < para.end; i = nextQuoteMark(text, i + 1)) {
      const ch = text[i];
      if (open === null) {
        if (ch === '"' || ch === '\u201C' || ch === '\u00AB') {
          if (ch !== '"' || canOpen(text, i, para.start)) open = { family: OPENERS[ch], mark: i };
          else strayMarks.push({ start: i, end: i + 1 });
        } else if (ch === '\u2018') {
          if (canOpen(text, i, para.start) && !isSpace(text[i + 1])) open = { family: 'single', mark: i };
        } else if (ch === "'") {
          // Straight single marks open a quote only before a letter, after space or a dash: never an
          // apostrophe ("traders' margins", "don't") or a year ("'90s").
          if (canOpen(text, i, para.start) && /\p{L}/u.test(text[i + 1] ?? '')) open = { family: 'straight-single', mark: i };
        } else if (ch === '\u201D' || ch === '\u00BB') {
          // Some copy uses ” for both marks: treat it as opening where only an opening mark fits.
          if (ch === '\u201D' && canOpen(text, i, para.start) && isLetterOrDigit(text[i + 1])) open = { family: 'curly', mark: i };
          else strayMarks.push({ start: i, end: i + 1 });
        }
        continue;
      }
      const family: Family = open.family;
      if (family === 'straight-single') {
        // Closed by a ' after a letter or punctuation and before no letter; given up at a line break
        // or when too long, as an apostrophe that only looked like an opening mark.
        if (text.slice(open.mark, i).includes('\n') || i - open.mark > MAX_STRAIGHT_SINGLE) open = null;
        else if (ch === "'" && !isSpace(text[i - 1]) && !isLetterOrDigit(text[i + 1])) {
          if (i - open.mark > 2) close(i, 1, false);
          else open = null;
        }
        continue;
      }
      if (ch === "'") continue;
      if (family === 'single') {
        if (ch === '\u2019' && !isLetterOrDigit(text[i + 1])) close(i, 1, false);
        continue;
      }
      if (ch === '\u2018') {
        if (canOpen(text, i, para.start) && !isSpace(text[i + 1])) nestedSingle = true;
      } else if (ch === '\u2019') {
        if (nestedSingle && !isLetterOrDigit(text[i + 1])) nestedSingle = false;
      } else if (family === 'straight' && ch === '"') {
        close(i, 1, false);
      } else if (family === 'curly' && ch === '\u201D') {
        close(i, 1, false);
      } else if (family === 'guillemet' && ch === '\u00BB') {
        close(i, 1, false);
      } else if (family === 'curly' && ch === '\u201C') {
        // A second opening mark: the first was never closed. Recover here rather than swallow text.
        let end = i;
        while (end > open.mark + 1 && isSpace(text[end - 1])) end--;
        close(end, 0, true);
        open = { family: 'curly', mark: i };
      }
    }
    mark = i;
    // An unclosed straight single mark was an apostrophe after all.
    if (open !== null && open.family === 'straight-single') open = null;
    if (open !== null) {
      const o: { family: Family; mark: number } = open;
      const next = paragraphs[p + 1];
      const runsOn = next !== undefined && OPENERS[text[next.start]] === o.family;
      close(para.end, 0, !runsOn);
      if (runsOn && quotes.length > 0 && quotes[quotes.length - 1].outerStart === o.mark) {
        quotes[quotes.length - 1].continues = true;
        carry = { family: o.family, index: quotes.length - 1 };
      }
    }
  }
  return { quotes, strayMarks };
}
