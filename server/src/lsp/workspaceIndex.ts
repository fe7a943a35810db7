import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { Worker } from 'worker_threads';
import type { Connection } from 'vscode-languageserver';
import { nearIdentical, quoteWords, type WordEdit } from '../core';
import { indexFile, type IndexedArticle, type IndexJob, type IndexReply } from './indexWorker';

/** Folders never worth walking for articles. */
const SKIPPED = new Set(['node_modules', '.git', 'dist', 'out', '.e2e', '.vscode-test']);
const MAX_FILES = 100_000;

export interface Rewording {
  uri: string;
  text: string;
  edits: WordEdit[];
}

/**
 * Every article in the workspace folders, kept as people and quotes: indexed in the background on
 * worker threads (with work-done progress), kept current from open documents and file events.
 * Answers workspace symbols and finds a quote's other appearances, verbatim or reworded.
 */
export class WorkspaceIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly bySpeaker = new Map<string, { uri: string; text: string; words: string[] }[]>();
  /** Resolves when the first full pass is over. */
  ready: Promise<void> = Promise.resolve();

  constructor(private readonly connection: Connection, private readonly log: (m: string) => void, private readonly maxBytes: () => number, private readonly workerScript: string) {}

  get size(): number {
    return this.articles.size;
  }

  /** Walks the folders and indexes every .txt article on worker threads, reporting progress. */
  build(folderUris: readonly string[]): Promise<void> {
    this.ready = this.run(folderUris).catch((err) => this.log(`Workspace index failed: ${err instanceof Error ? err.stack : String(err)}`));
    return this.ready;
  }

  private async run(folderUris: readonly string[]): Promise<void> {
    const files: string[] = [];
    for (const uri of folderUris) {
      try {
        walk(fileURLToPath(uri), files);
      } catch {
        // not a file: folder (virtual workspace): nothing to index
      }
    }
    if (files.length === 0) return;
    const started = Date.now();
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin('Indexing news articles', 0, `0/${files.length}`, false);
    const threads = Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, Math.ceil(files.length / 50)));
    let done = 0;
    await Promise.all(Array.from({ length: threads }, (_, w) => new Promise<void>((resolve) => {
      const share = files.filter((_, i) => i % threads === w);
      const worker = new Worker(this.workerScript, { workerData: { kind: 'news-index', files: share, maxBytes: this.maxBytes() } satisfies IndexJob });
      worker.on('message', (replies: IndexReply[]) => {
        for (const r of replies) if (r.article) this.put(r.article);
        done += replies.length;
        progress.report(Math.round((done / files.length) * 100), `${done}/${files.length}`);
      });
      worker.on('error', (err) => this.log(`Index worker failed: ${String(err)}`));
      worker.on('exit', () => resolve());
    })));
    progress.done();
    this.log(`Indexed ${this.articles.size} articles of ${files.length} .txt files in ${Date.now() - started} ms`);
  }

  /** Adds or replaces one article (from a worker, a file event or an open document). */
  put(article: IndexedArticle): void {
    this.remove(article.uri);
    this.articles.set(article.uri, article);
    for (const q of article.quotes) {
      if (!q.key) continue;
      let uris = this.byKey.get(q.key);
      if (!uris) this.byKey.set(q.key, (uris = new Set()));
      uris.add(article.uri);
      if (q.speaker) {
        const key = q.speaker.toLowerCase();
        let list = this.bySpeaker.get(key);
        if (!list) this.bySpeaker.set(key, (list = []));
        list.push({ uri: article.uri, text: q.text, words: q.key.split(' ') });
      }
    }
  }

  remove(uri: string): void {
    const old = this.articles.get(uri);
    if (!old) return;
    this.articles.delete(uri);
    for (const q of old.quotes) {
      this.byKey.get(q.key)?.delete(uri);
      if (q.speaker) {
        const list = this.bySpeaker.get(q.speaker.toLowerCase());
        if (list) this.bySpeaker.set(q.speaker.toLowerCase(), list.filter((x) => x.uri !== uri));
      }
    }
  }

  /** Other articles that carry the same quote, word for word. */
  alsoIn(text: string, uri: string): string[] {
    return [...(this.byKey.get(quoteWords(text).join(' ')) ?? [])].filter((u) => u !== uri);
  }

  /** The same speaker quoted with near-identical but different words elsewhere. */
  rewordings(speaker: string, text: string, uri: string): Rewording[] {
    const words = quoteWords(text);
    const out: Rewording[] = [];
    for (const other of this.bySpeaker.get(speaker.toLowerCase()) ?? []) {
      if (other.uri === uri) continue;
      const edits = nearIdentical(words, other.words);
      if (edits) out.push({ uri: other.uri, text: other.text, edits });
      if (out.length >= 5) break;
    }
    return out;
  }

  all(): IterableIterator<IndexedArticle> {
    return this.articles.values();
  }

  /** Re-indexes one file after a change on disk. */
  refresh(uri: string, deleted: boolean): void {
    if (deleted) return void this.remove(uri);
    const reply = indexFile(fileURLToPath(uri), this.maxBytes());
    if (reply.article) this.put(reply.article);
    else this.remove(uri);
  }
}

function walk(dir: string, into: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (into.length >= MAX_FILES) return;
    if (e.isDirectory()) {
      if (!SKIPPED.has(e.name) && !e.name.startsWith('.')) walk(path.join(dir, e.name), into);
    } else if (e.isFile() && e.name.toLowerCase().endsWith('.txt')) into.push(path.join(dir, e.name));
  }
}

export const fileUri = (file: string): string => pathToFileURL(file).toString();
