import type { Section, Span } from '../types';

const MAX_HEADLINE_WORDS = 7;

/** A short paragraph of capitalised words with no final full stop: a section headline. */
export function isHeadline(line: string): boolean {
  if (line.length > 70 || /[.,;:!"\u201C\u201D]$/.test(line) || /\n/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > MAX_HEADLINE_WORDS) return false;
  const small = /^(?:a|an|and|as|at|by|for|in|of|on|or|the|to|with|vs\.?)$/;
  return /^\p{Lu}/u.test(words[0]) && words.every((w) => /^[\p{Lu}\p{N}'\u2019(&-]/u.test(w) || small.test(w));
}

/**
 * Splits the article at its headline lines: wire copy puts two or three capitalised words alone
 * between paragraphs ("No Decoupling"). The part before the first headline is a section too.
 */
export function findSections(text: string, paragraphs: readonly Span[], skip: Span | null): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const p of paragraphs) {
    const line = text.slice(p.start, p.end);
    const headline = (!skip || p.end <= skip.start || p.start >= skip.end) && isHeadline(line) && p !== paragraphs[paragraphs.length - 1];
    if (headline) {
      current = { start: p.start, end: p.end, title: line, headline: { start: p.start, end: p.end } };
      sections.push(current);
    } else if (current) {
      current.end = p.end;
    } else {
      current = { start: p.start, end: p.end, title: '', headline: null };
      sections.push(current);
    }
  }
  return sections;
}
