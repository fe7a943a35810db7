// Bundles the client, the server and the CLI with esbuild. Type-checking is `tsc -p .` (esbuild does not check types).
import * as esbuild from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// esbuild leaves regular expression literals as written, so a '€' in one made the whole bundle
// non-ASCII: Node then reads it into a two-byte string, slower to read and to compile (2-3 ms of
// the server's start). Escaped in production builds only, which have no source map to shift.
const asciiOnly = {
  name: 'ascii-only',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      const file = build.initialOptions.outfile;
      const text = readFileSync(file, 'utf8');
      if (!/[^\x00-\x7f]/.test(text)) return;
      writeFileSync(file, text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => {
        // After an odd number of backslashes the character is escaped already; a \u escape there would not be read as one.
        if (slashes.length % 2 === 1) throw new Error(`${file}: escaped non-ASCII character ${JSON.stringify(c)}`);
        return `${slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      }));
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const base = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  plugins: production ? [asciiOnly] : [],
};

// The built-in glossary stays a JSON file next to the bundles: JSON.parse reads it faster than V8
// parses the same data as JavaScript, and a server that never meets a term never reads it.
const GLOSSARY = './lexicon/glossary.json';
const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js' },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', external: ['vscode', GLOSSARY] },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', external: ['vscode', GLOSSARY] },
];
mkdirSync('dist/lexicon', { recursive: true });
writeFileSync('dist/lexicon/glossary.json', JSON.stringify(JSON.parse(readFileSync('server/src/core/lexicon/glossary.json', 'utf8'))));

// Client integration tests run inside VS Code: bundle them next to the extension (`--tests`).
if (process.argv.includes('--tests')) {
  const { readdirSync } = await import('node:fs');
  const tests = readdirSync('client/src/test').filter((f) => f.endsWith('.test.ts')).map((f) => `client/src/test/${f}`);
  bundles.push(...tests.map((t) => ({ entryPoints: [t], outfile: t.replace('client/src/test/', 'out/client-test/').replace(/\.ts$/, '.js'), external: ['vscode', 'mocha'] })));
}

if (watch) {
  for (const b of bundles) await (await esbuild.context({ ...base, ...b })).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(bundles.map((b) => esbuild.build({ ...base, ...b })));
  await writeServerCodeCache();
}

/**
 * dist/server.cache, the code cache bin/news-language-server.js starts from: this Node runs the
 * server through initialize and shutdown, then keeps what V8 compiled on the way. Made by one-shot
 * builds only; in watch mode the bundle changes and the loader no longer offers the old cache.
 */
async function writeServerCodeCache() {
  const child = spawn(process.execPath, ['bin/news-language-server.js', '--stdio'], {
    env: { ...process.env, NEWS_ANNOTATOR_WRITE_CODE_CACHE: '1' }, stdio: ['pipe', 'ignore', 'inherit'],
  });
  const send = (message) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, workspaceFolders: [] } });
  send({ method: 'initialized', params: {} });
  send({ id: 2, method: 'shutdown' });
  send({ method: 'exit' });
  const timer = setTimeout(() => child.kill(), 30_000);
  const code = await new Promise((resolve, reject) => child.on('exit', resolve).on('error', reject));
  clearTimeout(timer);
  if (code !== 0) throw new Error(`the server exited with ${code} while its code cache was made`);
}
