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

type Family = 'straight' | 'curly' | 'guillemet' | 'single';

const OPENERS: Record<string, Family> = { '"': 'straight', '\u201C': 'curly', '\u00AB': 'guillemet', '\u2018': 'single' };

const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);

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

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let open: { family: Family; mark: number } | null = null;
    // Nested single quotes inside a double one, so that their closing ’ is not taken for an apostrophe.
    let nestedSingle = false;
    let continuesFrom = -1;
    const first = text[para.start];
    if (carry && OPENERS[first] === carry.family) continuesFrom = carry.index;
    carry = null;

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

    for (let i = para.start; i < para.end; i++) {
      const ch = text[i];
      if (ch !== '"' && ch !== '\u201C' && ch !== '\u201D' && ch !== '\u00AB' && ch !== '\u00BB' && ch !== '\u2018' && ch !== '\u2019') continue;
      if (open === null) {
        if (ch === '"' || ch === '\u201C' || ch === '\u00AB') {
          if (ch !== '"' || canOpen(text, i, para.start)) open = { family: OPENERS[ch], mark: i };
          else strayMarks.push({ start: i, end: i + 1 });
        } else if (ch === '\u2018') {
          if (canOpen(text, i, para.start) && !isSpace(text[i + 1])) open = { family: 'single', mark: i };
        } else if (ch === '\u201D' || ch === '\u00BB') {
          // Some copy uses ” for both marks: treat it as opening where only an opening mark fits.
          if (ch === '\u201D' && canOpen(text, i, para.start) && isLetterOrDigit(text[i + 1])) open = { family: 'curly', mark: i };
          else strayMarks.push({ start: i, end: i + 1 });
        }
        continue;
      }
      const family: Family = open.family;
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
