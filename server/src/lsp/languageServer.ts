/**
 * Every value the server takes from vscode-languageserver, imported here once. The bundler gives
 * each module that imports a CommonJS package its own copy of the package's ~300 exports, and
 * eleven copies were a tenth of the server's start-up; types may still be imported directly.
 */
export {
  CancellationToken, createConnection, DiagnosticSeverity, DidChangeConfigurationNotification, DocumentHighlightKind, FileChangeType,
  FoldingRangeKind, InlayHintKind, LSPErrorCodes, MarkupKind, ProposedFeatures, ResponseError, SemanticTokensBuilder, SymbolKind,
  TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
