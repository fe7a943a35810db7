import type { CancellationToken, Connection, InitializeResult, TextDocumentPositionParams } from 'vscode-languageserver/node';
import { DidChangeConfigurationNotification, FileChangeType, TextDocuments, TextDocumentSyncKind } from './lsp/languageServer';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleIndex } from './core';
import { ARTICLE_SUMMARY } from './protocol';
import { Articles } from './lsp/articles';
import { loadGlossary, type LoadedGlossary } from './lsp/glossary';
import { runSafe } from './lsp/runSafe';
import { defaultSettings, readSettings, type ServerSettings } from './lsp/settings';
import { articleSummary } from './lsp/features/articleSummary';
import { diagnostics } from './lsp/features/diagnostics';
import { documentSymbols } from './lsp/features/documentSymbols';
import { foldingRanges } from './lsp/features/folding';
import { hover } from './lsp/features/hover';
import { inlayHints } from './lsp/features/inlayHints';
import { definition, documentHighlights, references } from './lsp/features/navigation';
import { legend, SemanticTokensProvider } from './lsp/features/semanticTokens';
import { workspaceSymbols } from './lsp/features/workspaceSymbols';
import { WorkspaceIndex } from './lsp/workspaceIndex';
import { toIndexed } from './lsp/indexWorker';

const DIAGNOSTICS_DELAY_MS = 200;

