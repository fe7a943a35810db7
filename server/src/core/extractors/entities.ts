import type { Entity, EntityKind, Mention, MentionKind, Span } from '../types';
import { isCapitalized, isPossessive, onlySpaceBetween, stripPossessive, type Token } from '../text/tokens';
import { lastIndexBefore } from '../text/search';
import {
  HONORIFICS, KNOWN_ORGS, NAME_PARTICLES, NOT_NAMES, ORG_WORDS, PLACE_WORDS, ROLE_HEADS, SURNAME_FIRST, TITLE_WORDS,
} from '../lexicon/words';

/** A run of capitalised words that may name someone: "US Treasury Secretary Janet Yellen". */
export interface NameRun extends Span {
  tokens: Token[];
  /** Index of the run's first token in its sentence's token list. */
  index: number;
  /** The run ends in a possessive ("China’s"). */
  possessive: boolean;
  sentenceInitial: boolean;
  /** What the run names, worked out on first use (classifyRun). */
  cls?: RunClass;
  /** The appositive after the run (", a vice minister at …,"), read on first use (people.ts). */
  appositive?: Appositive | null;
}

/** A phrase set off by commas after a name, with its offset and the end of the whole match. */
export interface Appositive {
  phrase: string;
  start: number;
  end: number;
}

const lower = (t: Token): string => t.text.toLowerCase();
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', '&', 'to']);
const CALENDAR_WORDS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
/** Capitalised abbreviations of things, not of organizations. */
const COMMON_ACRONYMS = new Set(['AI', 'GDP', 'CEO', 'CFO', 'EV', 'EVs', 'LNG', 'IPO', 'ETF', 'CPI', 'PMI', 'VAT', 'FDI', 'GMT', 'EST', 'EDT', 'JST', 'UTC', 'PM', 'AM', 'ID', 'TV', 'FX', 'USD', 'EUR', 'OK']);
/** Titles written with a full stop that joins them to the name: "Adm.", "Sen.", "Mr.". */
const ABBREVIATED = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'adm', 'maj', 'col', 'capt', 'cmdr', 'sgt', 'brig', 'lt', 'hon', 'st']);
const KEEP_POSSESSIVE = new Set(['People\u2019s', "People's"]);

function isNameish(t: Token): boolean {
  if (isCapitalized(t.text)) return true;
  // Lowercase particles that carry a capital after a hyphen: "al-Sayed", "bin". Most words have no
  // hyphen in the 3rd to 4th place and are turned away before the regular expression.
  const w = t.text;
  // "Cote d'Ivoire", "Banque l'Industrie": an elided article before a capital.
  if ((w[0] === 'd' || w[0] === 'l') && (w[1] === "'" || w[1] === '\u2019') && isCapitalized(w.slice(2))) return true;
  if (w.length < 4 || (w[2] !== '-' && w[3] !== '-')) return false;
  return /^(?:al|el|ad|as|ash|ibn|bin|abu)-\p{Lu}/u.test(w);
}

export const DESCRIPTIVE_COMPOUND = /^\p{Lu}[\p{L}.-]*-(?:based|owned|backed|led|listed|registered|flagged|controlled|funded|born|made)$/u;

/**
 * The tokens from j that finish a list of portfolios ("Industry and Trade" after "Ministry of
 * Investment, "): capitalised words, more ", Word" items, then "and Word". 0 when there is none,
 * or when the run is not a ministry's "X of Y" name.
 */
function portfolioListAt(text: string, tokens: readonly Token[], j: number, run: readonly Token[]): number {
  const ofAt = run.findIndex((r) => r.text === 'of' || r.text === 'for');
  if (ofAt < 1 || !ORG_WORDS.has(lower(run[ofAt - 1]))) return 0;
  let k = j;
  for (let items = 0; items < 4; items++) {
    if (!tokens[k] || !isCapitalized(tokens[k].text)) return 0;
    const gap = text.slice(tokens[k].end, tokens[k + 1]?.start ?? tokens[k].end);
    if (gap === ' ' && tokens[k + 1]?.text === 'and' && tokens[k + 2] && isCapitalized(tokens[k + 2].text) && onlySpaceBetween(text, tokens[k + 1].end, tokens[k + 2].start)) return k + 3 - j;
    if (gap !== ', ') return 0;
    k++;
  }
  return 0;
}

