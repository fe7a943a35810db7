import * as fs from 'fs';
import { pathToFileURL } from 'url';
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { analyzeDocument, checkContent, looksLikeArticle, summarize, type ArticleAnalysis } from '../core';

/** An article as the workspace index keeps it: people and quotes with editor positions. */
export interface IndexedArticle {
  uri: string;
  entities: { name: string; kind: string; roles: string[]; range: Range }[];
  quotes: { text: string; key: string; speaker: string | null; range: Range }[];
}

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface IndexJob {
  kind: 'news-index';
  files: string[];
  maxBytes: number;
}

export type IndexReply = { uri: string; article?: IndexedArticle; skipped?: string };

/** Offsets to line/character, by binary search over line starts. */
export function positions(text: string): (offset: number) => { line: number; character: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  };
}

/** The index entry of an analysed text. */
export function toIndexed(uri: string, text: string, analysis: ArticleAnalysis): IndexedArticle {
  const at = positions(text);
  const s = summarize(analysis);
  return {
    uri,
    entities: s.entities.map((e) => ({ name: e.name, kind: e.kind, roles: e.roles, range: { start: at(e.start), end: at(e.end) } })),
    quotes: s.quotes.map((q) => ({ text: q.text, key: q.key, speaker: q.speaker, range: { start: at(q.start), end: at(q.end) } })),
  };
}

/** Reads and analyses one file; anything that is not a readable article is skipped with a reason. */
export function indexFile(file: string, maxBytes: number): IndexReply {
  const uri = pathToFileURL(file).toString();
  try {
    if (fs.statSync(file).size > maxBytes) return { uri, skipped: 'too large' };
    const bytes = fs.readFileSync(file);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!checkContent(text, maxBytes).ok) return { uri, skipped: 'not text' };
    if (!looksLikeArticle(text) && !/[\\/](?:articles|news)[\\/]|\.article\.txt$/i.test(file)) return { uri, skipped: 'not an article' };
    return { uri, article: toIndexed(uri, text, analyzeDocument(text, { peopleAndQuotesOnly: true })) };
  } catch (err) {
    return { uri, skipped: err instanceof Error ? err.message : String(err) };
  }
}

/** The worker side: index a share of the files, reply in batches. Does nothing on the main thread. */
export function runIndexWorker(): boolean {
  const job = workerData as IndexJob | undefined;
  if (isMainThread || !parentPort || job?.kind !== 'news-index') return false;
  let batch: IndexReply[] = [];
  for (const file of job.files) {
    batch.push(indexFile(file, job.maxBytes));
    if (batch.length >= 25) {
      parentPort.postMessage(batch);
      batch = [];
    }
  }
  if (batch.length > 0) parentPort.postMessage(batch);
  return true;
}
