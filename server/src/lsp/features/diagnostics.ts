import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from '../languageServer';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { looksLikeArticle, type ArticleIndex } from '../../core';
import type { ServerSettings } from '../settings';
import { toRange } from '../convert';
import type { Archive } from './hover';

const SOURCE = 'news-annotator';

/** Information-level notes: quotes with no speaker, unbalanced marks, an unreadable dateline. */
export function diagnostics(doc: TextDocument, index: ArticleIndex, settings: ServerSettings['diagnostics'], archive?: Archive): Diagnostic[] {
  if (!settings.enable) return [];
  const text = doc.getText();
  // Files that do not read like articles get no notes, even when a client sends them.
  if (!index.analysis.dateline && !looksLikeArticle(text)) return [];
  const out: Diagnostic[] = [];
  if (settings.unattributedQuotes) {
    for (const q of index.analysis.quotes) {
      // Short scare quotes with no speaker are normal copy; only whole-sentence quotes need one.
      if (q.speaker || q.text.split(/\s+/).length < 4) continue;
      out.push({
        range: toRange(doc, { start: q.outerStart, end: q.outerEnd }), severity: DiagnosticSeverity.Information, source: SOURCE,
        code: 'unattributed-quote', message: 'No speaker found for this quote.',
      });
    }
  }
  // A fact-checker's lead: the same speaker quoted with different words in another article.
  if (archive) {
    for (const q of index.analysis.quotes) {
      const speaker = q.speaker ? index.entityById.get(q.speaker) : undefined;
      const other = speaker && archive.rewordings(speaker.name, q.text, doc.uri)[0];
      if (!other) continue;
      out.push({
        range: toRange(doc, { start: q.outerStart, end: q.outerEnd }), severity: DiagnosticSeverity.Information, source: SOURCE, code: 'reworded-quote',
        message: `${speaker.name} is quoted differently in ${decodeURIComponent(other.uri.slice(other.uri.lastIndexOf('/') + 1))}: “${other.text}”`,
      });
    }
  }
  for (const p of index.analysis.problems) {
    if ((p.kind === 'unbalanced-quote' || p.kind === 'stray-mark') && !settings.unbalancedQuotes) continue;
    if (p.kind === 'unreadable-dateline' && !settings.dateline) continue;
    out.push({ range: toRange(doc, p), severity: DiagnosticSeverity.Information, source: SOURCE, code: p.kind, message: p.message });
  }
  return out;
}