/** "the 5th Fleet", "the 101st Airborne Division": an ordinal that starts an organization's name. */
function ordinalBeforeOrgWord(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && /^\d+(?:st|nd|rd|th)$/.test(tokens[i].text) && onlySpaceBetween(text, tokens[i].end, next.start) && isCapitalized(next.text) && ORG_WORDS.has(stripPossessive(next.text).toLowerCase());
}

/** "He, who became …": a pronoun takes no relative clause set off by commas, so this "He" is the surname. */
const relativeClauseAfter = (text: string, at: number): boolean => text.startsWith(', who ', at);

/** Capitalised runs inside one sentence; words inside quotes are skipped by the caller. */
export function findNameRuns(
  text: string, tokens: readonly Token[], sentenceStart: number, isKnownAlias: (word: string) => boolean,
): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "London-based", "Saudi-owned" describe what follows and are no part of its name.
    if ((!isNameish(tokens[i]) && !ordinalBeforeOrgWord(text, tokens, i)) || DESCRIPTIVE_COMPOUND.test(tokens[i].text)) {
      i++;
      continue;
    }
    const runTokens: Token[] = [tokens[i]];
    let possessive = isPossessive(tokens[i].text) && !KEEP_POSSESSIVE.has(tokens[i].text);
    let j = i + 1;
    while (!possessive && j < tokens.length) {
      const prev = runTokens[runTokens.length - 1];
      const t = tokens[j];
      // "Adm. Carlito Buenaventura", "Mr. Smith": an abbreviated title joins the name after its full stop.
      const abbreviated = text[prev.end] === '.' && ABBREVIATED.has(lower(prev)) && onlySpaceBetween(text, prev.end + 1, t.start);
      // "International Transport Workers’ Federation": a plural possessive inside an organization's name.
      const pluralPossessive = prev.text.endsWith('s') && (text[prev.end] === '\u2019' || text[prev.end] === "'") && onlySpaceBetween(text, prev.end + 1, t.start)
        && t.start > prev.end + 1 && isCapitalized(t.text) && ORG_WORDS.has(t.text.toLowerCase());
      // "Ministry of Investment, Industry and Trade": a list of portfolios inside a ministry's name.
      const listed = text.slice(prev.end, t.start) === ', ' ? portfolioListAt(text, tokens, j, runTokens) : 0;
      if (listed > 0) {
        runTokens.push(...tokens.slice(j, j + listed));
        j += listed;
        continue;
      }
      if (!onlySpaceBetween(text, prev.end, t.start) && !(prev.text.endsWith('.') && t.start === prev.end) && !abbreviated && !pluralPossessive) break;
      if (isNameish(t)) {
        runTokens.push(t);
        possessive = isPossessive(t.text) && !KEEP_POSSESSIVE.has(t.text);
        j++;
        continue;
      }
      // Connectors join organization names ("Bank of Japan"); particles join personal names.
      // Particles may come in a row: "Lucía Gómez de la Vega".
      let n = j;
      while (n < tokens.length && NAME_PARTICLES.has(tokens[n].text) && onlySpaceBetween(text, tokens[n].end, tokens[n + 1]?.start ?? -1)) n++;
      const next = tokens[n];
      if (n > j && next && isNameish(next)) {
        runTokens.push(...tokens.slice(j, n));
        j = n;
        continue;
      }
      // Only a connector word can carry the run on from here.
      if (!CONNECTORS.has(t.text)) break;
      // "Bank of Japan", "Office of the US Trade Representative", "Secretary of State Marco Rubio".
      // "and" joins only inside such a chain ("… for Terrorism and Financial Intelligence"), never two names.
      const inChain = runTokens.some((r, i) => TITLE_WORDS.has(lower(r)) && runTokens.slice(i + 1).some((x) => x.text === 'of' || x.text === 'for'));
      const orgChain = runTokens.some((r, i) => ORG_WORDS.has(lower(r)) && (runTokens[i + 1]?.text === 'of' || runTokens[i + 1]?.text === 'for'));
      const joinsAfter = ORG_WORDS.has(lower(prev)) || TITLE_WORDS.has(lower(prev)) || inChain || orgChain;
      let c = j;
      // "of the", "for", "on" (after an organization word) link one name; "and" only inside a chain
      // ("Ministry of Commerce and Industry"), never before "the" ("the Treasury and the People’s Bank").
      const links = (t: Token, next: Token | undefined): boolean => {
        if (t.text === 'and' || t.text === '&') return (inChain || orgChain) && next?.text !== 'the';
        if (t.text === 'on') return ORG_WORDS.has(lower(prev));
        // "Chinese Ambassador to Kyrgyzstan Tan Weidong", "EU Delegation to Türkiye": "to" only after an envoy or a mission.
        if (t.text === 'to') return /^(?:ambassador|envoy|representative|delegate|adviser|advisor)$/.test(lower(prev)) || runTokens.some((r) => /^(?:delegation|mission|embassy)$/.test(lower(r)));
        return CONNECTORS.has(t.text);
      };
      while (c < tokens.length && c < j + 2 && links(tokens[c], tokens[c + 1]) && onlySpaceBetween(text, tokens[c].end, tokens[c + 1]?.start ?? -1)) c++;
      const after = tokens[c];
      // "the Commerce Department on Friday": a day or a month is never part of a name.
      if (c > j && joinsAfter && after && isNameish(after) && !CALENDAR_WORDS.has(after.text)) {
        runTokens.push(...tokens.slice(j, c));
        j = c;
        continue;
      }
      break;
    }
    // Drop sentence-initial function words: "The Treasury Department" names "Treasury Department".
    let first = 0;
    const sentenceInitial = runTokens[0].start === sentenceStart;
    // Mid-sentence, a capitalised "He" is a surname ("said He"); at the start it may be the pronoun.
    while (
      first < runTokens.length && NOT_NAMES.has(stripPossessive(lower(runTokens[first])))
      && !HONORIFICS.has(lower(runTokens[first]))
      && !(isKnownAlias(runTokens[first].text) && (runTokens[first].start !== sentenceStart || runTokens.length > first + 1 || relativeClauseAfter(text, runTokens[first].end)))
    ) first++;
    const kept = runTokens.slice(first);
    if (kept.length > 0) {
      runs.push({ start: kept[0].start, end: kept[kept.length - 1].end, tokens: kept, index: i + first, possessive, sentenceInitial: sentenceInitial && first === 0 });
    }
    i = j;
  }
  return runs;
}

