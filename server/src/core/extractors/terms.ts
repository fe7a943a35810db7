import type { GlossaryEntry, TermMention } from '../types';
import { tokenize, type Token } from '../text/tokens';

interface Form {
  words: string[];
  caseSensitive: boolean;
  entry: GlossaryEntry;
}

/** A glossary compiled for matching: forms indexed by their first word. */
export interface TermMatcher {
  byFirstWord: Map<string, Form[]>;
  /** Every first word in one case-insensitive alternation: V8 scans it at several hundred MB/s. */
  firstWords: RegExp;
  size: number;
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['\u2019]");

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
  const alternatives = [...byFirstWord.keys()].sort((a, b) => b.length - a.length).map(escape);
  // ASCII word boundaries keep the pattern fast; findTerms checks the neighbours properly.
  // The end is "not followed by a letter or digit" rather than \\b, so that "OPEC+" can end a form.
  const firstWords = new RegExp(`\\b(?:${alternatives.join('|')})(?![A-Za-z0-9])`, 'gi');
  return { byFirstWord, firstWords, size: byTerm.size };
}

/** Every glossary term in the text, longest match first, never overlapping. */
export function findTerms(text: string, matcher: TermMatcher): TermMention[] {
  const terms: TermMention[] = [];
  // One scan for any term's first word; only there are the words after it read and compared.
  const words = matcher.firstWords;
  words.lastIndex = 0;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    const first = m[0];
    const forms = matcher.byFirstWord.get(normalizeApostrophes(first.toLowerCase()));
    if (!forms || LETTER.test(text[m.index - 1] ?? '')) continue;
    const after = m.index + first.length;
    let tokens: Token[] | undefined;
    for (const form of forms) {
      let end: number;
      if (form.words.length === 1) {
        // A one-word form: the match itself, whole (not "tariffing"), possibly possessive.
        const possessive = /^['\u2019]s(?![\p{L}\p{N}])/u.test(text.slice(after, after + 3));
        if (LETTER.test(text[after] ?? '') || (/['\u2019-]/.test(text[after] ?? '') && LETTER.test(text[after + 1] ?? '') && !possessive)) continue;
        if (form.caseSensitive && normalizeApostrophes(first) !== form.words[0]) continue;
        end = after;
      } else {
        if (text[after] !== ' ' && text[after] !== '\u00A0' && text[after] !== '\t') continue;
        tokens ??= tokenize(text, m.index, Math.min(text.length, m.index + forms[0].words.length * 40));
        if (!matches(text, tokens, 0, form)) continue;
        const last = tokens[form.words.length - 1];
        end = /['\u2019]s$/.test(last.text) && !/['\u2019]s$/.test(form.words[form.words.length - 1]) ? last.end - 2 : last.end;
      }
      terms.push({
        start: m.index, end, text: text.slice(m.index, end),
        term: form.entry.term, definition: form.entry.definition, source: form.entry.source ?? 'built-in',
      });
      words.lastIndex = end;
      break;
    }
  }
  return terms;
}

function matches(text: string, tokens: readonly { start: number; end: number; text: string }[], i: number, form: Form): boolean {
  for (let k = 0; k < form.words.length; k++) {
    const t = tokens[i + k];
    if (!t) return false;
    const word = normalizeApostrophes(form.caseSensitive ? t.text : t.text.toLowerCase());
    if (word !== form.words[k] && !(k === form.words.length - 1 && word === `${form.words[k]}'s`)) return false;
    // Words of one term stand on one line, separated by spaces only.
    if (k > 0 && !/^[ \t\u00A0]+$/.test(text.slice(tokens[i + k - 1].end, t.start))) return false;
  }
  return true;
}
