import type { Span } from '../types';

/**
 * Paragraphs are runs of non-blank lines separated by blank lines, trimmed of surrounding
 * whitespace. A text with hard-wrapped paragraphs and one with one paragraph per line both work.
 */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const lineBreak = /\r\n|\n|\r/g;
  let paraStart = -1;
  let paraEnd = -1;
  let lineStart = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const lineEnd = m ? m.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    if (/\S/.test(line)) {
      const first = lineStart + line.search(/\S/);
      const last = lineStart + line.replace(/\s+$/, '').length;
      if (paraStart < 0) paraStart = first;
      paraEnd = last;
    } else if (paraStart >= 0) {
      paragraphs.push({ start: paraStart, end: paraEnd });
      paraStart = -1;
    }
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  if (paraStart >= 0) paragraphs.push({ start: paraStart, end: paraEnd });
  return paragraphs;
}
