#!/usr/bin/env node
/**
 * The language server's entry: over IPC when VS Code starts it, over stdio for any other LSP
 * editor (`news-language-server --stdio`).
 */
import { createConnection, ProposedFeatures } from './lsp/languageServer';
import { startServer } from './server';
import { runIndexWorker } from './lsp/indexWorker';

if (process.argv.includes('--version')) {
  process.stdout.write(`news-language-server ${require('../../package.json').version}\n`);
  process.exit(0);
}

// The same file runs the workspace index's worker threads.
if (!runIndexWorker()) {
  const connection = createConnection(ProposedFeatures.all);
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  startServer(connection);
}
