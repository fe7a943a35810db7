import type { Analysis, Entity, GlossaryEntry, Span } from './types';
import { analyzeDocument } from './segments';
import { splitParagraphs } from './text/paragraphs';
import { splitSentences } from './text/sentences';
import { scanQuotes } from './extractors/quotes';
import { findPeople, linkReferences } from './extractors/people';
import { attributeQuotes } from './extractors/speakers';
import { findDateline } from './extractors/dateline';
import { findDates } from './extractors/dates';
import { compileGlossary, findTerms, type TermMatcher } from './extractors/terms';
import { findSections } from './extractors/sections';

export interface AnalyzeOptions {
  /** A glossary compiled with compileGlossary; the built-in one when absent. */
  glossary?: TermMatcher;
  /** People and quotes only, no dates or terms: what an archive index needs, at about two thirds the cost. */
  peopleAndQuotesOnly?: boolean;
}

/** How one piece of a long document is analysed (see segments.ts). */
export interface SegmentOptions extends AnalyzeOptions {
  /** The document's dateline value when this piece does not start the document. */
  reference?: { dateline: string | null };
  /** People and organizations known from the text before this piece. */
  known?: readonly Entity[];
}

export interface Problem extends Span {
  kind: 'unbalanced-quote' | 'stray-mark' | 'unreadable-dateline';
  message: string;
}

export interface ArticleAnalysis extends Analysis {
  problems: Problem[];
}

let builtIn: TermMatcher | undefined;

let builtInEntries: readonly GlossaryEntry[] | undefined;

/** The built-in glossary's entries, loaded on first use so that starting the server does not wait for them. */
export function builtInGlossary(): readonly GlossaryEntry[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (builtInEntries ??= require('./lexicon/glossary.json') as GlossaryEntry[]);
}

/** The built-in glossary, extended or overridden by the user's entries. */
export function glossaryMatcher(userEntries: readonly GlossaryEntry[] = []): TermMatcher {
  if (userEntries.length === 0) return (builtIn ??= compileGlossary(builtInGlossary()));
  return compileGlossary([...builtInGlossary(), ...userEntries]);
}

/**
 * Text in, annotations out: the whole analysis of one article. Never modifies or keeps the text.
 * Long documents are analysed piece by piece (segments.ts), so the cost stays linear.
 */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  return analyzeDocument(text, options);
}

/** One article, or one piece of a long document, in a single pass. */
export function analyzeSegment(text: string, options: SegmentOptions = {}): ArticleAnalysis {
  const paragraphs = splitParagraphs(text);
  const dateline = options.reference ? null : findDateline(text);
  const reference = options.reference ? options.reference.dateline : dateline?.value ?? null;
  const { quotes: rawQuotes, strayMarks } = scanQuotes(text, paragraphs);
  const sentences = splitSentences(text, paragraphs, rawQuotes);
  const { registry, words } = findPeople(text, sentences, rawQuotes, dateline, options.known);
  linkReferences(text, registry, words);
  const quotes = attributeQuotes(text, rawQuotes, words, registry);
  const dates = options.peopleAndQuotesOnly ? [] : findDates(text, sentences, reference, dateline?.date ?? dateline);
  const terms = options.peopleAndQuotesOnly ? [] : findTerms(text, options.glossary ?? glossaryMatcher());
  const sections = findSections(text, paragraphs, dateline);
  const problems: Problem[] = [];
  for (const q of quotes) {
    if (q.unbalanced) {
      problems.push({ start: q.outerStart, end: q.outerStart + 1, kind: 'unbalanced-quote', message: 'Quotation mark is never closed; the quote was ended at the end of its paragraph.' });
    }
  }
  for (const m of strayMarks) problems.push({ ...m, kind: 'stray-mark', message: 'Closing quotation mark with no opening mark.' });
  if (dateline?.yearInferred && dateline.date) {
    problems.push({ ...dateline.date, kind: 'unreadable-dateline', message: `The dateline gives no year; ${dateline.value!.slice(0, 4)} was taken from the article's text.` });
  }
  if (dateline && dateline.value === null && dateline.date) {
    problems.push({ ...dateline.date, kind: 'unreadable-dateline', message: `The dateline's date "${text.slice(dateline.date.start, dateline.date.end)}" has no year or is not a valid date; relative dates are left unresolved.` });
  }
  problems.sort((a, b) => a.start - b.start);
  // Known people not mentioned in this piece stay with the piece that named them.
  const entities = options.known ? registry.entities.filter((e) => e.mentions.length > 0) : registry.entities;
  return { dateline, entities, quotes, dates, terms, sections, paragraphs, problems };
}
