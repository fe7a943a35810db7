import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleIndex } from '../../core';
import { toRange } from '../convert';

/** People, organizations and quotes of every open article whose name or words match the query. */
export function workspaceSymbols(articles: readonly { doc: TextDocument; index: ArticleIndex }[], query: string): WorkspaceSymbol[] {
  const q = query.toLowerCase();
  const out: WorkspaceSymbol[] = [];
  for (const { doc, index } of articles) {
    for (const e of index.analysis.entities) {
      if (!e.name.toLowerCase().includes(q)) continue;
      const intro = e.mentions.find((m) => m.kind === 'name') ?? e.mentions[0];
      if (!intro) continue;
      out.push({ name: e.name, kind: e.kind === 'person' ? SymbolKind.Object : SymbolKind.Class, containerName: e.roles[0]?.text, location: { uri: doc.uri, range: toRange(doc, intro) } });
    }
    for (const quote of index.analysis.quotes) {
      const speaker = quote.speaker ? index.entityById.get(quote.speaker)?.name ?? '' : '';
      if (q && !speaker.toLowerCase().includes(q) && !quote.text.toLowerCase().includes(q)) continue;
      const words = quote.text.trim().split(/\s+/).slice(0, 8).join(' ');
      out.push({ name: `“${words}…”`, kind: SymbolKind.String, containerName: speaker || 'unattributed', location: { uri: doc.uri, range: toRange(doc, { start: quote.outerStart, end: quote.outerEnd }) } });
    }
    if (out.length > 2000) break;
  }
  return out;
}
