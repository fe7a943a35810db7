import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, type ArticleAnalysis } from '../../server/src/core';

/** Hand-checked annotations of one gold article (see FORMAT.md). */
export interface Gold {
  dateline: string | null;
  entities: { name: string; kind: string; roles: string[]; aliases?: string[] }[];
  quotes: { text: string; speaker: string | null }[];
  dates: { text: string; value: string | null }[];
  terms: string[];
}

export interface Counts {
  goldQuotes: number;
  predictedQuotes: number;
  matchedQuotes: number;
  correctSpeakers: number;
  goldRoles: number;
  foundRoles: number;
  goldDates: number;
  foundDates: number;
  correctDateValues: number;
  goldTerms: number;
  foundTerms: number;
  datelineCorrect: number;
  articles: number;
}

export interface ArticleScore {
  name: string;
  counts: Counts;
  misses: string[];
}

const norm = (s: string): string => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
const quoteKey = (s: string): string => norm(s).replace(/^[\s"'\u201C\u201D,.;:!?\u2014-]+|[\s"'\u201C\u201D,.;:!?\u2014-]+$/g, '');
const nameKey = (s: string): string => norm(s).replace(/^the /, '').replace(/'s$/, '');
const roleKey = (s: string): string => norm(s).replace(/^(a|an|the) /, '').replace(/[,.]$/, '');
const termKey = (s: string): string =>
  norm(s).replace(/-/g, ' ').split(' ').map((w) => (w.endsWith('ies') ? w.slice(0, -3) + 'y' : /[^s]s$/.test(w) ? w.slice(0, -1) : w)).join(' ');

/** Does the predicted entity name the gold one ("Yellen" ~ "Janet Yellen", "the Chinese side" ~ "Chinese side")? */
function sameEntity(gold: string, predicted: string): boolean {
  const g = nameKey(gold);
  const p = nameKey(predicted);
  if (g === p) return true;
  const words = (s: string): string[] => s.split(/[\s-]+/);
  const contains = (a: string, b: string): boolean => ` ${words(a).join(' ')} `.includes(` ${words(b).join(' ')} `);
  return contains(g, p) || contains(p, g);
}

export function scoreArticle(name: string, text: string, gold: Gold, analysis: ArticleAnalysis = analyzeArticle(text)): ArticleScore {
  const misses: string[] = [];
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const c: Counts = {
    goldQuotes: gold.quotes.length, predictedQuotes: analysis.quotes.length, matchedQuotes: 0, correctSpeakers: 0,
    goldRoles: 0, foundRoles: 0, goldDates: gold.dates.length, foundDates: 0, correctDateValues: 0,
    goldTerms: gold.terms.length, foundTerms: 0, datelineCorrect: (analysis.dateline?.value ?? null) === gold.dateline ? 1 : 0, articles: 1,
  };
  if (!c.datelineCorrect) misses.push(`dateline: gold ${gold.dateline}, got ${analysis.dateline?.value ?? null}`);

  // Quotes: in order, each gold quote takes the first unused predicted quote with the same words.
  const used = new Set<number>();
  for (const g of gold.quotes) {
    const k = analysis.quotes.findIndex((q, i) => !used.has(i) && quoteKey(q.text) === quoteKey(g.text));
    if (k < 0) {
      misses.push(`quote not found: “${g.text.slice(0, 60)}”`);
      continue;
    }
    used.add(k);
    c.matchedQuotes++;
    const speaker = analysis.quotes[k].speaker ? byId.get(analysis.quotes[k].speaker!)!.name : null;
    const right = g.speaker === null ? speaker === null : speaker !== null && sameEntity(g.speaker, speaker);
    if (right) c.correctSpeakers++;
    else misses.push(`speaker of “${g.text.slice(0, 40)}”: gold ${g.speaker}, got ${speaker}`);
  }
  analysis.quotes.forEach((q, i) => used.has(i) || misses.push(`extra quote: “${q.text.slice(0, 60)}”`));

  // Roles: each gold role must be stated for the matching entity.
  for (const g of gold.entities) {
    if (g.roles.length === 0) continue;
    const e = analysis.entities.find((x) => nameKey(x.name) === nameKey(g.name)) ?? analysis.entities.find((x) => sameEntity(g.name, x.name));
    for (const role of g.roles) {
      c.goldRoles++;
      const found = e?.roles.some((r) => roleKey(r.text).includes(roleKey(role)) || roleKey(role).includes(roleKey(r.text)));
      if (found) c.foundRoles++;
      else misses.push(`role of ${g.name}: “${role}” (got ${e ? e.roles.map((r) => r.text).join('; ') || 'none' : 'no entity'})`);
    }
  }

  // Dates: in order, overlapping text.
  const usedDates = new Set<number>();
  for (const g of gold.dates) {
    const k = analysis.dates.findIndex((d, i) => !usedDates.has(i) && (norm(d.text).includes(norm(g.text)) || norm(g.text).includes(norm(d.text))));
    if (k < 0) {
      misses.push(`date not found: ${g.text}`);
      continue;
    }
    usedDates.add(k);
    c.foundDates++;
    if (analysis.dates[k].value === g.value) c.correctDateValues++;
    else misses.push(`date value of “${g.text}”: gold ${g.value}, got ${analysis.dates[k].value}`);
  }
  analysis.dates.forEach((d, i) => usedDates.has(i) || misses.push(`extra date: ${d.text}=${d.value}`));

  // Terms: the gold base form against the glossary term or the text found.
  const predicted = new Set(analysis.terms.flatMap((t) => [termKey(t.term), termKey(t.text)]));
  for (const t of gold.terms) {
    if (predicted.has(termKey(t))) c.foundTerms++;
    else misses.push(`term not found: ${t}`);
  }
  return { name, counts: c, misses };
}

export function loadGoldSet(dir: string): { name: string; text: string; gold: Gold }[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({
    name: f.replace(/\.txt$/, ''),
    text: fs.readFileSync(path.join(dir, f), 'utf8'),
    gold: JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold,
  }));
}

export function sum(scores: readonly ArticleScore[]): Counts {
  const total = { ...scores[0].counts };
  for (const k of Object.keys(total) as (keyof Counts)[]) total[k] = scores.reduce((s, x) => s + x.counts[k], 0);
  return total;
}

export interface Metrics {
  quotePrecision: number;
  quoteRecall: number;
  attribution: number;
  roleRecall: number;
  dateRecall: number;
  dateValueAccuracy: number;
  termRecall: number;
  datelineAccuracy: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function metrics(c: Counts): Metrics {
  return {
    quotePrecision: ratio(c.matchedQuotes, c.predictedQuotes),
    quoteRecall: ratio(c.matchedQuotes, c.goldQuotes),
    attribution: ratio(c.correctSpeakers, c.matchedQuotes),
    roleRecall: ratio(c.foundRoles, c.goldRoles),
    dateRecall: ratio(c.foundDates, c.goldDates),
    dateValueAccuracy: ratio(c.correctDateValues, c.foundDates),
    termRecall: ratio(c.foundTerms, c.goldTerms),
    datelineAccuracy: ratio(c.datelineCorrect, c.articles),
  };
}
