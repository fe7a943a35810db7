// Runs every test/**/*.test.ts with Node's own test runner (Node 20 has no glob support in --test).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

const only = process.argv.slice(2);
const files = fs.readdirSync('test', { recursive: true }).map(String)
  .filter((f) => f.endsWith('.test.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .map((f) => `test/${f}`).sort();
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=2', '--import', 'tsx', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
