import type { WorkspaceSymbol } from 'vscode-languageserver';
import { SymbolKind } from '../languageServer';
import type { IndexedArticle } from '../indexWorker';

/** People, organizations and quotes of every indexed or open article whose name or words match the query. */
export function workspaceSymbols(articles: Iterable<IndexedArticle>, query: string, limit = 2000): WorkspaceSymbol[] {
  const q = query.toLowerCase();
  const out: WorkspaceSymbol[] = [];
  for (const a of articles) {
    for (const e of a.entities) {
      if (!e.name.toLowerCase().includes(q)) continue;
      out.push({ name: e.name, kind: e.kind === 'person' ? SymbolKind.Object : SymbolKind.Class, containerName: e.roles[0], location: { uri: a.uri, range: e.range } });
    }
    for (const quote of a.quotes) {
      const speaker = quote.speaker ?? '';
      if (q && !speaker.toLowerCase().includes(q) && !quote.text.toLowerCase().includes(q)) continue;
      const words = quote.text.trim().split(/\s+/).slice(0, 8).join(' ');
      out.push({ name: `“${words}…”`, kind: SymbolKind.String, containerName: speaker || 'unattributed', location: { uri: a.uri, range: quote.range } });
    }
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}
