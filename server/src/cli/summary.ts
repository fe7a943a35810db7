import type { ArticleAnalysis } from '../core';

const clip = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** 1-based line and column of an offset, for a reader. */
function lineCol(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

/** The readable report of one article: quotes with speakers, people with roles, dates, terms. */
export function formatSummary(file: string, text: string, a: ArticleAnalysis): string {
  const lines: string[] = [];
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  lines.push(`== ${file}`);
  lines.push(`Dateline: ${a.dateline ? `${a.dateline.text}${a.dateline.value ? ` (${a.dateline.value})` : ' (no readable date)'}` : 'none'}`);
  lines.push('', `Quotes (${a.quotes.length}):`);
  for (const q of a.quotes) {
    const who = q.speaker ? byId.get(q.speaker)?.name ?? q.speaker : '(no speaker)';
    lines.push(`  ${lineCol(text, q.start).padEnd(7)} ${who}: “${clip(q.text.replace(/\s+/g, ' '), 90)}”`);
  }
  lines.push('', 'People and organizations:');
  for (const e of a.entities) {
    const roles = e.roles.length > 0 ? ` — ${e.roles.map((r) => r.text).join('; ')}` : '';
    const others = [...new Set(e.mentions.filter((m) => m.kind !== 'name').map((m) => m.text))];
    lines.push(`  ${e.name} [${e.kind}]${roles}${others.length > 0 ? ` (also: ${others.join(', ')})` : ''}`);
  }
  lines.push('', 'Dates:');
  for (const d of a.dates) lines.push(`  ${lineCol(text, d.start).padEnd(7)} ${d.text} → ${d.value ?? 'unresolved'}`);
  lines.push('', 'Policy terms:');
  const terms = new Map<string, number>();
  for (const t of a.terms) terms.set(t.term, (terms.get(t.term) ?? 0) + 1);
  for (const [term, n] of terms) lines.push(`  ${term}${n > 1 ? ` ×${n}` : ''}`);
  return lines.join('\n') + '\n';
}
