import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleIndex, Quote } from '../../core';
import type { ArticleSummary, SpeakerSummary } from '../../protocol';

function quoteEntry(doc: TextDocument, q: Quote): SpeakerSummary['quotes'][number] {
  const s = doc.positionAt(q.outerStart);
  const e = doc.positionAt(q.outerEnd);
  return { text: q.text, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character };
}

/** Speakers with their quotes, for the Speakers view, the status bar and the quick pick. */
export function articleSummary(doc: TextDocument, index: ArticleIndex | undefined, refused: string | null): ArticleSummary {
  if (!index) return { uri: doc.uri, refused, quoteCount: 0, speakers: [], unattributed: [] };
  const speakers: SpeakerSummary[] = [];
  for (const [id, quotes] of index.quotesBySpeaker) {
    const e = index.entityById.get(id)!;
    speakers.push({ id, name: e.name, kind: e.kind, roles: e.roles.map((r) => r.text), quotes: quotes.map((q) => quoteEntry(doc, q)) });
  }
  speakers.sort((a, b) => a.quotes[0].line - b.quotes[0].line || a.quotes[0].character - b.quotes[0].character);
  const unattributed = index.analysis.quotes.filter((q) => !q.speaker).map((q) => quoteEntry(doc, q));
  return { uri: doc.uri, refused, quoteCount: index.analysis.quotes.length, speakers, unattributed };
}
