import type { GlossaryEntry, TermMention } from '../types';
import { tokenize, WORD } from '../text/tokens';

interface Form {
  words: string[];
  caseSensitive: boolean;
  entry: GlossaryEntry;
}

/** A glossary compiled for matching: a trie of lowercase words, each node holding the forms that end there. */
export interface TermMatcher {
  root: TrieNode;
  /** Which beginnings (three letters and a length) start some term: most words of a text are turned away here, before any lookup. */
  starts: Uint8Array;
  size: number;
}

/** A word's first three letters folded to lowercase, and its length, as an index into TermMatcher.starts; 0 for any other beginning. */
function startKey(word: string): number {
  let key = Math.min(word.length, 15);
  for (let i = 0; i < 3; i++) {
    const c = word.charCodeAt(i) | 0x20;
    // Past the word's end, or an apostrophe or hyphen: a letter slot of its own.
    if (i >= word.length) key = key * 28 + 27;
    else if (c >= 97 && c <= 122) key = key * 28 + (c - 96);
    else return 0;
  }
  return key;
}
const START_KEYS = 16 * 28 * 28 * 28;

/** startKey of the ASCII word text[start, end), read in place. */
function startKeyAt(text: string, start: number, end: number): number {
  const length = end - start;
  let key = Math.min(length, 15);
  for (let i = 0; i < 3; i++) {
    if (i >= length) {
      key = key * 28 + 27;
      continue;
    }
    const c = text.charCodeAt(start + i) | 0x20;
    if (c >= 97 && c <= 122) key = key * 28 + (c - 96);
    else return 0;
  }
  return key;
}

interface TrieNode {
  children?: Map<string, TrieNode>;
  /** Forms spelled by the path to this node, in glossary order. */
  forms?: Form[];
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
  const root: TrieNode = {};
  const starts = new Uint8Array(START_KEYS);
  // Words that begin with anything but three ASCII letters are always looked up.
  starts[0] = 1;
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
      let node = root;
      for (const w of words) {
        const lower = w.toLowerCase();
        node.children ??= new Map();
        let child = node.children.get(lower);
        if (!child) node.children.set(lower, (child = {}));
        node = child;
      }
      (node.forms ??= []).push({ words, caseSensitive, entry });
      // A possessive ("the IMF's programme") still names the term.
      starts[startKey(words[0])] = starts[startKey(`${words[0]}'s`)] = 1;
    }
  }
  return { root, starts, size: byTerm.size };
}

/** Words of the text where the in-place reading cannot tell (non-ASCII, dots, apostrophes, hyphens); and the word after a run of spaces, read in place. */
const SCAN = new RegExp(WORD.source, 'gu');

/** The first word at or after from, as the tokenizer reads it. */
function wordAt(text: string, from: number): RegExpExecArray | null {
  SCAN.lastIndex = from;
  return SCAN.exec(text);
}

const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const NEXT = new RegExp(`[ \\t\\u00A0]+(${WORD.source})`, 'uy');

/**
 * Every glossary term in the text, longest form first, never overlapping. Each word is looked up
 * once in the trie by its lowercase form and the next word is read only while some longer form
 * could still match, so the cost does not grow with the size of the glossary.
 */
export function findTerms(text: string, matcher: TermMatcher): TermMention[] {
  const terms: TermMention[] = [];
  const root = matcher.root.children;
  if (!root) return terms;
  const words: string[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c < 128 && !isAsciiAlnum(c)) {
      i++;
      continue;
    }
    // Most words are plain ASCII followed by a space or punctuation: their extent and their
    // beginning's key are read in place, and a word that starts no term costs no allocation.
    let start = i;
    let word: string;
    if (c < 128) {
      let q = i + 1;
      while (q < n && isAsciiAlnum(text.charCodeAt(q))) q++;
      const after = q < n ? text.charCodeAt(q) : 32;
      if (after < 128 && after !== 46 && after !== 39 && after !== 45 && after !== 43) {
        i = q;
        if (matcher.starts[startKeyAt(text, start, q)] === 0) continue;
        word = text.slice(start, q);
      } else {
        const m = wordAt(text, start);
        if (!m) break;
        start = m.index;
        word = m[0];
        i = start + word.length;
        if (matcher.starts[startKey(word)] === 0) continue;
      }
    } else {
      const m = wordAt(text, start);
      if (!m) break;
      start = m.index;
      word = m[0];
      i = start + word.length;
      if (matcher.starts[startKey(word)] === 0) continue;
    }
    const first = normalizeApostrophes(word);
    const lower = first.toLowerCase();
    // Most words start no term: one lookup, and a possessive ("the IMF's programme") a second.
    if (!root.has(lower) && !(lower.endsWith("'s") && root.has(lower.slice(0, -2)))) continue;
    const match = longestForm(text, i, first, matcher.root, words);
    if (!match) continue;
    const { form, end } = match;
    terms.push({
      start, end, text: text.slice(start, end),
      term: form.entry.term, definition: form.entry.definition, source: form.entry.source ?? 'built-in',
    });
    i = end;
  }
  return terms;
}

/** The longest form spelled from the word ending at wordEnd onwards (a final possessive 's left out). */
function longestForm(text: string, wordEnd: number, word: string, node: TrieNode, words: string[]): { form: Form; end: number } | undefined {
  words.length = 0;
  let best: { form: Form; end: number } | undefined;
  for (;;) {
    const lower = word.toLowerCase();
    if (lower.endsWith("'s")) {
      const base = node.children?.get(lower.slice(0, -2));
      const form = base?.forms && formSpelled(base.forms, words, word.slice(0, -2));
      if (form) best = { form, end: wordEnd - 2 };
    }
    const child = node.children?.get(lower);
    if (!child) return best;
    node = child;
    if (node.forms) {
      const form = formSpelled(node.forms, words, word);
      if (form) best = { form, end: wordEnd };
    }
    if (!node.children) return best;
    words.push(word);
    const next = wordAfterSpaces(text, wordEnd);
    if (next === undefined) return best;
    word = normalizeApostrophes(next);
    wordEnd = nextEnd;
  }
}

/** Where the word last read by wordAfterSpaces ends. */
let nextEnd = 0;

/** The word right after a run of spaces at from (NEXT), read in place when it is plain ASCII; its end goes to nextEnd. */
function wordAfterSpaces(text: string, from: number): string | undefined {
  const n = text.length;
  let p = from;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9 && c !== 0xa0) break;
    p++;
  }
  if (p === from || p === n) return undefined;
  const c = text.charCodeAt(p);
  if (c < 128) {
    if (!isAsciiAlnum(c)) return undefined;
    let q = p + 1;
    while (q < n && isAsciiAlnum(text.charCodeAt(q))) q++;
    const after = q < n ? text.charCodeAt(q) : 32;
    if (after < 128 && after !== 46 && after !== 39 && after !== 45 && after !== 43) {
      nextEnd = q;
      return text.slice(p, q);
    }
  }
  NEXT.lastIndex = from;
  const next = NEXT.exec(text);
  if (!next) return undefined;
  nextEnd = next.index + next[0].length;
  return next[1];
}

/** The first form whose words the text spells exactly where case matters (earlier words, then the last one). */
function formSpelled(forms: readonly Form[], words: readonly string[], last: string): Form | undefined {
  for (const form of forms) {
    if (!form.caseSensitive) return form;
    let same = form.words[words.length] === last;
    for (let k = 0; same && k < words.length; k++) same = form.words[k] === words[k];
    if (same) return form;
  }
  return undefined;
}
