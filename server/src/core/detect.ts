/**
 * Cheap checks on raw text, shared by the client (which files are articles) and the server and
 * CLI (which files to refuse).
 */

const SAMPLE = 4096;
const ATTRIBUTION = /["\u201D\u00BB],?\s+(?:\p{Lu}[\p{L}'\u2019-]+\s+){0,3}(?:said|says|told|added)\b|\b(?:said|says|told reporters|according to)\b/u;
const DATELINE = /^(?:[\p{Lu}][\p{Lu}.' /-]{2,40}(?:,\s+[\p{Lu}][\p{L}.]{1,12})?,?\s+(?:[\p{Lu}][a-z]{2,8}\.?\s+\d{1,2},?\s*(?:\d{4})?\s*)?\((?:Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo|Yonhap|dpa|[A-Z][A-Za-z ]{1,20})\)\s*(?:-|--|\u2014|\u2013)|(?:date\s+)?\d{4}-\d{2}-\d{2}\s+\([^)]+\)\s*-|(?:Published|Updated):?\s+\S)/mu;

/** Does the start of this text read like a news article (a dateline, or quotes with attribution)? */
export function looksLikeArticle(text: string): boolean {
  const head = text.slice(0, SAMPLE);
  if (DATELINE.test(head)) return true;
  const quotes = (head.match(/["\u201C\u201D]/g) ?? []).length;
  const attributions = (head.match(new RegExp(ATTRIBUTION.source, 'gu')) ?? []).length;
  return quotes >= 2 && attributions >= 2;
}

export type ContentVerdict = { ok: true } | { ok: false; reason: 'too-large' | 'binary'; message: string };

/** Refuses what analysis should not touch: oversized text and binary content. */
export function checkContent(text: string, maxBytes: number): ContentVerdict {
  if (text.length > maxBytes) {
    return { ok: false, reason: 'too-large', message: `is larger than the ${formatSize(maxBytes)} limit (newsAnnotator.maxFileSizeMB)` };
  }
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return { ok: false, reason: 'binary', message: 'looks binary (contains NUL bytes)' };
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.1) {
    return { ok: false, reason: 'binary', message: 'looks binary (many control or undecodable characters)' };
  }
  return { ok: true };
}

export function formatSize(bytes: number): string {
  return bytes >= 1 << 20 ? `${Math.round(bytes / (1 << 20))} MB` : `${Math.round(bytes / 1024)} KB`;
}