export type RunClass =
  | { kind: 'person'; name: Token[]; role: Token[]; gender: 'female' | 'male' | null }
  | { kind: 'organization'; name: Token[] }
  | { kind: 'place' }
  | { kind: 'unknown'; name: Token[] };

const isTitle = (t: Token): boolean => {
  const w = stripPossessive(lower(t)).replace(/\.$/, '');
  // "Co-director", "Vice-Chair", "ex-minister": a compound title ends in a title word.
  return TITLE_WORDS.has(w) || (w.includes('-') && TITLE_WORDS.has(w.slice(w.lastIndexOf('-') + 1)));
};
const isOrgWord = (t: Token): boolean => ORG_WORDS.has(stripPossessive(lower(t)));
const isPlace = (t: Token): boolean => PLACE_WORDS.has(stripPossessive(t.text));

/** Tokens that can be part of a personal name. */
function nameTokensValid(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 5) return false;
  const head = tokens[0];
  if (isTitle(head) || isOrgWord(head) || (NOT_NAMES.has(lower(head)) && !SURNAME_FIRST.has(head.text))) return false;
  return tokens.every((t) => !isOrgWord(t) && (!NOT_NAMES.has(stripPossessive(lower(t))) || SURNAME_FIRST.has(stripPossessive(t.text))));
}

