// Runs every test/**/*.test.ts with Node's own test runner (Node 20 has no glob support in --test).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

const only = process.argv.slice(2).map((o) => o.replace(/^test\//, ''));
const files = fs.readdirSync('test', { recursive: true }).map(String)
  .filter((f) => f.endsWith('.test.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .map((f) => `test/${f}`).sort();
// With no file to run, node --test would go looking for files itself (and find the e2e runner).
if (files.length === 0) {
  console.error(`no test file matches ${only.join(' ')}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=2', '--import', 'tsx', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
