/**
 * Character tests on UTF-16 code units, for loops that look at text one character at a time
 * without a regular expression per character.
 */

const LETTER = /\p{L}/u;

/** A letter in any script, as \p{L} sees a single UTF-16 code unit; ASCII is answered without a regular expression. */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCharCode(c));
}