/** Splits a run into role and name, or classes it as an organization, a place or unknown (once per run). */
export function classifyRun(run: NameRun): RunClass {
  return (run.cls ??= classifyRunOnce(run));
}

function classifyRunOnce(run: NameRun): RunClass {
  const tokens = run.tokens;
  // Honorific: "Ms. Vogt", "Mr Ueda".
  const honorific = HONORIFICS.get(lower(tokens[0]).replace(/\.$/, '') + (tokens[0].text.endsWith('.') ? '.' : ''))
    ?? HONORIFICS.get(lower(tokens[0]));
  if (honorific !== undefined && tokens.length > 1 && nameTokensValid(tokens.slice(1))) {
    return { kind: 'person', name: tokens.slice(1), role: [], gender: honorific };
  }
  // Title split at the last title word that has a name after it.
  for (let k = tokens.length - 2; k >= 0; k--) {
    if (!isTitle(tokens[k])) continue;
    const name = tokens.slice(k + 1);
    if (nameTokensValid(name) && !name.every(isPlace)) {
      return { kind: 'person', name, role: tokens.slice(0, k + 1), gender: null };
    }
    // "Under Secretary of the Treasury for Terrorism and Financial Intelligence Marisol Vance-Whitfield":
    // a title that runs on through "of"/"for" ends where the last two name-like words begin.
    if (name.some((t) => CONNECTORS.has(t.text)) && tokens.length - k > 3) {
      const tail = tokens.slice(-2);
      if (nameTokensValid(tail) && !tail.some(isPlace) && !tail.some((t) => CONNECTORS.has(t.text))) {
        return { kind: 'person', name: tail, role: tokens.slice(0, tokens.length - 2), gender: null };
      }
    }
    break;
  }
  if (tokens.length === 1 && KNOWN_ORGS.has(stripPossessive(tokens[0].text))) return { kind: 'organization', name: tokens };
  if (tokens.some(isOrgWord) || KNOWN_ORGS.has(stripPossessive(tokens.map((t) => t.text).join(' ')))) {
    return { kind: 'organization', name: tokens };
  }
  if (tokens.every(isPlace)) return { kind: 'place' };
  if (tokens.length === 1 && /^\p{Lu}{2,6}$/u.test(tokens[0].text) && !isPlace(tokens[0]) && !COMMON_ACRONYMS.has(tokens[0].text)) return { kind: 'organization', name: tokens };
  if (tokens.some((t) => NOT_NAMES.has(lower(t)) && !SURNAME_FIRST.has(t.text))) return { kind: 'place' };
  return { kind: 'unknown', name: tokens };
}

export const tokensText = (text: string, tokens: readonly Token[]): string =>
  tokens.length === 0 ? '' : stripPossessive(text.slice(tokens[0].start, tokens[tokens.length - 1].end));

