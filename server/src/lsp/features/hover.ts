import type { Hover } from 'vscode-languageserver';
import { MarkupKind } from '../languageServer';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { targetAt, type ArticleIndex, type DateMention, type Entity, type Quote, type WordEdit } from '../../core';
import { lineOf, toRange } from '../convert';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-11-10" → "Friday, November 10, 2023"; "2023-11" → "November 2023". */
export function dateInWords(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  if (d) return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}, ${MONTHS[m - 1]} ${d}, ${y}`;
  if (m) return `${MONTHS[m - 1]} ${y}`;
  return String(y);
}

function entityText(doc: TextDocument, index: ArticleIndex, e: Entity): string {
  const lines = [`**${e.name}** · ${e.kind}`];
  for (const r of e.roles) lines.push(`- ${r.text}`);
  const quotes = index.quotesBySpeaker.get(e.id)?.length ?? 0;
  const intro = e.mentions.find((m) => m.kind === 'name') ?? e.mentions[0];
  const facts = [`${quotes} quote${quotes === 1 ? '' : 's'}`];
  if (intro) facts.push(`first mentioned on line ${lineOf(doc, intro.start)}`);
  lines.push('', facts.join(' · '));
  return lines.join('\n');
}

/** What the workspace index knows of a quote elsewhere. */
export interface Archive {
  alsoIn(text: string, uri: string): string[];
  rewordings(speaker: string, text: string, uri: string): { uri: string; text: string; edits: WordEdit[] }[];
}

const fileName = (uri: string): string => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

/** "word ~~dropped~~ **added**": how the other version differs. */
export const markDiff = (edits: readonly WordEdit[]): string =>
  edits.map((e) => (e.op === 'same' ? e.word : e.op === 'removed' ? `~~${e.word}~~` : `**${e.word}**`)).join(' ');

function quoteText(doc: TextDocument, index: ArticleIndex, q: Quote, archive?: Archive): string {
  const speaker = q.speaker ? index.entityById.get(q.speaker) : undefined;
  const cue = q.cue ? `“${doc.getText().slice(q.cue.start, q.cue.end)}” on line ${lineOf(doc, q.cue.start)}` : null;
  const lines = [speaker ? `**Quote** by **${speaker.name}**${speaker.roles[0] ? ` (${speaker.roles[0].text})` : ''}` : `**Quote** · no speaker found${q.unbalanced ? ' · the closing mark is missing' : ''}`];
  if (cue && speaker) lines.push(`Cue: ${cue}`);
  if (archive) {
    const others = archive.alsoIn(q.text, doc.uri);
    if (others.length > 0) lines.push(`Also in ${others.length} other article${others.length === 1 ? '' : 's'}: ${others.slice(0, 5).map(fileName).join(', ')}${others.length > 5 ? ', …' : ''}`);
    for (const r of speaker ? archive.rewordings(speaker.name, q.text, doc.uri) : []) {
      lines.push(`Quoted differently in ${fileName(r.uri)}:\n\n> ${markDiff(r.edits)}`);
    }
  }
  return lines.join('\n\n');
}

function dateText(index: ArticleIndex, d: DateMention): string {
  const dateline = index.analysis.dateline?.value;
  if (!d.value) return `**Date** “${d.text}” · not resolved${d.relative && !dateline ? ' (the article has no dated dateline)' : ''}`;
  const against = d.relative ? (dateline ? `resolved against the dateline ${dateline}` : 'as written') : 'as written';
  return `**${dateInWords(d.value)}** · \`${d.value}\`\n\n${against}`;
}

/** Hover on a person or organization (any mention), a quote, a date, a policy term or the dateline. */
export function hover(doc: TextDocument, index: ArticleIndex, offset: number, archive?: Archive): Hover | null {
  const target = targetAt(index, offset);
  if (!target) return null;
  let value: string;
  let span;
  switch (target.kind) {
    case 'mention': {
      const m = target.mention;
      const how = m.kind === 'name' ? '' : `\n\n_“${m.text}” refers to ${target.entity.name}_`;
      value = entityText(doc, index, target.entity) + how;
      span = m;
      break;
    }
    case 'quote':
      value = quoteText(doc, index, target.quote, archive);
      span = { start: target.quote.outerStart, end: target.quote.outerEnd };
      break;
    case 'date':
      value = dateText(index, target.date);
      span = target.date;
      break;
    case 'term':
      value = `**${target.term.term}** · policy term\n\n${target.term.definition}\n\n_Source: ${target.term.source === 'built-in' ? 'built-in glossary' : target.term.source}_`;
      span = target.term;
      break;
    case 'dateline': {
      const d = index.analysis.dateline!;
      const parts = [d.place && `place: ${d.place}`, d.value ? `date: ${dateInWords(d.value)}` : 'date: not readable', d.agency && `agency: ${d.agency}`].filter(Boolean);
      value = `**Dateline** · ${parts.join(' · ')}`;
      span = d;
      break;
    }
  }
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(doc, span) };
}
