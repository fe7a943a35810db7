import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'news-annotate.js');
const SAMPLES = path.join(ROOT, 'samples');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-cli-'));

const articles = fs.readdirSync(SAMPLES).filter((f) => !/LICENSE|log/.test(f));

test('--json prints the schema-1 contract for every sample, offsets into the file text', () => {
  for (const f of articles) {
    const file = path.join('samples', f);
    const r = run('--json', file);
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(json), ['schema', 'file', 'dateline', 'entities', 'quotes', 'dates', 'terms']);
    assert.equal(json.schema, 1);
    assert.equal(json.file, file);
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    assert.ok(json.quotes.length > 3, `${f} has quotes`);
    for (const q of json.quotes) assert.equal(text.slice(q.start, q.end), q.text);
    for (const d of json.dates) assert.equal(text.slice(d.start, d.end), d.text);
    for (const t of json.terms) assert.equal(text.slice(t.start, t.end), t.text);
    const ids = new Set(json.entities.map((e: { id: string }) => e.id));
    for (const q of json.quotes) assert.ok(q.speaker === null || ids.has(q.speaker));
    for (const e of json.entities) assert.ok(['person', 'organization', 'group'].includes(e.kind));
  }
});

test('the summary names speakers and roles', () => {
  const r = run(path.join('samples', 'us-china-trade-talks.txt'));
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Quotes \(\d+\):/);
  assert.match(r.stdout, /He Lifeng \[person\] — Chinese Vice Premier/);
});

test('several files: an array; a missing one is reported on stderr and the rest still printed', () => {
  const ok = run('--json', 'samples/kenya-central-bank-rate-cut.txt', 'samples/tanker-network-sanctions.txt');
  assert.equal(JSON.parse(ok.stdout).length, 2);
  const r = run('--json', 'samples/kenya-central-bank-rate-cut.txt', 'no/such/file.txt');
  assert.equal(r.status, 1);
  assert.equal(r.stderr, 'news-annotate: no/such/file.txt: no such file\n');
  assert.equal(JSON.parse(r.stdout).length, 1);
});

test('bad input: a directory, invalid UTF-8, a binary file: one line each, exit 1, nothing on stdout', () => {
  const bad = path.join(tmp, 'latin1.txt');
  fs.writeFileSync(bad, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x22, 0x6f, 0x6b, 0x22]));
  const bin = path.join(tmp, 'image.txt');
  fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  for (const [file, message] of [[SAMPLES, /is a directory/], [bad, /is not valid UTF-8/], [bin, /looks binary/]] as const) {
    const r = run('--json', file);
    assert.equal(r.status, 1, String(file));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.doesNotMatch(r.stderr, /at .*\.js/);
  }
});

test('a file over --max-size is refused', () => {
  const r = run('--json', '--max-size', '0.001', 'samples/kenya-central-bank-rate-cut.txt');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /is larger than the/);
});

test('--articles-only skips a licence and a log with a note, and annotates the articles', () => {
  const r = run('--articles-only', 'samples/LICENSE-notes.txt', 'samples/kenya-central-bank-rate-cut.txt');
  assert.equal(r.status, 0);
  assert.match(r.stderr, /LICENSE-notes\.txt: skipped, does not read like an article/);
  assert.match(r.stdout, /== samples\/kenya-central-bank-rate-cut\.txt/);
  assert.doesNotMatch(r.stdout, /LICENSE/);
});

test('usage errors exit 2', () => {
  assert.equal(run().status, 2);
  assert.equal(run('--bogus', 'x').status, 2);
  const g = path.join(tmp, 'glossary.json');
  fs.writeFileSync(g, '{ not json');
  const r = run('--glossary', g, 'samples/kenya-central-bank-rate-cut.txt');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /not valid JSON/);
});

test('--jsonl walks a folder and prints one object per article', () => {
  const r = run('--jsonl', 'samples');
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).length);
  assert.ok(lines.every((l) => l.schema === 1));
});

test('CRLF and a BOM: offsets are UTF-16 units into the text without the BOM', () => {
  const text = 'PARIS, May 2, 2025 (AFP) - \u{1F4F0} Minister Ana Ruiz spoke.\r\n\r\n"We are ready," Ruiz said.\r\n';
  const file = path.join(tmp, 'crlf.txt');
  fs.writeFileSync(file, '\uFEFF' + text);
  const json = JSON.parse(run('--json', file).stdout);
  assert.equal(json.quotes.length, 1);
  assert.equal(text.slice(json.quotes[0].start, json.quotes[0].end), 'We are ready,');
  const ruiz = json.entities.find((e: { name: string }) => e.name === 'Ana Ruiz');
  assert.deepEqual(ruiz.mentions.map((m: { start: number; end: number }) => text.slice(m.start, m.end)), ['Ana Ruiz', 'Ruiz']);
});
