import type { InlayHint, Range } from 'vscode-languageserver';
import { InlayHintKind } from '../languageServer';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleIndex } from '../../core';
import type { ServerSettings } from '../settings';
import { dateInWords } from './hover';

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function shortDate(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  if (d) return `${SHORT_MONTHS[m - 1]} ${d}, ${y}`;
  return dateInWords(value);
}

/** The resolved date after a relative one (Friday → Nov 10), the speaker after a pronoun cue (she → Yellen). */
export function inlayHints(doc: TextDocument, index: ArticleIndex, range: Range, settings: ServerSettings['inlayHints']): InlayHint[] {
  const from = doc.offsetAt(range.start);
  const to = doc.offsetAt(range.end);
  const hints: InlayHint[] = [];
  if (settings.resolvedDates) {
    for (const d of index.analysis.dates) {
      if (!d.relative || !d.value || d.end < from || d.start > to) continue;
      hints.push({ position: doc.positionAt(d.end), label: `→ ${shortDate(d.value)}`, kind: InlayHintKind.Type, paddingLeft: true, tooltip: dateInWords(d.value) });
    }
  }
  if (settings.pronounSpeakers) {
    for (const m of index.mentions) {
      if (m.kind !== 'pronoun' || m.end < from || m.start > to) continue;
      hints.push({ position: doc.positionAt(m.end), label: `→ ${m.entity.name}`, kind: InlayHintKind.Parameter, paddingLeft: true });
    }
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
