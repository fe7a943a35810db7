import type { Span } from '../types';

/**
 * One line read in a single match: its leading space, its text from the first to the last
 * non-space character (absent on a blank line), and its line break ('' on the last line).
 */
const LINE = /([^\S\r\n]*)(\S(?:[^\r\n]*\S)?)?[^\S\r\n]*(\r\n|\n|\r|$)/y;

/**
 * Paragraphs are runs of non-blank lines separated by blank lines, trimmed of surrounding
 * whitespace. A text with hard-wrapped paragraphs and one with one paragraph per line both work.
 */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let paraStart = -1;
  let paraEnd = -1;
  for (let lineStart = 0; ; ) {
    LINE.lastIndex = lineStart;
    const [whole, leading, content, lineBreak] = LINE.exec(text)!;
    if (content !== undefined) {
      const first = lineStart + leading.length;
      if (paraStart < 0) paraStart = first;
      paraEnd = first + content.length;
    } else if (paraStart >= 0) {
      paragraphs.push({ start: paraStart, end: paraEnd });
      paraStart = -1;
    }
    if (lineBreak === '') break;
    lineStart += whole.length;
  }
  if (paraStart >= 0) paragraphs.push({ start: paraStart, end: paraEnd });
  return paragraphs;
}