/** Capabilities and handler wiring only: every feature lives in lsp/features/. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = (message: string): void => connection.console.log(message);
  let settings: ServerSettings = defaultSettings;
  let folders: string[] = [];
  let trusted = true;
  let canPullConfiguration = false;
  let glossary: LoadedGlossary = loadGlossary([], '', [], true);
  const articles = new Articles(
    () => settings.maxFileSizeMB * 1024 * 1024,
    () => glossary.matcher(),
    (uri, message) => {
      const name = decodeURIComponent(uri.replace(/^.*\//, ''));
      log(`Not analysed: ${uri}: ${message}`);
      void connection.window.showInformationMessage(`News Annotator: ${name} is not analysed: it ${message}.`);
    },
  );
  const tokens = new SemanticTokensProvider();
  // Worker threads run this same bundle (main.ts hands them to the index worker).
  const archive = new WorkspaceIndex(connection, log, () => settings.maxFileSizeMB * 1024 * 1024, __filename);
  const pending = new Map<string, NodeJS.Timeout>();
  /** Restricted-mode notes are shown once per session, not on every settings change. */
  const toldNotes = new Set<string>();

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; trusted?: boolean };
    if (init.settings) settings = readSettings(init.settings);
    if (typeof init.trusted === 'boolean') trusted = init.trusted;
    reloadGlossary();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        semanticTokensProvider: { legend, full: { delta: true }, range: true },
        documentSymbolProvider: { label: 'News article' },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        foldingRangeProvider: true,
        inlayHintProvider: true,
        workspaceSymbolProvider: true,
      },
      serverInfo: { name: 'news-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    void archive.build(folders);
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsAnnotator' });
      void refreshSettings();
    }
  });

  function reloadGlossary(): void {
    glossary = loadGlossary(settings.glossary.terms, settings.glossary.file, folders, trusted);
    for (const e of glossary.errors) {
      log(`Glossary: ${e}`);
      void connection.window.showWarningMessage(`News Annotator glossary: ${e}`);
    }
    for (const n of glossary.notes) {
      log(`Glossary: ${n}`);
      if (!toldNotes.has(n)) void connection.window.showInformationMessage(`News Annotator: ${n}`);
      toldNotes.add(n);
    }
  }

  async function refreshSettings(): Promise<void> {
    try {
      const raw: unknown = await connection.workspace.getConfiguration('newsAnnotator');
      settings = readSettings(raw);
    } catch (err) {
      log(`Could not read settings: ${String(err)}`);
    }
    reloadGlossary();
    articles.clear();
    for (const doc of documents.all()) scheduleDiagnostics(doc);
    void connection.languages.semanticTokens.refresh();
    void connection.languages.inlayHint.refresh();
  }

  connection.onDidChangeConfiguration((change) => {
    if (canPullConfiguration) return void refreshSettings();
    const s = (change.settings as { newsAnnotator?: unknown } | undefined)?.newsAnnotator;
    if (s) settings = readSettings(s);
    reloadGlossary();
    articles.clear();
    for (const doc of documents.all()) scheduleDiagnostics(doc);
  });

  /** Open documents are indexed from the editor's text, not the file on disk; once per version. */
  const indexedVersions = new Map<string, number>();
  function indexOpen(doc: TextDocument, index: ArticleIndex): void {
    if (indexedVersions.get(doc.uri) === doc.version) return;
    indexedVersions.set(doc.uri, doc.version);
    archive.put(toIndexed(doc.uri, doc.getText(), index.analysis));
  }

  /** Diagnostics wait for a pause in typing, then use the same cached analysis as every feature. */
  function scheduleDiagnostics(doc: TextDocument): void {
    clearTimeout(pending.get(doc.uri));
    pending.set(doc.uri, setTimeout(() => {
      pending.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (!current) return;
      try {
        const index = articles.index(current);
        if (index) indexOpen(current, index);
        void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: index ? diagnostics(current, index, settings.diagnostics, archive) : [] });
      } catch (err) {
        log(`Diagnostics failed for ${current.uri}: ${err instanceof Error ? err.stack : String(err)}`);
      }
    }, DIAGNOSTICS_DELAY_MS));
  }

  documents.onDidChangeContent((e) => scheduleDiagnostics(e.document));
  documents.onDidClose((e) => {
    clearTimeout(pending.get(e.document.uri));
    pending.delete(e.document.uri);
    articles.evict(e.document.uri);
    indexedVersions.delete(e.document.uri);
    tokens.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  /** Looks up the document and its analysis, then runs the feature safely. */
  function withArticle<P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, fn: (doc: TextDocument, index: ArticleIndex, params: P) => R) {
    return (params: P, token: CancellationToken) => runSafe(name, token, log, () => {
      const doc = documents.get(params.textDocument.uri);
      const index = doc && articles.index(doc);
      return doc && index ? fn(doc, index, params) : fallback;
    });
  }
  const at = (doc: TextDocument, p: TextDocumentPositionParams): number => doc.offsetAt(p.position);

  connection.onHover(withArticle('hover', null, (doc, index, p) => hover(doc, index, at(doc, p), archive)));
  connection.onDocumentSymbol(withArticle('documentSymbol', [], (doc, index) => documentSymbols(doc, index)));
  connection.onDefinition(withArticle('definition', null, (doc, index, p) => definition(doc, index, at(doc, p))));
  connection.onReferences(withArticle('references', [], (doc, index, p) => references(doc, index, at(doc, p), p.context.includeDeclaration)));
  connection.onDocumentHighlight(withArticle('documentHighlight', [], (doc, index, p) => documentHighlights(doc, index, at(doc, p))));
  connection.onFoldingRanges(withArticle('foldingRange', [], (doc, index) => foldingRanges(doc, index)));
  connection.languages.inlayHint.on(withArticle('inlayHint', [], (doc, index, p) => inlayHints(doc, index, p.range, settings.inlayHints)));

  // Semantic tokens answer for refused documents too (with no tokens), so the client's state stays consistent.
  const withDoc = <P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, fn: (doc: TextDocument, index: ArticleIndex | undefined, params: P) => R) =>
    (params: P, token: CancellationToken) => runSafe(name, token, log, () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? fn(doc, articles.index(doc), params) : fallback;
    });
  connection.languages.semanticTokens.on(withDoc('semanticTokens', { data: [] }, (doc, index) => tokens.full(doc, index)));
  connection.languages.semanticTokens.onDelta(withDoc('semanticTokens/delta', { data: [] }, (doc, index, p) => tokens.delta(doc, index, p.previousResultId)));
  connection.languages.semanticTokens.onRange(withDoc('semanticTokens/range', { data: [] }, (doc, index, p) => tokens.range(doc, index, p.range)));

  connection.onRequest(ARTICLE_SUMMARY, withDoc('articleSummary', null, (doc, index) => {
    const state = articles.get(doc);
    return articleSummary(doc, index, state.ok ? null : state.message);
  }));
  connection.onWorkspaceSymbol((params, token) => runSafe('workspaceSymbol', token, log, () => {
    for (const doc of documents.all()) {
      const index = articles.index(doc);
      if (index) indexOpen(doc, index);
    }
    return workspaceSymbols(archive.all(), params.query);
  }));
  connection.onDidChangeWatchedFiles((change) => {
    for (const c of change.changes) {
      if (!c.uri.toLowerCase().endsWith('.txt') || documents.get(c.uri)) continue;
      try {
        archive.refresh(c.uri, c.type === FileChangeType.Deleted);
      } catch (err) {
        log(`Could not re-index ${c.uri}: ${String(err)}`);
      }
    }
  });

  documents.listen(connection);
  connection.listen();
}
