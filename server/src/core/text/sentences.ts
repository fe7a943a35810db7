import type { Span } from '../types';
import { SPEECH_VERBS } from '../lexicon/words';
import { isLetterCode } from './chars';

const VERBS = [...SPEECH_VERBS].join('|');
/** After a quote ending in ? or !, an attribution still belongs to its sentence: "Why?" Bansal asked. */
// "“Why?” Nadia Benali, a lawmaker from …, asked": an appositive may come between the name and the verb.
const CUE_AFTER = new RegExp(`^\\s+(?:(?:[\\p{Lu}][\\p{L}.'\u2019-]*|the|[\\p{Ll}]+)\\s+){0,4}?(?:${VERBS})\\b|^\\s+(?:he|she|they|it)\\s+(?:${VERBS})\\b|^\\s+(?:[\\p{Lu}][\\p{L}.'\u2019-]*\\s+){1,3}?[\\p{Lu}][\\p{L}.'\u2019-]*,[^,.?!"\u201C\u201D]{1,140},\\s+(?:${VERBS})\\b`, 'u');

export interface Sentence extends Span {
  paragraph: number;
}

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen sen rep gov st adm maj brig cmdr sgt col capt hon jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'inc corp ltd co no vs etc jr sr lt col capt sgt gov fig approx dept est mt ft').split(' '),
);

/**
 * Splits each paragraph into sentences at . ? ! followed by space and a capital, digit or opening
 * mark. Quoted text is opaque (a full stop inside a quote does not end the sentence around it),
 * except that a quote ending in . ? ! ends its sentence when its closing mark is followed by a new
 * sentence. Abbreviations and initials (Mr., Nov., J.P.) do not end sentences.
 */
export function splitSentences(text: string, paragraphs: readonly Span[], quotes: readonly Span[] & readonly { outerStart: number; outerEnd: number }[]): Sentence[] {
  const sentences: Sentence[] = [];
  let q = 0;
  // The next . ? or ! after the scan position, once looked for: positions only move forward, so one pass finds them all.
  let terminal = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let start = para.start;
    let i = para.start;
    while (i < para.end) {
      while (q < quotes.length && quotes[q].outerEnd <= i) q++;
      const quote = q < quotes.length && quotes[q].outerStart <= i ? quotes[q] : undefined;
      if (quote) {
        // Skip over the quote; it may end the sentence with its own final punctuation.
        const after = Math.min(quote.outerEnd, para.end);
        const lastInside = text[quote.end - 1];
        const endsSentence = lastInside === '.' || ((lastInside === '?' || lastInside === '!') && !CUE_AFTER.test(text.slice(after, Math.min(para.end, after + 200))));
        if (quote.outerEnd > quote.end && endsSentence && startsSentence(text, after, para.end)) {
          sentences.push({ start, end: after, paragraph: p });
          start = skipSpace(text, after, para.end);
        }
        i = Math.max(after, i + 1);
        continue;
      }
      const ch = text[i];
      if ((ch === '.' || ch === '?' || ch === '!') && startsSentence(text, i + 1, para.end) && !isAbbreviation(text, i, para.start)) {
        sentences.push({ start, end: i + 1, paragraph: p });
        start = skipSpace(text, i + 1, para.end);
        i = start;
        continue;
      }
      // Plain text up to the next quote or . ? ! needs no look.
      if (terminal <= i) terminal = nextTerminal(text, i + 1);
      i = Math.min(terminal, para.end, q < quotes.length ? quotes[q].outerStart : para.end);
    }
    if (start < para.end) sentences.push({ start, end: para.end, paragraph: p });
  }
  return sentences.some((x) => x.end - x.start > MAX_SENTENCE) ? capLength(text, sentences, quotes) : sentences;
}

/**
 * No real sentence runs past a few hundred words; text with no full stops (a log, a list, a
 * damaged file) is cut into pieces of this size so that nothing read sentence by sentence costs
 * more than linear time. Cuts fall on a space and, where a quote allows, outside it.
 */
const MAX_SENTENCE = 2000;

function capLength(text: string, sentences: readonly Sentence[], quotes: readonly { outerStart: number; outerEnd: number }[]): Sentence[] {
  const out: Sentence[] = [];
  let q = 0;
  for (const sentence of sentences) {
    let start = sentence.start;
    while (sentence.end - start > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
      if (cut <= start) cut = start + MAX_SENTENCE;
      while (q < quotes.length && quotes[q].outerEnd <= cut) q++;
      // Inside a quote: cut before it when that leaves something, else after it.
      if (q < quotes.length && quotes[q].outerStart < cut) cut = quotes[q].outerStart > start ? quotes[q].outerStart : Math.min(quotes[q].outerEnd, sentence.end);
      if (cut >= sentence.end) break;
      out.push({ start, end: cut, paragraph: sentence.paragraph });
      start = skipSpace(text, cut, sentence.end);
    }
    if (start < sentence.end) out.push({ start, end: sentence.end, paragraph: sentence.paragraph });
  }
  return out;
}

const TERMINAL = /[.?!]/g;

/** Index of the first . ? or ! at or after from, or the text's length. */
function nextTerminal(text: string, from: number): number {
  TERMINAL.lastIndex = from;
  const m = TERMINAL.exec(text);
  return m ? m.index : text.length;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i])) i++;
  return i;
}

function startsSentence(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  if (!/\s/.test(text[i])) return false;
  const j = skipSpace(text, i, end);
  if (j >= end) return false;
  return /[\p{Lu}\p{N}"\u201C\u2018\u00AB(]/u.test(text[j]);
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  if (text[dot] !== '.') return false;
  let s = dot;
  // Back over the word before the dot, letters and dots: "Mr", "U.S".
  while (s > floor && (text.charCodeAt(s - 1) === 46 || isLetterCode(text.charCodeAt(s - 1)))) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  // Initials and dotted acronyms: "J.", "J.P.", "U.S."
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