const normalizeKey = (name: string): string => {
  const lower = name.toLowerCase();
  // Most names need none of the rewriting; skip the regular expressions for them.
  return /[\u2019\s]|^the/.test(lower) ? lower.replace(/\u2019/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ').trim() : lower;
};

/**
 * The article's cast: people, organizations and groups, found by name and linked by alias
 * (surname, acronym) so that every later mention points back to the entity.
 */
export class EntityRegistry {
  readonly entities: Entity[] = [];
  private readonly byName = new Map<string, Entity>();
  private readonly byAlias = new Map<string, Entity | null>();

  lookupName(name: string): Entity | undefined {
    return this.byName.get(normalizeKey(name));
  }

  /** A single-word reference ("Yellen", "He"); undefined when unknown or ambiguous. */
  lookupAlias(word: string): Entity | undefined {
    return this.byAlias.get(normalizeKey(stripPossessive(word))) ?? undefined;
  }

  lookup(name: string): Entity | undefined {
    return this.lookupName(name) ?? (name.includes(' ') ? undefined : this.lookupAlias(name));
  }

  add(kind: EntityKind, name: string): Entity {
    const existing = this.lookupName(name);
    if (existing) {
      if (existing.kind === 'group' && kind !== 'group') existing.kind = kind;
      return existing;
    }
    const aliases = aliasesOf(kind, name);
    // A short form seen before the full name becomes the full name: "Nowak warned …" before
    // "Finance Minister Tomasz Nowak"; "the IMF …" before "the International Monetary Fund".
    const earlier = name.includes(' ') ? this.shortFormOf(kind, name, aliases) : undefined;
    if (earlier) {
      earlier.name = name;
      this.byName.set(normalizeKey(name), earlier);
      for (const m of earlier.mentions) if (m.kind === 'name') m.kind = kind === 'person' ? 'surname' : 'alias';
      this.registerAliases(earlier, aliases);
      return earlier;
    }
    const entity: Entity = { id: `e${this.entities.length + 1}`, kind, name, roles: [], mentions: [], gender: null };
    this.entities.push(entity);
    this.byName.set(normalizeKey(name), entity);
    this.registerAliases(entity, aliases);
    return entity;
  }

  /** A one-word entity of the same kind already named by a surname or, for an organization, its acronym. */
  private shortFormOf(kind: EntityKind, name: string, aliases: readonly string[]): Entity | undefined {
    const forms = kind === 'person' ? aliases : kind === 'organization' ? [acronymOf(name)].filter((a) => a.length >= 2) : [];
    return forms.map((f) => this.byName.get(normalizeKey(f))).find((e) => e?.kind === kind && !e.name.includes(' '));
  }

  private registerAliases(entity: Entity, aliases: readonly string[]): void {
    const { kind, name } = entity;
    for (const alias of aliases) {
      const key = normalizeKey(alias);
      if (key === normalizeKey(name) && kind === 'person') continue;
      const other = this.byAlias.get(key);
      if (other === undefined) this.byAlias.set(key, entity);
      else if (other !== entity) this.byAlias.set(key, null); // two people share it: never guess
    }
  }

  addAlias(entity: Entity, alias: string): void {
    const key = normalizeKey(alias);
    if (!this.byAlias.has(key)) this.byAlias.set(key, entity);
  }

  addRole(entity: Entity, role: Span & { text: string }): void {
    const text = role.text.replace(/^(?:a|an|the)\s+/i, '').replace(/[\s,.;:]+$/, '');
    if (text.length === 0) return;
    const key = text.toLowerCase();
    if (!entity.roles.some((r) => r.text.toLowerCase() === key)) entity.roles.push({ start: role.start, end: role.end, text });
  }

  mention(entity: Entity, span: Span, text: string, kind: MentionKind): void {
    // Mentions mostly arrive in text order and are appended; one that arrives out of order is
    // appended too and the list sorted once in finish(), never spliced (that would be quadratic).
    const list = entity.mentions;
    const last = list[list.length - 1];
    if (last && last.start === span.start) return;
    list.push({ start: span.start, end: span.end, text, kind } satisfies Mention);
    if (last && last.start > span.start) this.unsorted.add(entity);
    if (!this.timeline) return;
    if (this.timeline.length === 0 || this.timeline[this.timeline.length - 1].start <= span.start) this.timeline.push({ start: span.start, entity });
    else {
      // A reference found after the names ("the minister", "she") goes to a short list of its own,
      // kept in order, so that recency sees it without splicing the long timeline.
      const at = lastIndexBefore(this.late, span.start + 1) + 1;
      this.late.splice(at, 0, { start: span.start, entity });
    }
  }

  private readonly unsorted = new Set<Entity>();

  /** Puts every entity's mentions back in text order, without duplicates. */
  finish(): void {
    for (const e of this.unsorted) {
      e.mentions.sort((a, b) => a.start - b.start);
      e.mentions = e.mentions.filter((m, i, all) => i === 0 || all[i - 1].start !== m.start);
    }
    this.unsorted.clear();
  }

  /** Every mention so far in text order, for recency queries; started once names are found. */
  private timeline: { start: number; entity: Entity }[] | undefined;

  private late: { start: number; entity: Entity }[] = [];

  startTimeline(): void {
    this.late = [];
    this.timeline = this.entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, entity }))).sort((a, b) => a.start - b.start);
  }

  /**
   * Entities mentioned before offset, most recent first, each with its last mention there; looks
   * back at most `reach` code units so that a long document costs the same per lookup as a short one.
   */
  *recent(offset: number, reach = RECENCY_REACH): Generator<{ entity: Entity; at: number }> {
    const timeline = this.timeline ?? [];
    const late = this.late;
    let i = lastIndexBefore(timeline, offset);
    let j = lastIndexBefore(late, offset);
    // Entities repeat along the timeline; a few distinct ones is all a lookup needs.
    const seen: Entity[] = [];
    for (;;) {
      // The later of the two lists' next entries, walking both back in step.
      const fromLate = j >= 0 && (i < 0 || late[j].start > timeline[i].start);
      const next = fromLate ? late[j--] : i >= 0 ? timeline[i--] : undefined;
      if (!next || next.start < offset - reach) return;
      if (seen.includes(next.entity)) continue;
      seen.push(next.entity);
      yield { entity: next.entity, at: next.start };
    }
  }
}

