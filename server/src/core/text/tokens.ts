import type { Span } from '../types';

export interface Token extends Span {
  text: string;
}

/** Initials and dotted acronyms ("J.P.", "U.S."), then words with inner apostrophes and hyphens. */
export const WORD = /(?:\p{Lu}\.){2,}|\b(?:Jr|Sr)\.|\p{Lu}\.(?=\s\p{Lu})|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['\u2019\-][\p{L}\p{N}\p{M}]+)*\+?/gu;

/** The words between start and end; a word running past end is cut there. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  // The search runs over the span alone: over the whole text, a span with no word in it would
  // send it on to the next word wherever that is (in a text of marks only, the end of the text).
  const span = start === 0 && end >= text.length ? text : text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(span); m !== null; m = WORD.exec(span)) {
    tokens.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  }
  return tokens;
}

/** Starts with a capital letter (ASCII checked without a regular expression: most words are). */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** Ends in 's or ’s. */
export function isPossessive(word: string): boolean {
  const n = word.length;
  return n > 2 && word[n - 1] === 's' && (word[n - 2] === "'" || word[n - 2] === '\u2019');
}

/** "China’s" → "China"; other words unchanged. */
export const stripPossessive = (word: string): string => (isPossessive(word) ? word.slice(0, -2) : word);

/** Only spaces (no punctuation or line break) between two offsets. */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\u00A0') return false;
  return true;
}
