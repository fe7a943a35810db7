// bin/news-language-server.js starts from dist/server.cache when it was made from this very bundle
// by this Node, and otherwise starts the bundle as it is. Each case runs a copy of bin/ and dist/.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './serverClient';

/** Reports on stderr each vm.Script the loader makes: whether it was offered a cache and whether V8 took it. */
const PROBE = `const vm = require('vm');
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    process.stderr.write('cache ' + (options.cachedData ? (this.cachedDataRejected ? 'rejected' : 'used') : 'none') + '\\n');
  }
};`;

const copies: string[] = [];
after(() => {
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
});

function copy(change?: (dist: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-code-cache-'));
  copies.push(dir);
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.mkdirSync(path.join(dir, 'dist', 'lexicon'), { recursive: true });
  for (const f of ['bin/news-language-server.js', 'dist/server.js', 'dist/server.cache', 'dist/lexicon/glossary.json']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, 'probe.js'), PROBE);
  change?.(path.join(dir, 'dist'));
  return dir;
}

function version(dir: string): { stdout: string; cache: string } {
  const r = spawnSync(process.execPath, ['-r', path.join(dir, 'probe.js'), path.join(dir, 'bin', 'news-language-server.js'), '--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return { stdout: r.stdout, cache: /cache (\w+)/.exec(r.stderr)?.[1] ?? 'not offered' };
}

test('the build leaves a code cache that the standalone server starts from', () => {
  const r = version(copy());
  assert.match(r.stdout, /^news-language-server \d+\.\d+\.\d+\n$/);
  assert.equal(r.cache, 'used');
});

test('a cache made from another bundle is never offered: the bundle starts as it is', () => {
  const r = version(copy((dist) => fs.appendFileSync(path.join(dist, 'server.js'), '\n// rebuilt\n')));
  assert.match(r.stdout, /^news-language-server /);
  assert.equal(r.cache, 'not offered');
});

test('a cache V8 refuses (another Node, other flags, damaged) is compiled past', () => {
  const r = version(copy((dist) => {
    const cache = fs.readFileSync(path.join(dist, 'server.cache'));
    cache.fill(0x55, 20, 120);
    fs.writeFileSync(path.join(dist, 'server.cache'), cache);
  }));
  assert.match(r.stdout, /^news-language-server /);
  assert.equal(r.cache, 'rejected');
});

test('without a cache the standalone server starts as it is', () => {
  const r = version(copy((dist) => fs.rmSync(path.join(dist, 'server.cache'))));
  assert.match(r.stdout, /^news-language-server /);
  assert.equal(r.cache, 'not offered');
});
