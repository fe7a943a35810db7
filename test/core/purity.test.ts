import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const CORE = path.resolve(__dirname, '../../server/src/core');

test('the analysis core imports no editor or protocol library', () => {
  const files = fs.readdirSync(CORE, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 5);
  for (const f of files) {
    const src = fs.readFileSync(path.join(CORE, f), 'utf8');
    for (const m of src.matchAll(/from '([^']+)'/g)) {
      assert.ok(!/^vscode|languageserver|jsonrpc/.test(m[1]), `${f} imports ${m[1]}`);
    }
  }
});