/** How far back a reference looks for its antecedent: several articles' worth of text. */
const RECENCY_REACH = 20000;

/** "International Monetary Fund" → "IMF": the initials of its capitalised words. */
const acronymOf = (name: string): string => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/** Later single-word forms of a name: the surname, wherever it stands. */
function aliasesOf(kind: EntityKind, name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  if (kind !== 'person') {
    if (words.length === 1) return [name];
    const acronym = acronymOf(name);
    const aliases = acronym.length >= 3 ? [acronym] : [];
    // "Hanbit Semitech Co." is later "Hanbit": a first word that is a name of its own, not a place or an organization word.
    const first = stripPossessive(words[0]);
    if (kind === 'organization' && first.length >= 3 && /^\p{Lu}\p{Ll}/u.test(first) && !PLACE_WORDS.has(first) && !ORG_WORDS.has(first.toLowerCase()) && !NOT_NAMES.has(first.toLowerCase()) && !KNOWN_ORGS.has(first)) aliases.push(first);
    return aliases;
  }
  if (words.length === 1) return [name];
  const aliases: string[] = [];
  if (SURNAME_FIRST.has(words[0]) && words.length <= 3) aliases.push(words[0]);
  // Every later part may be the surname: "Gómez" and "Herrera" in "Ana Gómez Herrera".
  for (const w of words.slice(1)) {
    if (NAME_PARTICLES.has(w) || /^\p{Lu}\.(?:\p{Lu}\.)*$/u.test(w)) continue;
    aliases.push(w);
    const bare = w.replace(/^(?:al|el|ad|as|ash|ibn|bin|abu)-/i, '');
    if (bare !== w) aliases.push(bare);
  }
  // "Ursula von der Leyen" → "von der Leyen".
  const particle = words.findIndex((w, i) => i > 0 && NAME_PARTICLES.has(w));
  if (particle > 0) aliases.push(words.slice(particle).join(' '));
  return aliases;
}

/** Role head nouns, for deciding whether an appositive states a role ("vice-president" counts as "president"). */
export const hasRoleHead = (phrase: string): boolean =>
  phrase.toLowerCase().split(/[^\p{L}-]+/u).some((w) => ROLE_HEADS.has(w) || (w.includes('-') && ROLE_HEADS.has(w.slice(w.lastIndexOf('-') + 1))));
