#!/usr/bin/env node
/**
 * news-annotate: the analysis as text or JSON, over the same core as the language server.
 *
 * Exit codes: 0 every file analysed; 1 at least one file could not be read or was refused
 * (missing, a directory, unreadable, invalid UTF-8, binary, too large; the others are still
 * printed); 2 bad usage or a bad --glossary file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle, checkContent, glossaryMatcher, looksLikeArticle, parseGlossary, toJson, type ArticleAnalysis, type GlossaryEntry, type TermMatcher } from './core';
import { formatSummary } from './cli/summary';
import { runBatch, workerMain } from './cli/batch';

const USAGE = `Usage: news-annotate [--json | --jsonl] [--glossary FILE] [--max-size MB] FILE|DIR...

  (default)        a readable summary per article: quotes with speakers, people with roles, dates, terms
  --json           one JSON object per file (schema 1, see README); an array when several files are given
  --jsonl          one JSON object per line; directories are searched for .txt files
  --glossary FILE  extra policy terms: a JSON array of { "term", "definition", "variants"? }
  --max-size MB    refuse files larger than this (default 10)
  --articles-only  skip files whose first lines do not read like an article (no dateline, no attributed quotes)

Exit codes: 0 all files analysed; 1 some file could not be analysed; 2 bad usage.`;

export class FileError extends Error {}

/** Reads a file as the editor would: UTF-8, BOM dropped; refuses what is not text. */
export function readArticle(file: string, maxBytes: number): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(err)})`);
  }
  if (stat.isDirectory()) throw new FileError('is a directory (use --jsonl to annotate a folder)');
  if (stat.size > maxBytes) throw new FileError(`is larger than the ${Math.round(maxBytes / (1 << 20))} MB limit (--max-size)`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileError(code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(err)})`);
  }
  if (bytes.includes(0)) throw new FileError('looks binary (contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileError('is not valid UTF-8');
  }
  const verdict = checkContent(text, maxBytes);
  if (!verdict.ok) throw new FileError(verdict.message);
  return text;
}

/** --articles-only: the cheap check the editor uses, on the first KB of the file. */
function isArticleFile(file: string, err: (s: string) => void): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(4096);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    fs.closeSync(fd);
    if (looksLikeArticle(head.subarray(0, n).toString('utf8'))) return true;
    err(`news-annotate: ${file}: skipped, does not read like an article\n`);
    return false;
  } catch {
    return true; // let the normal reading report the problem
  }
}

function listFiles(arg: string, recurse: boolean): string[] {
  if (!recurse) return [arg];
  try {
    if (!fs.statSync(arg).isDirectory()) return [arg];
  } catch {
    return [arg];
  }
  const out: string[] = [];
  for (const entry of fs.readdirSync(arg, { withFileTypes: true })) {
    const full = path.join(arg, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, true));
    else if (entry.name.endsWith('.txt')) out.push(full);
  }
  return out.sort();
}

interface Options {
  mode: 'summary' | 'json' | 'jsonl';
  articlesOnly: boolean;
  maxBytes: number;
  glossary: TermMatcher;
  glossaryEntries: GlossaryEntry[];
  files: string[];
}

function parseArgs(argv: string[]): Options | string {
  let mode: Options['mode'] = 'summary';
  let articlesOnly = false;
  let maxBytes = 10 * 1024 * 1024;
  let glossaryFile: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') mode = 'json';
    else if (a === '--jsonl') mode = 'jsonl';
    else if (a === '--articles-only') articlesOnly = true;
    else if (a === '--glossary') glossaryFile = argv[++i];
    else if (a === '--max-size') {
      const mb = Number(argv[++i]);
      if (!(mb > 0)) return '--max-size needs a positive number of megabytes';
      maxBytes = mb * 1024 * 1024;
    } else if (a === '--') files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else files.push(a);
  }
  if (files.length === 0) return 'no files given';
  let glossary = glossaryMatcher();
  let glossaryEntries: GlossaryEntry[] = [];
  if (glossaryFile !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(glossaryFile, 'utf8'));
    } catch (err) {
      return `${glossaryFile}: ${err instanceof SyntaxError ? `not valid JSON (${err.message})` : 'cannot be read'}`;
    }
    const parsed = parseGlossary(json, glossaryFile);
    if (parsed.errors.length > 0) return parsed.errors.join('\n');
    glossary = glossaryMatcher(parsed.entries);
    glossaryEntries = parsed.entries;
  }
  return { mode, articlesOnly, maxBytes, glossary, glossaryEntries, files };
}

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    out(USAGE + '\n');
    return 0;
  }
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    err(`news-annotate: ${options}\n${USAGE}\n`);
    return 2;
  }
  let failed = 0;
  const results: { file: string; analysis: ArticleAnalysis; text: string }[] = [];
  const all = options.files.flatMap((f) => listFiles(f, options.mode === 'jsonl'));
  const files = options.articlesOnly ? all.filter((f) => isArticleFile(f, err)) : all;
  if (options.mode === 'jsonl') {
    failed = await runBatch(files, options.maxBytes, options.glossaryEntries, readArticle, out, err, __filename);
    return failed > 0 ? 1 : 0;
  }
  for (const file of files) {
    let text: string;
    try {
      text = readArticle(file, options.maxBytes);
    } catch (e) {
      failed++;
      err(`news-annotate: ${file}: ${e instanceof FileError ? e.message : String(e)}\n`);
      continue;
    }
    const analysis = analyzeArticle(text, { glossary: options.glossary });
    if (options.mode === 'summary') out(formatSummary(file, text, analysis) + '\n');
    else results.push({ file, analysis, text });
  }
  if (options.mode === 'json' && results.length > 0) {
    const objects = results.map((r) => toJson(r.analysis, r.file));
    out(JSON.stringify(objects.length === 1 && options.files.length === 1 ? objects[0] : objects, null, 2) + '\n');
  }
  return failed > 0 ? 1 : 0;
}

/** Entry for bin/news-annotate.js. */
export function run(): void {
  void main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then((code) => {
    process.exitCode = code;
  });
}

// Loaded as a batch worker (worker_threads), this module annotates its share and exits.
workerMain(readArticle);
