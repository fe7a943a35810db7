// `npm start`: build, then open samples/ in VS Code with the extension loaded; with no `code`
// command on this machine, print the annotations of every sample instead.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });

const code = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { encoding: 'utf8' });
if (code.status === 0 && code.stdout.trim()) {
  console.log('Opening samples/ in VS Code with News Annotator loaded…');
  spawnSync('code', ['--extensionDevelopmentPath', root, path.join(root, 'samples')], { stdio: 'inherit' });
} else {
  console.log('No `code` command found: here are the annotations of the samples (news-annotate).\n');
  const samples = fs.readdirSync(path.join(root, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => path.join('samples', f));
  spawnSync(process.execPath, [path.join(root, 'bin', 'news-annotate.js'), '--articles-only', ...samples], { stdio: 'inherit', cwd: root });
}
