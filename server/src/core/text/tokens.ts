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

export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);

/** "China’s" → "China"; other words unchanged. */
export const stripPossessive = (word: string): string => word.replace(/['\u2019]s$/u, '');

export const isPossessive = (word: string): boolean => /['\u2019]s$/u.test(word);

/** Only spaces (no punctuation or line break) between two offsets. */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\u00A0') return false;
  return true;
}
