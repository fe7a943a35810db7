import type { DocumentHighlight, Location } from 'vscode-languageserver';
import { DocumentHighlightKind } from '../languageServer';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { targetAt, type ArticleIndex, type Entity } from '../../core';
import { toRange } from '../convert';

function entityAt(index: ArticleIndex, offset: number): Entity | undefined {
  const t = targetAt(index, offset);
  if (t?.kind === 'mention') return t.entity;
  if (t?.kind === 'quote' && t.quote.speaker) return index.entityById.get(t.quote.speaker);
  return undefined;
}

/** Go to definition: where the entity is introduced (its role statement when it has one). */
export function definition(doc: TextDocument, index: ArticleIndex, offset: number): Location | null {
  const e = entityAt(index, offset);
  if (!e) return null;
  const intro = e.mentions.find((m) => m.kind === 'name') ?? e.mentions[0];
  return intro ? { uri: doc.uri, range: toRange(doc, intro) } : null;
}

/** Find all references: every mention (names, surnames, role phrases, resolved pronouns). */
export function references(doc: TextDocument, index: ArticleIndex, offset: number, includeDeclaration: boolean): Location[] {
  const e = entityAt(index, offset);
  if (!e) return [];
  const intro = e.mentions.find((m) => m.kind === 'name') ?? e.mentions[0];
  return e.mentions.filter((m) => includeDeclaration || m !== intro).map((m) => ({ uri: doc.uri, range: toRange(doc, m) }));
}

export function documentHighlights(doc: TextDocument, index: ArticleIndex, offset: number): DocumentHighlight[] {
  const e = entityAt(index, offset);
  if (!e) return [];
  return e.mentions.map((m) => ({ range: toRange(doc, m), kind: m.kind === 'name' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
