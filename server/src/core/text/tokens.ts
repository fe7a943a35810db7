import type { Span } from '../types';

export interface Token extends Span {
  text: string;
}

/** Initials and dotted acronyms ("J.P.", "U.S."), then words with inner apostrophes and hyphens. */
export const WORD = /(?:\p{Lu}\.){2,}|\b(?:Jr|Sr)\.|\p{Lu}\.(?=\s\p{Lu})|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['\u2019\-][\p{L}\p{N}\p{M}]+)*\+?/gu;

/** The words between start and end; a word running past end is cut there. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m !== null && m.index < end; m = WORD.exec(text)) {
    const stop = Math.min(end, m.index + m[0].length);
    tokens.push({ start: m.index, end: stop, text: stop === m.index + m[0].length ? m[0] : text.slice(m.index, stop) });
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
