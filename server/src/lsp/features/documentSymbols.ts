import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from '../languageServer';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleIndex, Quote } from '../../core';
import { toRange } from '../convert';

const firstWords = (text: string, n = 8): string => {
  const words = text.trim().split(/\s+/);
  return words.slice(0, n).join(' ') + (words.length > n ? ' …' : '');
};

/**
 * The Outline: the article's sections with their quotes inside (a quote named by its speaker,
 * detailed by its first words), then a People node with everyone the article names.
 */
export function documentSymbols(doc: TextDocument, index: ArticleIndex): DocumentSymbol[] {
  const a = index.analysis;
  const quoteSymbol = (q: Quote): DocumentSymbol => {
    const speaker = q.speaker ? index.entityById.get(q.speaker)?.name : undefined;
    const range = toRange(doc, { start: q.outerStart, end: q.outerEnd });
    return { name: speaker ?? 'Unattributed quote', detail: firstWords(q.text), kind: SymbolKind.String, range, selectionRange: range };
  };
  const symbols: DocumentSymbol[] = [];
  let qi = 0;
  for (const section of a.sections) {
    const children: DocumentSymbol[] = [];
    while (qi < a.quotes.length && a.quotes[qi].outerStart < section.end) children.push(quoteSymbol(a.quotes[qi++]));
    if (section.headline) {
      const range = toRange(doc, section);
      symbols.push({ name: section.title, kind: SymbolKind.Namespace, range, selectionRange: toRange(doc, section.headline), children });
    } else {
      symbols.push(...children); // the lead before any headline has no node of its own
    }
  }
  while (qi < a.quotes.length) symbols.push(quoteSymbol(a.quotes[qi++]));

  const people = a.entities.filter((e) => e.mentions.length > 0).map((e): DocumentSymbol => {
    const intro = e.mentions.find((m) => m.kind === 'name') ?? e.mentions[0];
    const range = toRange(doc, intro);
    const kind = e.kind === 'person' ? SymbolKind.Object : e.kind === 'organization' ? SymbolKind.Class : SymbolKind.Struct;
    return { name: e.name, detail: e.roles.map((r) => r.text).join('; ') || e.kind, kind, range, selectionRange: range };
  });
  if (people.length > 0) {
    const starts = people.map((p) => doc.offsetAt(p.range.start));
    const ends = people.map((p) => doc.offsetAt(p.range.end));
    const range = toRange(doc, { start: Math.min(...starts), end: Math.max(...ends) });
    people.sort((x, y) => doc.offsetAt(x.range.start) - doc.offsetAt(y.range.start));
    symbols.push({ name: 'People and organizations', kind: SymbolKind.Namespace, range, selectionRange: people[0].selectionRange, children: people });
  }
  return symbols;
}
