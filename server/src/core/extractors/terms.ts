import type { GlossaryEntry, TermMention } from '../types';
import { tokenize, WORD } from '../text/tokens';

interface Form {
  words: string[];
  caseSensitive: boolean;
  entry: GlossaryEntry;
}

/** A glossary compiled for matching: forms indexed by their first word. */
export interface TermMatcher {
  byFirstWord: Map<string, Form[]>;
  size: number;
}


const normalizeApostrophes = (s: string): string => (s.includes('\u2019') ? s.replace(/\u2019/g, "'") : s);

/**
 * Compiles glossary entries; later entries override earlier ones with the same term, so user
 * entries placed after the built-in ones win. Forms with capitals (acronyms, "Fed") match case
 * exactly; lowercase forms match any case.
 */
export function compileGlossary(entries: readonly GlossaryEntry[]): TermMatcher {
  const byTerm = new Map<string, GlossaryEntry>();
  for (const e of entries) byTerm.set(e.term.toLowerCase(), e);
  const byFirstWord = new Map<string, Form[]>();
  const seen = new Set<string>();
  for (const entry of byTerm.values()) {
    for (const surface of [entry.term, ...(entry.variants ?? [])]) {
      // Acronyms and one-word names ("WTO", "G-20", "Fed") match case exactly; lowercase forms and
      // multi-word names ("Entity List" = "entity list") match any case.
      const parts = surface.split(/\s+/);
      const caseSensitive = parts.some((w) => /\p{Lu}.*[\p{Lu}\d]/u.test(w)) || (parts.length === 1 && /^\p{Lu}/u.test(surface));
      const words = tokenize(surface, 0, surface.length).map((t) => normalizeApostrophes(caseSensitive ? t.text : t.text.toLowerCase()));
      if (words.length === 0) continue;
      const key = (caseSensitive ? 'C:' : 'i:') + words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const first = words[0].toLowerCase();
      const list = byFirstWord.get(first) ?? [];
      list.push({ words, caseSensitive, entry });
      // Longest forms first, so "retaliatory tariffs" beats "tariffs".
      list.sort((a, b) => b.words.length - a.words.length);
      byFirstWord.set(first, list);
    }
  }
  return { byFirstWord, size: byTerm.size };
}

/** Words of the text, read in one pass; and the word after a run of spaces, read in place. */
const SCAN = new RegExp(WORD.source, 'gu');
const NEXT = new RegExp(`[ \\t\\u00A0]+(${WORD.source})`, 'uy');

/**
 * Every glossary term in the text, longest form first, never overlapping. Each word is looked up
 * by its lowercase form; only a word that starts some term is compared further, word by word, so
 * the cost does not grow with the size of the glossary.
 */
export function findTerms(text: string, matcher: TermMatcher): TermMention[] {
  const terms: TermMention[] = [];
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m !== null; m = SCAN.exec(text)) {
    const key = normalizeApostrophes(m[0].toLowerCase());
    // "the IMF's programme": a possessive still names the term.
    const forms = matcher.byFirstWord.get(key) ?? (key.endsWith("'s") ? matcher.byFirstWord.get(key.slice(0, -2)) : undefined);
    if (!forms) continue;
    for (const form of forms) {
      const end = matchForm(text, m.index, m[0], form);
      if (end < 0) continue;
      terms.push({
        start: m.index, end, text: text.slice(m.index, end),
        term: form.entry.term, definition: form.entry.definition, source: form.entry.source ?? 'built-in',
      });
      SCAN.lastIndex = end;
      break;
    }
  }
  return terms;
}

/** End of the form when the text at start spells it (a final possessive 's left out), or -1. */
function matchForm(text: string, start: number, first: string, form: Form): number {
  const last = form.words.length - 1;
  let end = start + first.length;
  let word = first;
  for (let k = 0; ; k++) {
    const norm = normalizeApostrophes(form.caseSensitive ? word : word.toLowerCase());
    if (norm !== form.words[k]) {
      if (k === last && norm === `${form.words[k]}'s`) return end - 2;
      return -1;
    }
    if (k === last) return end;
    NEXT.lastIndex = end;
    const next = NEXT.exec(text);
    if (!next) return -1;
    word = next[1];
    end = next.index + next[0].length;
  }
}
