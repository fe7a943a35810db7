/** The analysis core: plain TypeScript, no editor or protocol imports. Text in, annotations out. */
export * from './types';
export { analyzeArticle, glossaryMatcher, builtInGlossary, type ArticleAnalysis, type AnalyzeOptions, type Problem } from './analyze';
export { toJson, type ArticleJson } from './contract';
export { looksLikeArticle, checkContent, formatSize, type ContentVerdict } from './detect';
export { compileGlossary, type TermMatcher } from './extractors/terms';
export { parseGlossary, type GlossaryParse } from './glossary';
export { indexArticle, targetAt, type ArticleIndex, type Target } from './lookup';
export { analyzeDocument, SegmentCache, cutPieces } from './segments';
export { summarize, quoteWords, nearIdentical, type ArticleSummary as ArchivedArticle, type WordEdit } from './archive';
