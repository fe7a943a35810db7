import * as os from 'os';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { analyzeArticle, glossaryMatcher, toJson, type GlossaryEntry } from '../core';

/** What a worker is told: the files to annotate (with their place in the run) and how. */
interface Job {
  files: { index: number; file: string }[];
  maxBytes: number;
  glossary: GlossaryEntry[];
}

type Reply = { index: number; line?: string; error?: string };

export type ReadArticle = (file: string, maxBytes: number) => string;

/**
 * Annotates many files on every core: workers take interleaved shares of the list and send one
 * JSON line (or one error) per file; the main thread writes lines in input order as they become
 * ready, with a progress bar on stderr when it is a terminal. A bad file never stops the run.
 */
export async function runBatch(
  files: readonly string[], maxBytes: number, glossary: GlossaryEntry[], read: ReadArticle,
  out: (s: string) => void, err: (s: string) => void, workerScript: string,
): Promise<number> {
  const threads = Math.max(1, Math.min(files.length >> 3, os.availableParallelism?.() ?? os.cpus().length));
  const pending = new Map<number, Reply>();
  let next = 0;
  let failed = 0;
  const progress = process.stderr.isTTY ? new Progress(files.length) : undefined;
  const deliver = (reply: Reply): void => {
    pending.set(reply.index, reply);
    while (pending.has(next)) {
      const r = pending.get(next)!;
      pending.delete(next);
      if (r.line !== undefined) out(r.line + '\n');
      else {
        failed++;
        progress?.clear();
        err(`news-annotate: ${files[r.index]}: ${r.error}\n`);
      }
      next++;
      progress?.update(next);
    }
  };
  if (threads === 1) {
    for (let index = 0; index < files.length; index++) deliver(annotate(index, files[index], maxBytes, glossary, read));
  } else {
    await Promise.all(Array.from({ length: threads }, (_, w) => new Promise<void>((resolve, reject) => {
      const share = files.map((file, index) => ({ index, file })).filter((f) => f.index % threads === w);
      const worker = new Worker(workerScript, { workerData: { files: share, maxBytes, glossary } satisfies Job });
      worker.on('message', (batch: Reply[]) => batch.forEach(deliver));
      worker.on('error', reject);
      worker.on('exit', () => resolve());
    })));
  }
  progress?.clear();
  return failed;
}

let compiled: { entries: GlossaryEntry[]; matcher: ReturnType<typeof glossaryMatcher> } | undefined;

function annotate(index: number, file: string, maxBytes: number, glossary: GlossaryEntry[], read: ReadArticle): Reply {
  try {
    const text = read(file, maxBytes);
    if (compiled?.entries !== glossary) compiled = { entries: glossary, matcher: glossaryMatcher(glossary) };
    const matcher = compiled.matcher;
    return { index, line: JSON.stringify(toJson(analyzeArticle(text, { glossary: matcher }), file)) };
  } catch (e) {
    return { index, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The worker side: annotate the share, reply in small batches. */
export function workerMain(read: ReadArticle): void {
  if (isMainThread || !parentPort) return;
  const job = workerData as Job;
  let batch: Reply[] = [];
  for (const { index, file } of job.files) {
    batch.push(annotate(index, file, job.maxBytes, job.glossary, read));
    if (batch.length >= 32) {
      parentPort.postMessage(batch);
      batch = [];
    }
  }
  if (batch.length > 0) parentPort.postMessage(batch);
}

class Progress {
  private lastDraw = 0;
  constructor(private readonly total: number) {}

  update(done: number): void {
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < this.total) return;
    this.lastDraw = now;
    const width = 30;
    const filled = Math.round((done / this.total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total}`);
  }

  clear(): void {
    process.stderr.write('\r\x1b[K');
  }
}
