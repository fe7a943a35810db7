// Client integration tests in a real VS Code (downloaded by @vscode/test-electron; see README for where they run).
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'client',
  files: 'out/client-test/**/*.test.js',
  workspaceFolder: './samples',
  version: 'stable',
  mocha: { ui: 'tdd', timeout: 30000 },
});
