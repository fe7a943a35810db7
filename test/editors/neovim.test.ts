// The standalone server (bin/news-language-server.js --stdio) driven by Neovim's built-in LSP
// client, headless: hover on a later surname and the document symbols, as a Neovim user gets them.
// Skipped, never failed, when `nvim` is not installed. Uses only APIs that Neovim 0.7 has
// (Debian bookworm ships 0.7.2): vim.lsp.start_client, buf_attach_client, buf_request_sync.
// Builds nothing: `npm test` builds the bin before it runs the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'bin', 'news-language-server.js');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'trade-talks.txt');

/** The installed Neovim's version, or why it cannot be used. */
function neovim(): { version: string } | { skip: string } {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return { skip: 'nvim is not installed (apt-get install neovim): the Neovim LSP test is skipped' };
  const m = /NVIM v(\d+)\.(\d+)\.(\d+)/.exec(r.stdout);
  if (!m) return { skip: `cannot read the Neovim version from \`nvim --version\`: ${r.stdout.split('\n')[0]}` };
  if (Number(m[1]) === 0 && Number(m[2]) < 7) return { skip: `Neovim ${m[0]} is older than 0.7 (needs vim.api.nvim_create_autocmd): the Neovim LSP test is skipped` };
  return { version: m[0] };
}

// Reads its inputs from the environment; writes { hover, symbols } (or { error }) as JSON.
const INIT_LUA = String.raw`
local env = vim.env
local out = env.NEWS_NVIM_OUT
local function write(tbl)
  local ok, json = pcall(vim.fn.json_encode, tbl)
  if not ok then json = vim.fn.json_encode({ error = 'cannot encode the results: ' .. tostring(json) }) end
  vim.fn.writefile({ json }, out)
end

local function run()
  local initialized = false
  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'news',
    cmd = { env.NEWS_NVIM_NODE, env.NEWS_NVIM_SERVER, '--stdio' },
    root_dir = env.NEWS_NVIM_DIR,
    on_init = function() initialized = true end,
    on_exit = function(code, signal) exited = 'code ' .. tostring(code) .. ', signal ' .. tostring(signal) end,
  })
  if not client_id then error('vim.lsp.start_client did not start the server') end

  -- The server is for filetype text (.txt), attached when the buffer gets that filetype.
  local attached_by_filetype = false
  vim.api.nvim_create_autocmd('FileType', {
    pattern = 'text',
    callback = function(args)
      attached_by_filetype = true
      vim.lsp.buf_attach_client(args.buf, client_id)
    end,
  })
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.fnameescape(env.NEWS_NVIM_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  if vim.bo[bufnr].filetype ~= 'text' then error('the article opened with filetype "' .. vim.bo[bufnr].filetype .. '", not "text"') end

  local ready = vim.wait(20000, function()
    return exited ~= nil or (initialized and vim.lsp.buf_is_attached(bufnr, client_id))
  end, 20)
  if exited then error('the server exited before it was ready (' .. exited .. ')') end
  if not ready then error('the client did not initialize and attach within 20 s (initialized=' .. tostring(initialized) .. ', attached_by_filetype=' .. tostring(attached_by_filetype) .. ')') end

  local function request(method, params)
    local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, 15000)
    if not responses then error(method .. ': no response (' .. tostring(err) .. ')') end
    local r = responses[client_id]
    if not r then error(method .. ': no response from the news client') end
    if r.err then error(method .. ': ' .. vim.inspect(r.err)) end
    return r.result
  end

  -- Line 3 (0-based 2): "... Santoso told reporters"; the position is inside "Santoso".
  local line = vim.api.nvim_buf_get_lines(bufnr, 2, 3, false)[1]
  local at = line:find('Santoso told', 1, true)
  if not at then error('line 3 has no "Santoso told": ' .. line) end
  local doc = { uri = vim.uri_from_bufnr(bufnr) }
  local hover = request('textDocument/hover', { textDocument = doc, position = { line = 2, character = at + 1 } })
  local symbols = request('textDocument/documentSymbol', { textDocument = doc })

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
  return { hover = hover, symbols = symbols, attached_by_filetype = attached_by_filetype }
end

local ok, result = pcall(run)
if ok then
  write(result)
  vim.cmd('qall!')
else
  write({ error = tostring(result) })
  vim.cmd('cquit 1')
end
`;

interface DocSymbol { name: string; kind: number; detail?: string; children?: DocSymbol[] }
const flatten = (symbols: DocSymbol[]): DocSymbol[] => symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
const SYMBOL_KIND_STRING = 15;

test('Neovim (built-in LSP client, headless): hover on a later surname and the quotes in the document symbols', { timeout: 90_000 }, async (t) => {
  const nvim = neovim();
  if ('skip' in nvim) {
    t.skip(nvim.skip);
    return;
  }
  t.diagnostic(nvim.version);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-nvim-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'trade-talks.txt');
  fs.copyFileSync(FIXTURE, file);
  const init = path.join(dir, 'init.lua');
  fs.writeFileSync(init, INIT_LUA);
  const out = path.join(dir, 'results.json');

  const child = spawn('nvim', ['--headless', '--clean', '-c', `luafile ${init.replace(/([ \\|"])/g, '\\$1')}`], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEWS_NVIM_OUT: out, NEWS_NVIM_FILE: file, NEWS_NVIM_DIR: dir, NEWS_NVIM_NODE: process.execPath, NEWS_NVIM_SERVER: SERVER,
      // Neovim's own files (LSP log, shada, swap) stay in the temporary folder.
      XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'data'),
      XDG_STATE_HOME: path.join(dir, 'state'), XDG_CACHE_HOME: path.join(dir, 'cache'),
    },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += String(d)));
  child.stderr.on('data', (d) => (output += String(d)));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(killer);

  assert.ok(fs.existsSync(out), `Neovim wrote no results (exit ${code}); its output:\n${output}`);
  const results = JSON.parse(fs.readFileSync(out, 'utf8')) as { error?: string; hover?: { contents: { value?: string } | string }; symbols?: DocSymbol[] };
  assert.equal(results.error, undefined, `the Lua script failed: ${results.error}\n${output}`);
  assert.equal(code, 0, `nvim exited with ${code}: ${output}`);

  const hover = typeof results.hover?.contents === 'string' ? results.hover.contents : results.hover?.contents?.value ?? '';
  assert.match(hover, /Indonesian Trade Minister/);
  assert.match(hover, /Budi Santoso/);

  const all = flatten(results.symbols ?? []);
  const quotes = all.filter((s) => s.name === 'Budi Santoso' && s.kind === SYMBOL_KIND_STRING);
  assert.ok(quotes.length >= 2, `expected quotes named "Budi Santoso" in the symbols: ${JSON.stringify(all.map((s) => [s.name, s.kind]))}`);
  assert.ok(quotes.some((q) => /We have waited long enough/.test(q.detail ?? '')), `no "Budi Santoso" quote shows its text: ${JSON.stringify(quotes)}`);
});
