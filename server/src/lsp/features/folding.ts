import type { FoldingRange } from 'vscode-languageserver';
import { FoldingRangeKind } from '../languageServer';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleIndex } from '../../core';

/** Sections fold under their headline; a quote running over several paragraphs folds too. */
export function foldingRanges(doc: TextDocument, index: ArticleIndex): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const s of index.analysis.sections) {
    if (!s.headline) continue;
    const startLine = doc.positionAt(s.start).line;
    const endLine = doc.positionAt(s.end).line;
    if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  const quotes = index.analysis.quotes;
  for (let i = 0; i < quotes.length; i++) {
    if (!quotes[i].continues || (i > 0 && quotes[i - 1].continues && quotes[i - 1].utterance === quotes[i].utterance)) continue;
    let j = i;
    while (j + 1 < quotes.length && quotes[j].continues) j++;
    const startLine = doc.positionAt(quotes[i].outerStart).line;
    const endLine = doc.positionAt(quotes[j].outerEnd).line;
    if (endLine > startLine) out.push({ startLine, endLine });
  }
  return out;
}
