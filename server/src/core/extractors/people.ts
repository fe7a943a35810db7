import type { Entity, EntityKind, Span } from '../types';
import type { Sentence } from '../text/sentences';
import { lastIndexBefore } from '../text/search';
import { isCapitalized, isPossessive, onlySpaceBetween, stripPossessive, tokenize, type Token } from '../text/tokens';
import { CUE_FILLERS, KNOWN_ORGS, NEWS_AGENCIES, NOT_NAMES, ORG_WORDS, ROLE_HEADS, SPEECH_VERBS, TITLE_WORDS } from '../lexicon/words';
import { EntityRegistry, DESCRIPTIVE_COMPOUND, classifyRun, findNameRuns, hasRoleHead, tokensText, type Appositive, type NameRun } from './entities';

/** One sentence's words outside quotations, with the capitalised runs among them. */
export interface SentenceWords {
  sentence: Sentence;
  tokens: Token[];
  runs: NameRun[];
}

const APPOSITIVE =
  /^,\s+((?:(?:a|an|the)\s+|[\p{Lu}][\p{L}.\u2019'-]*(?:\s[\p{Lu}][\p{L}.\u2019'-]*)*[\u2019']s\s+)?[^,.;:"\u201C\u201D]{2,110}?)(?=,|\.\s|\.$|;|\s(?:said|says|told|added|who|which|whose)\b|$)/u;

const COMPANY_SUFFIX = /^(?:Co|Corp|Inc|Ltd|Ltda|Bhd|Pte|Pty|Cie|Cia|Mfg|Bros)$/;

/** "(NEPRA)" between a name and its appositive. */
const ACRONYM_AFTER = /^ \([\p{Lu}\d&.-]{2,12}\)(?=,)/u;
const AGE_AFTER = /^,\s+\d{1,3}(?=,)/;
const KNOWN_AS = /^,\s+(?:[^,;."\u201C]{1,60},\s+)?(?:also\s+|better\s+|widely\s+)?known\s+as\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,3})(?=[,.;)]|\s+(?:said|says|told|added)\b)/u;
/** " (JOGMEC)" right after an organization's name. */
const BRACKETED_SHORT_FORM = /^ \((\p{Lu}[\p{Lu}\d&.-]{1,11})\)/u;

/**
 * The appositive after a name (", a vice minister at …,"; " (NEPRA), the sector regulator"), read
 * only when a comma follows the name, and once.
 */
function appositiveAfter(text: string, run: NameRun): Appositive | null {
  if (run.appositive !== undefined) return run.appositive;
  let at = run.end;
  // "Korea Gas Corp. (KOGAS), the state-run gas wholesaler,": past a company suffix's full stop.
  if (text[at] === '.' && COMPANY_SUFFIX.test(run.tokens[run.tokens.length - 1].text)) at++;
  if (text[at] === ' ' && text[at + 1] === '(') at += ACRONYM_AFTER.exec(text.slice(at, at + 16))?.[0].length ?? 0;
  // "Tan Wei Liang, 41, a director of …": an age comes between.
  if (text[at] === ',') at += AGE_AFTER.exec(text.slice(at, at + 8))?.[0].length ?? 0;
  const m = text[at] === ',' ? APPOSITIVE.exec(text.slice(at, at + 160)) : null;
  const start = m ? at + m[0].indexOf(m[1]) : -1;
  return (run.appositive = m && { phrase: m[1], start, end: at + m[0].length });
}

/** Tokens of a sentence that lie outside every quotation. */
export function wordsOutsideQuotes(text: string, sentence: Span, quotes: readonly { outerStart: number; outerEnd: number }[], firstQuote: number): Token[] {
  const tokens = tokenize(text, sentence.start, sentence.end);
  let q = firstQuote;
  return tokens.filter((t) => {
    while (q < quotes.length && quotes[q].outerEnd <= t.start) q++;
    return !(q < quotes.length && quotes[q].outerStart <= t.start);
  });
}

/** "Investment, Trade and Industry Minister Mohd Faizal …": the first word is one of the portfolios, not a person. */
const PORTFOLIO_LIST = /^(?:\p{Lu}\p{Ll}+,?\s+)*and\s+\p{Lu}\p{Ll}+\s+(?:Minister|Secretary|Commissioner|Ministry|Department)\b/u;

/** "(Bloomberg) -- ", "CANBERRA, Nov 6, 2025 (Reuters) - ": the credit, with its place and date, opening the first sentence. */
const AGENCY_CREDIT = /^(?:[^()\n"\u201C]{0,80}?\s)?\([\p{L} .&-]{2,30}\)\s*(?:--|-|\u2014|\u2013|\.-)\s*/u;

/**
 * A city in capitals opening a paragraph near the top, then its country or agency: "DUBAI, United
 * Arab Emirates (AP) —" under an "Updated …" line that was read as the dateline.
 */
function placeLineAt(text: string, run: NameRun): boolean {
  if (run.start > 0 && text[run.start - 1] !== '\n') return false;
  const name = text.slice(run.start, run.end);
  if (/\p{Ll}/u.test(name) || KNOWN_ORGS.has(name)) return false;
  return /^(?:,\s+\p{Lu}[\p{L}. ]{0,40}?)?\s*(?:\([A-Za-z ]{1,30}\)\s*)?[\u2014\u2013-]/u.test(text.slice(run.end, run.end + 60));
}

/**
 * Finds people and organizations sentence by sentence: titles before names, appositive roles,
 * names next to speech verbs, then links every later surname or name back to its entity.
 */
export function findPeople(text: string, sentences: readonly Sentence[], quotes: readonly { outerStart: number; outerEnd: number }[], dateline: (Span & { place?: string | null }) | null, known: readonly Entity[] = []): {
  registry: EntityRegistry;
  words: SentenceWords[];
} {
  const registry = new EntityRegistry();
  // People named earlier in a long document: their names, aliases and roles, but no mentions here.
  for (const k of known) {
    const e = registry.add(k.kind, k.name);
    e.gender = k.gender;
    for (const r of k.roles) e.roles.push({ start: -1, end: -1, text: r.text });
  }
  registerBylines(text, registry);
  const words: SentenceWords[] = [];
  let q = 0;
  const isKnownAlias = (w: string): boolean => registry.lookupAlias(w) !== undefined;
  for (const whole of sentences) {
    // "(Bloomberg) -- Japan's top currency official issued …": the credit is not the sentence's subject.
    const credit = whole.start < 3000 ? AGENCY_CREDIT.exec(text.slice(whole.start, whole.start + 130)) : null;
    const sentence = credit ? { ...whole, start: whole.start + credit[0].length } : whole;
    while (q < quotes.length && quotes[q].outerEnd <= sentence.start) q++;
    const tokens = wordsOutsideQuotes(text, sentence, quotes, q);
    const runs = findNameRuns(text, tokens, sentence.start, isKnownAlias);
    words.push({ sentence, tokens, runs });
    for (const run of runs) {
      // The dateline's place ("GENEVA", "NEW DELHI") is not an entity; its agency is.
      if (dateline && run.start >= dateline.start && run.end <= dateline.end && !/\p{Ll}/u.test(text.slice(run.start, run.end)) && run.start < dateline.start + (dateline.place?.length ?? 0)) continue;
      if (run.start < 1500 && placeLineAt(text, run)) continue;
      registerRun(text, registry, run, tokens);
    }
  }
  return { registry, words };
}

/** "By Evelyn Chuang and Marcus Webb", "By Juliana Sampaio Andrade - Reporter - Agência Brasil": the writers. */
const BYLINE = /^By\s+(.+)$/gm;
const BYLINE_NAME = /^\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){1,4}$/u;

function registerBylines(text: string, registry: EntityRegistry): void {
  const head = text.slice(0, 600);
  BYLINE.lastIndex = 0;
  for (let m = BYLINE.exec(head); m !== null; m = BYLINE.exec(head)) {
    const [names, role] = m[1].split(/\s+[-\u2013\u2014|]\s+/);
    let at = m.index + 3;
    for (const part of names.split(/,\s*|\s+and\s+/)) {
      const name = part.trim();
      const start = text.indexOf(name, at);
      at = start + name.length;
      if (!BYLINE_NAME.test(name)) continue;
      const person = registry.lookup(name) ?? registry.add('person', name);
      registry.mention(person, { start, end: start + name.length }, name, 'name');
      const roleAt = role ? text.indexOf(role.trim(), m.index) : -1;
      if (role && roleAt >= 0 && /^\p{Lu}[\p{Ll} -]{2,40}$/u.test(role.trim()) && hasRoleHead(role)) registry.addRole(person, { start: roleAt, end: roleAt + role.trim().length, text: role.trim() });
    }
  }
}

function registerRun(text: string, registry: EntityRegistry, run: NameRun, tokens: readonly Token[]): void {
  const cls = classifyRun(run);
  // "Hanbit Semitech Co.", "Sinorong Corp.": a company's abbreviated suffix keeps its full stop.
  const fullText = tokensText(text, run.tokens) + (COMPANY_SUFFIX.test(run.tokens[run.tokens.length - 1].text) && text[run.end] === '.' && !run.possessive ? '.' : '');
  if (cls.kind === 'place') return;
  let entity: Entity | undefined;
  let nameTokens: Token[] = run.tokens;
  if (cls.kind === 'person') {
    nameTokens = cls.name;
    const name = tokensText(text, nameTokens);
    entity = registry.lookup(name) ?? registry.add('person', name);
    if (cls.gender && !entity.gender) entity.gender = cls.gender;
    if (cls.role.length > 0) {
      const r = cls.role;
      registry.addRole(entity, { start: r[0].start, end: r[r.length - 1].end, text: tokensText(text, r) });
    }
  } else if (cls.kind === 'organization') {
    entity = registry.lookup(fullText) ?? registry.add('organization', fullText);
    // "Japan Organization for Metals and Energy Security (JOGMEC)": the bracketed short form is its name too.
    const short = BRACKETED_SHORT_FORM.exec(text.slice(run.end, run.end + 16))?.[1];
    if (short && !registry.lookup(short)) registry.addAlias(entity, short);
    // "the Japanese Trade Union Confederation, known as Rengo,", "…, the country's largest union
    // federation, known as the CGT,": the name it goes by is its name too.
    const known = KNOWN_AS.exec(text.slice(run.end, run.end + 120))?.[1];
    if (known && !registry.lookup(known)) registry.addAlias(entity, known);
  } else {
    entity = registry.lookup(fullText);
    if (!entity && run.tokens.length === 1 && run.sentenceInitial && /^(?:He|She|It|They)$/.test(fullText)) return;
    if (!entity) {
      const appositive = appositiveAfter(text, run);
      const speaks = speechVerbNear(tokens, run);
      const role = run.tokens.length >= 2 ? lowercaseTitleBefore(text, tokens, run) : undefined;
      const described = describedBefore(text, run) ?? describedAfter(text, run) ?? descriptorBefore(text, tokens, run);
      if (role) {
        entity = registry.add('person', fullText);
        registry.addRole(entity, role);
      } else if (run.index > 0 && DESCRIPTIVE_COMPOUND.test(tokens[run.index - 1].text) && onlySpaceBetween(text, tokens[run.index - 1].end, run.start)) {
        // "Busan-based Donghae Marine said": what is based, owned or listed somewhere is an organization.
        entity = registry.add('organization', fullText);
      } else if (described) {
        entity = registry.add(described.kind, fullText);
      } else if (((appositive && !PORTFOLIO_LIST.test(appositive.phrase) && (hasRoleHead(appositive.phrase) || describesSpeaker(text, run, appositive) || (run.tokens.length >= 2 && roleAfterWho(text, appositive.end)))) || (speaks && run.tokens.length >= 2)) && !afterPreposition(tokens, run)) {
        entity = registry.add('person', fullText);
      } else if (speaks && run.tokens.length === 1 && /^\p{Lu}\p{Ll}/u.test(fullText) && !afterPreposition(tokens, run) && !PLURAL_SPEAKERS.has(fullText.toLowerCase()) && !TITLE_WORDS.has(fullText.toLowerCase())) {
        // ("The Treasurer said" is a title standing for its holder, not a person called Treasurer.)
        entity = registry.add('person', fullText);
      }
    }
  }
  if (!entity) return;
  if (entity.kind !== 'group') {
    // "a Russian insurer, Volga Marine Assurance"; "Andes Litio SA, Chile’s second-largest producer,"
    const described = describedBefore(text, run, entity.kind) ?? (entity.kind === 'organization' ? describedAfter(text, run, entity.kind) ?? descriptorBefore(text, tokens, run) : undefined);
    if (described?.kind === entity.kind) registry.addRole(entity, described.role);
  }
  const start = nameTokens[0].start;
  const mentionText = nameTokens === run.tokens ? fullText : tokensText(text, nameTokens);
  const kind = mentionText.toLowerCase() === entity.name.toLowerCase() ? 'name' : entity.kind === 'person' ? 'surname' : 'alias';
  registry.mention(entity, { start, end: start + mentionText.length }, mentionText, kind);
  if (entity.kind !== 'person') return;
  const appositive = appositiveAfter(text, run);
  if (appositive && (hasRoleHead(appositive.phrase) || describesSpeaker(text, run, appositive)) && !run.possessive) {
    const role = roleStatedBy(appositive.phrase);
    if (role !== undefined) registry.addRole(entity, { start: appositive.start + role.offset, end: appositive.start + role.offset + role.text.length, text: role.text });
  }
  // "Rajesh Kumar Menon, an Indian national who served as the company's operations manager,": the role after "who … as".
  const after = appositive && !run.possessive ? roleAfterWho(text, appositive.end) : undefined;
  if (after) registry.addRole(entity, after);
}

/** The role a relative clause right after position states ("… who served as the company's operations manager"). */
function roleAfterWho(text: string, at: number): (Span & { text: string }) | undefined {
  const m = /^\s+(who\s[^,.;:"\u201C\u201D]{3,120})/.exec(text.slice(at, at + 140));
  const role = m && roleStatedBy(m[1]);
  if (!m || !role) return undefined;
  const start = at + m[0].indexOf(m[1]) + role.offset;
  return { start, end: start + role.text.length, text: role.text };
}

const RELATIVE = /^(?:who|whom|whose|which)\b/;
/** "who took over as Cocobod’s chief executive", "who became China’s top economic official": the role after the verb. */
const RELATIVE_ROLE = /^who\s+(?:(?:has|had)\s+)?(?:took\s+over|taken\s+over|became|become|serves|served|was\s+named|was\s+appointed|was\s+elected|is|was)\s+(?:as\s+)?(?:(?:a|an|the)\s+)?/;
/** When the role took effect is not part of it: "… in March 2025", "… since 2023", "… last year". */
const WHEN_AFTER = new RegExp(`\\s+(?:(?:in|since|from|until|on)\\s+(?:(?:early|late|mid-?)\\s*)?(?:\\d|${'January February March April May June July August September October November December'.split(' ').join('|')})|(?:last|this|earlier\\s+this)\\s+(?:year|month|week)).*$`, 's');

/** The role an appositive states: the whole phrase, or in a relative clause the part after its verb (none when it names no role). */
function roleStatedBy(phrase: string): { text: string; offset: number } | undefined {
  if (!RELATIVE.test(phrase)) return { text: phrase, offset: 0 };
  const verb = RELATIVE_ROLE.exec(phrase);
  if (!verb) return undefined;
  const text = phrase.slice(verb[0].length).replace(WHEN_AFTER, '');
  return hasRoleHead(text) ? { text, offset: verb[0].length } : undefined;
}

/**
 * A role written in lowercase before a name: "trade commissioner Anna Lindqvist", "European Union
 * trade commissioner Anna Lindqvist", "Kenya’s central bank governor Kamau Thugge".
 */
function lowercaseTitleBefore(text: string, tokens: readonly Token[], run: NameRun): (Span & { text: string }) | undefined {
  let k = run.index - 1;
  if (k < 0 || !onlySpaceBetween(text, tokens[k].end, run.start)) return undefined;
  if (!TITLE_WORDS.has(tokens[k].text) || isCapitalized(tokens[k].text)) return undefined;
  let first = k;
  // Lowercase modifiers ("central bank"), then one capitalised owner ("European Union", "Kenya’s").
  while (first > 0 && first > k - 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[first - 1].text) && !NOT_NAMES.has(tokens[first - 1].text) && !SPEECH_VERBS.has(tokens[first - 1].text) && onlySpaceBetween(text, tokens[first - 1].end, tokens[first].start)) first--;
  while (first > 0 && first > k - 6 && isCapitalized(tokens[first - 1].text) && onlySpaceBetween(text, tokens[first - 1].end, tokens[first].start) && !NOT_NAMES.has(tokens[first - 1].text.toLowerCase())) first--;
  return { start: tokens[first].start, end: tokens[k].end, text: text.slice(tokens[first].start, tokens[k].end) };
}

/** "Samia Abdel-Hamid, a 46-year-old school cleaner in Giza, said": whoever it describes, they speak. */
function describesSpeaker(text: string, run: NameRun, appositive: Appositive): boolean {
  // "…, a 46-year-old school cleaner in Giza, said"; "…, who grows tea near Kericho, said".
  if (!/^(?:a|an|who)\s/i.test(appositive.phrase) || run.tokens.length < 2) return false;
  const after = text.slice(appositive.end, appositive.end + 30);
  return /^,\s+(?:\w+\s+)?(?:said|says|told|added|warned|noted|explained|asked)\b/.test(after);
}

/** "Officials said": a plural of people, not somebody's name. */
export const PLURAL_SPEAKERS = new Set(('officials analysts economists diplomats investors traders lawmakers critics experts negotiators ' +
  'residents farmers workers sources delegates protesters ministers leaders executives observers bankers activists').split(' '));

/** "in Rawalpindi, said": a place after a preposition, not a speaker. */
function afterPreposition(tokens: readonly Token[], run: NameRun): boolean {
  const i = run.index;
  if (i > 1 && tokens[i - 1].text === 'to' && tokens[i - 2].text.toLowerCase() === 'according') return false;
  return i > 0 && /^(?:in|at|from|of|to|near|outside|inside|across|into|for)$/.test(tokens[i - 1].text);
}

/** Head nouns that describe an organization in an appositive ("a Russian insurer"). */
const ORG_DESCRIPTION_HEADS = new Set(('company firm group producer maker manufacturer insurer lender bank agency fund operator ' +
  'exporter importer miner shipper carrier conglomerate startup regulator lobby association body organization organisation ' +
  'cartel alliance bloc consultancy developer supplier refiner utility broker exchange newspaper broadcaster network think-tank ' +
  'institute daily outlet watchdog union automaker carmaker chipmaker steelmaker giant coalition arm department ministry ' +
  'authority commission board unit subsidiary affiliate changer marketer tank brokerage house trader plant court distributor ' +
  'retailer wholesaler dealer party opposition federation confederation chamber channel mouthpiece panel team forum').split(' '));
/** Heads that describe an organization only when the text already names one: "the vessel’s Greek manager, Aegean Crest Shipping". */
const ORG_HEADS_WHEN_KNOWN = new Set(['manager', 'owner', 'trader', 'partner', 'investor', 'buyer', 'seller', 'member']);

interface Description {
  kind: 'person' | 'organization';
  role: Span & { text: string };
}

/** What a description's head noun says it describes; a head that fits both ("regulator") fits the kind already known. */
function describe(phrase: string, start: number, known?: EntityKind): Description | undefined {
  // "a lobby group that lodged the complaint": the head comes before the relative clause.
  const words = phrase.toLowerCase().replace(/\s(?:that|which|who|whose)\s.*$/s, '').split(/[^\p{L}-]+/u).filter(Boolean);
  const head = words[words.length - 1];
  if (!head || words.length > 8) return undefined;
  const kind = known === 'organization' && (ORG_DESCRIPTION_HEADS.has(head) || ORG_HEADS_WHEN_KNOWN.has(head)) ? 'organization'
    : ROLE_HEADS.has(head) ? 'person' : ORG_DESCRIPTION_HEADS.has(head) ? 'organization' : undefined;
  return kind ? { kind, role: { start, end: start + phrase.length, text: phrase } } : undefined;
}

/**
 * "state broadcaster CCTV", "grid operator Elering", "Buenos Aires consultancy Pampa Macro": a
 * description standing right before an organization's name, without a comma.
 */
function descriptorBefore(text: string, tokens: readonly Token[], run: NameRun): Description | undefined {
  let k = run.index - 1;
  if (k < 0 || !onlySpaceBetween(text, tokens[k].end, run.start)) return undefined;
  // "state miners Codelco and Enami": the second name shares the description of the first.
  if (tokens[k].text === 'and' && k > 1 && /s$/.test(tokens[k - 2].text) && isCapitalized(tokens[k - 1].text)) k -= 2;
  const word = tokens[k].text;
  // A plural description ("state miners") describes each name.
  const head = ORG_DESCRIPTION_HEADS.has(word) ? word : word.endsWith('s') && ORG_DESCRIPTION_HEADS.has(word.slice(0, -1)) ? word.slice(0, -1) : undefined;
  if (!head) return undefined;
  let first = k;
  while (first > 0 && first > k - 4 && onlySpaceBetween(text, tokens[first - 1].end, tokens[first].start)) {
    const w = tokens[first - 1].text;
    if (/^(?:the|a|an|by|of|to|at|in|on|for|from|with|and|said|says|told)$/i.test(w) || SPEECH_VERBS.has(w.toLowerCase())) break;
    first--;
  }
  const start = tokens[first].start;
  return { kind: 'organization', role: { start, end: tokens[k].end, text: text.slice(start, tokens[k].end) } };
}

/** "Japan’s industry minister, Kenji Morimoto," / "a Russian insurer, Volga Marine Assurance": the description before a name. */
function describedBefore(text: string, run: NameRun, kind?: EntityKind): Description | undefined {
  // "Japan’s largest labor group, the Japanese Trade Union Confederation,": "the" may open the name.
  const at = text.startsWith('the ', run.start - 4) && text[run.start - 6] === ',' ? run.start - 4 : run.start;
  if (text[at - 2] !== ',') return undefined;
  // Only the name's own paragraph: a description never reaches back over a blank line.
  const window = text.slice(Math.max(0, at - 100), at);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  // A short description first; a long one ("The chairman of the National Assembly’s Finance and
  // National Planning Committee,") only when no verb shows it to be a clause of its own.
  for (const pattern of [DESCRIBED_SHORT, DESCRIBED_LONG]) {
    const m = pattern.exec(before);
    if (!m || (pattern === DESCRIBED_LONG && /\b(?:by|ago|was|were|is|are|has|had|said|says|sent|after|when)\b/.test(m[1]))) continue;
    const phrase = m[1].replace(/^(?:a|an|the|its|their)\s+/i, '');
    // "France’s junior minister for international partnerships": the head comes before the preposition.
    const core = phrase.split(/\s+(?:at|of|for|in|with|on|from|to)\s+/)[0];
    const d = describe(core, 0, kind);
    if (!d) continue;
    const start = at - before.length + m.index + m[0].indexOf(m[1]) + (m[1].length - phrase.length);
    return { kind: d.kind, role: { start, end: start + phrase.length, text: phrase } };
  }
  return undefined;
}
const DESCRIPTION_OPENER = `(?:(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\\s+|[\\p{Lu}][\\p{L}.\\u2019'-]*(?:\\s+[\\p{L}][\\p{L}.\\u2019'-]*){0,2}[\\u2019']s\\s+)`;
const DESCRIBED_SHORT = new RegExp(`(?:^|[\\s(])(${DESCRIPTION_OPENER}(?:[\\p{L}\\u2019'-]+\\s+){0,5}?[\\p{L}-]+),\\s+$`, 'u');
const DESCRIBED_LONG = new RegExp(`(?:^|[\\s(])(${DESCRIPTION_OPENER}(?:[\\p{L}\\u2019'-]+\\s+){6,10}?[\\p{L}-]+),\\s+$`, 'u');

/** "Andes Litio SA, Chile’s second-largest producer, said": the description after a name. */
function describedAfter(text: string, run: NameRun, kind?: EntityKind): Description | undefined {
  const m = appositiveAfter(text, run);
  // "X, who has led the exporters' group": "who" stands for a person, whatever the clause names.
  if (!m || /^who\s/.test(m.phrase)) return undefined;
  const phrase = m.phrase.replace(/^(?:a|an|the)\s+/i, '');
  // Only the head of the phrase before any "at"/"of"/"for" decides what it describes.
  const core = phrase.split(/\s+(?:at|of|for|in|with|on|from)\s+/)[0];
  const d = describe(core, m.start + (m.phrase.length - phrase.length), kind);
  return d && { kind: d.kind, role: { start: d.role.start, end: d.role.start + phrase.length, text: phrase } };
}

const OBJECT_VERBS = /^(?:urge[sd]?|urging|told|tells?|telling|asked|asks?|asking|warned|warns?|warning|accused|accuses|accusing|called|calls?|calling|criticised|criticized|praised|welcomed|hailed|condemned|denounced|dismissed|assured|assures|reminded|pressed|described|describes|describing)$/;

/** "Yellen said", "Yellen also told", "said Liao", "according to Liao". */
function speechVerbNear(tokens: readonly Token[], run: NameRun): boolean {
  const after = run.index + run.tokens.length < tokens.length ? run.index + run.tokens.length : -1;
  for (let i = after; i >= 0 && i < tokens.length && i < after + 3; i++) {
    const w = tokens[i].text.toLowerCase();
    if (SPEECH_VERBS.has(w)) return true;
    if (!CUE_FILLERS.has(w)) break;
  }
  const before = after < 0 ? tokens.length - run.tokens.length - 1 : after - run.tokens.length - 1;
  const prev = tokens[before]?.text.toLowerCase();
  // "said Liao", but "urged Santiago", "told Reuters": after these verbs comes the one spoken to.
  return prev !== undefined && ((SPEECH_VERBS.has(prev) && !OBJECT_VERBS.test(prev)) || (prev === 'to' && tokens[before - 1]?.text.toLowerCase() === 'according'));
}

const GENERIC_HEADS = new Set(['chief', 'head', 'boss', 'official', 'leader', 'top', 'senior']);
/** Heads that name no kind of organization in particular: "the group" is whichever one the text was just about. */
const GENERIC_ORG_HEADS = new Set(['group', 'company', 'firm', 'alliance', 'bloc', 'organization', 'organisation', 'cartel', 'lender', 'insurer', 'producer',
  'fund', 'operator', 'distributor', 'exporter', 'maker', 'shipbuilder', 'automaker', 'chipmaker']);
const ORG_HEADS = new Set(['ministry', 'department', 'bank', 'agency', 'commission', 'council', 'government',
  'administration', 'office', 'bureau', 'regulator', 'committee', 'board', 'authority', 'treasury', 'central', 'association',
  'federation', 'embassy', 'consulate', 'delegation', ...GENERIC_ORG_HEADS]);

/** Lowercased content words of a role or name, for matching references against them. */
const contentWords = (s: string): string[] =>
  s.toLowerCase().replace(/[\u2019']s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !['the', 'a', 'an', 'of', 'at', 'for', 'and', 'in', 'on'].includes(w));

/**
 * Resolves a definite noun phrase ("the Treasury chief", "the vice finance minister", "the ministry")
 * to the entity whose roles or name share its words; the most recently mentioned wins a tie.
 */
export function resolveDescription(registry: EntityRegistry, phrase: string, before: number, nextSentence?: { text: string }): Entity | undefined {
  const words = contentWords(phrase);
  if (words.length === 0) return undefined;
  const head = words[words.length - 1];
  const isOrgHead = ORG_HEADS.has(head);
  const specific = words.filter((w) => !GENERIC_HEADS.has(w));
  // "…,” said the head of Mexico’s main berry exporters’ group. Joaquín Beltrán Ortega, who …": a
  // speaker described after the quote and named as the next sentence opens.
  const namedNext = !isOrgHead && nextSentence ? namedAtNextSentence(registry, nextSentence.text, before) : undefined;
  if (namedNext && nextSentence) {
    // The description, to the end of its sentence, is a role they hold ("head of Mexico’s main berry exporters’ group").
    const start = before - phrase.length + (/^(?:the|a|an)\s+/i.exec(phrase)?.[0].length ?? 0);
    const end = before + (/^[^.!?\n]*/.exec(nextSentence.text.slice(before, before + 200))?.[0].length ?? 0);
    if (end - start < 120) registry.addRole(namedNext, { start, end, text: nextSentence.text.slice(start, end) });
  }
  // "the official" alone could be anyone: never guess, unless the person last spoken of was just
  // introduced as one ("Japan's top currency official issued … "…," the official told reporters").
  if (!isOrgHead && specific.length === 0) return namedNext ?? introducedAs(registry, head, before) ?? namedLaterAs(registry, head, before);
  let best: Entity | undefined;
  let bestScore = 0;
  // "a deputy governor" is someone not named yet: only a name after it can be theirs.
  const indefinite = /^(?:an?|one|another)\s/i.test(phrase);
  for (const { entity, at } of indefinite ? [] : registry.recent(before)) {
    let score = 0;
    if (isOrgHead) {
      if (entity.kind === 'person') continue;
      const nameWords = wordsOf(entity);
      if (!nameWords.has(head)) {
        // "The group said": the organization named just before, if nothing better matches (never
        // the news agency of the dateline).
        if (GENERIC_ORG_HEADS.has(head) && words.length <= 4 && entity.kind === 'organization' && !NEWS_AGENCIES.has(entity.name) && before - at < 1500 && bestScore < 0.5) {
          best = entity;
          bestScore = 0.5;
        }
        continue;
      }
      score = words.filter((w) => nameWords.has(w)).length / words.length;
    } else {
      if (entity.kind !== 'person') continue;
      const roleWords = wordsOf(entity);
      if (roleWords.size === 0 || (!GENERIC_HEADS.has(head) && !roleWords.has(head))) continue;
      score = specific.filter((w) => roleWords.has(w)).length / specific.length;
    }
    // Candidates come most recent first, so only a better score displaces the current best.
    if (score >= 0.5 && score > bestScore) {
      best = entity;
      bestScore = score;
    }
  }
  return best ?? namedNext ?? (isOrgHead ? undefined : personNamedAhead(registry, specific, head, before, indefinite));
}

/** The person first named, by a name of two words or more, right where the sentence after offset begins. */
function namedAtNextSentence(registry: EntityRegistry, text: string, offset: number): Entity | undefined {
  const end = /^[^.!?\n"\u201C\u201D]{0,200}[.!?]\s+/.exec(text.slice(offset, offset + 240));
  if (!end) return undefined;
  const at = offset + end[0].length;
  for (const entity of registry.entities) {
    if (entity.kind !== 'person') continue;
    const first = entity.mentions.find((m) => m.kind === 'name');
    if (first?.start === at && /\s/.test(first.text)) return entity;
  }
  // Named there for the first time, as the subject of what follows ("Joaquín Beltrán Ortega, who has led …").
  const name = NAME_OPENING.exec(text.slice(at, at + 80))?.[1];
  if (!name || NOT_NAMES.has(name.split(/\s/)[0].toLowerCase())) return undefined;
  const known = registry.lookup(name);
  if (known) return known.kind === 'person' ? known : undefined;
  const person = registry.add('person', name);
  registry.mention(person, { start: at, end: at + name.length }, name, 'name');
  return person;
}
const NAME_OPENING = /^(\p{Lu}\p{Ll}[\p{L}'\u2019-]*(?:\s+(?:(?:de|del|la|van|von|bin|binti|al|el|da|dos)\s+)?\p{Lu}\p{Ll}[\p{L}'\u2019-]*){1,3})(?=,\s|\s+(?:said|says|told|added)\b)/u;

/**
 * "The official in charge of … said …" and in the next paragraph "said the official, Dao Thanh Binh":
 * the person the text later names right after the same bare description.
 */
function namedLaterAs(registry: EntityRegistry, head: string, after: number): Entity | undefined {
  let best: Entity | undefined;
  let bestAt = after + AHEAD_REACH;
  for (const entity of registry.entities) {
    if (entity.kind !== 'person') continue;
    // The description stands as a role of theirs ("the official, Dao Thanh Binh" gives "official").
    for (const r of [...entity.roles, ...entity.mentions.filter((m) => m.kind === 'role')]) {
      if (r.start <= after || r.start >= bestAt) continue;
      const words = contentWords(r.text);
      if (words.length === 1 && words[0] === head) {
        best = entity;
        bestAt = r.start;
      }
    }
  }
  return best;
}

/** The person mentioned last before offset, when that mention was a description ending in head. */
function introducedAs(registry: EntityRegistry, head: string, before: number): Entity | undefined {
  for (const { entity, at } of registry.recent(before, 600)) {
    if (entity.kind !== 'person') return undefined;
    const mention = entity.mentions.find((m) => m.start === at);
    return mention?.kind === 'role' && contentWords(mention.text).pop() === head ? entity : undefined;
  }
  return undefined;
}

/** How far ahead a description looks for the person it introduces: the next paragraph or two. */
const AHEAD_REACH = 800;
const CLOSE_AHEAD = 400;

/**
 * "… a deputy governor told reporters. … The official, Deputy Governor Doan Minh Chau, said": a
 * person described before being named is the first person named just after whose roles fit.
 */
function personNamedAhead(registry: EntityRegistry, specific: readonly string[], head: string, after: number, indefinite: boolean): Entity | undefined {
  let best: Entity | undefined;
  let bestStart = after + AHEAD_REACH;
  for (const entity of registry.entities) {
    if (entity.kind !== 'person') continue;
    // Where the text first names them: a reference linked ahead of the name does not count.
    const first = entity.mentions.find((m) => m.kind !== 'role' && m.kind !== 'pronoun')?.start ?? -1;
    if (first <= after || first >= bestStart) continue;
    const roleWords = wordsOf(entity);
    // The head must fit; the other words too, unless the name follows within a sentence or two
    // ("A Peruvian meat wholesaler … said … Yolanda Condori, the wholesaler, said").
    // A generic head ("Japan's top currency official") fits the first person named close after it;
    // "an official" or "one official" is more often someone never named.
    const fits = roleWords.has(head) || (!indefinite && GENERIC_HEADS.has(head) && first - after <= CLOSE_AHEAD * 1.5);
    if (!fits || (first - after > CLOSE_AHEAD && roleWords.has(head) && specific.filter((w) => roleWords.has(w)).length < specific.length / 2)) continue;
    best = entity;
    bestStart = first;
  }
  return best;
}

/** A reference to an organization says more than its name: two words or more, one of them not in the name. */
function describesBeyondName(entity: Entity, phrase: string): boolean {
  const words = contentWords(phrase);
  if (words.length < 2) return false;
  const name = new Set(nameWordsOf(entity));
  return words.some((w) => !name.has(w));
}

/** Content words of an organization's name, foreign organization words in English ("Banco" as "bank"). */
const nameWordsOf = (entity: Entity): string[] => {
  const words = contentWords(entity.name).map((w) => ENGLISH_HEAD[w] ?? w);
  // "Dunamu Inc." is a company though its name does not say the word.
  return /\b(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|AG|SA|SE|NV|Bhd|Pte|Pty|GmbH|KK)\.?$/.test(entity.name) ? [...words, 'company', 'firm'] : words;
};

/** Content words of a person's roles or an organization's name, cached until the roles change. */
const wordCache = new WeakMap<Entity, { roles: number; words: Set<string> }>();
function wordsOf(entity: Entity): Set<string> {
  const hit = wordCache.get(entity);
  if (hit && hit.roles === entity.roles.length) return hit.words;
  const roleWords = entity.roles.flatMap((r) => contentWords(r.text));
  // An organization is "the bank" by its name ("Banco de la República" too) or by what the text calls it ("the industry regulator").
  const nameWords = entity.kind === 'person' ? [] : nameWordsOf(entity);
  // A central bank is also "the monetary authority".
  if (nameWords.includes('bank') && (nameWords.includes('central') || nameWords.includes('reserve'))) nameWords.push('monetary', 'authority');
  const words = new Set(entity.kind === 'person' ? roleWords : [...nameWords, ...roleWords]);
  wordCache.set(entity, { roles: entity.roles.length, words });
  return words;
}

/** Organization words in other languages, as an English text refers back to them. */
const ENGLISH_HEAD: Record<string, string> = {
  banco: 'bank', banque: 'bank', banca: 'bank', bundesbank: 'bank', ministerio: 'ministry', 'ministère': 'ministry', ministero: 'ministry',
  'comisión': 'commission', comissão: 'commission', agencia: 'agency', 'agência': 'agency', consejo: 'council', conseil: 'council',
  fondo: 'fund', fundo: 'fund', fonds: 'fund', tesouro: 'treasury', tesoro: 'treasury', 'trésor': 'treasury',
};

/** Start of the entity's last mention before offset, or -1. */
export function lastMentionBefore(entity: Entity, offset: number): number {
  const i = lastIndexBefore(entity.mentions, offset);
  return i < 0 ? -1 : entity.mentions[i].start;
}

const isHeadWord = (w: string): boolean => ROLE_HEADS.has(w) || ORG_HEADS.has(w);

/**
 * Links role phrases ("the Treasury chief", "The vice premier", "the central bank governor",
 * "the ministry") to entities as mentions, and reads each person's gender from the pronouns the
 * text uses for them.
 */
export function linkReferences(text: string, registry: EntityRegistry, words: readonly SentenceWords[]): void {
  registry.startTimeline();
  for (const { tokens, sentence } of words) {
    for (let i = 0; i < tokens.length; i++) {
      const opener = tokens[i].text;
      const definite = opener === 'the' || opener === 'The';
      // "a deputy governor told reporters", "Ghana’s defence minister told AFP": such a description
      // is linked only when it speaks, to the person named just after (or, with an owner, before).
      const speakingOnly = !definite && (INDEFINITE.has(opener) || (isCapitalized(opener) && isPossessive(opener)));
      if (!definite && !speakingOnly) continue;
      // "South Korea’s chief trade negotiator, who …, struck a more cautious tone. “…,” he said.":
      // the sentence's subject, whose words come next as quotation.
      const quotedNext = speakingOnly && ((subjectOfSentence(tokens, i) && quotedByPronounAfter(text, sentence.end))
        // "…,” said a veteran bond trader in Buenos Aires. The trader, Martín Sosa Larrañaga, …"
        || (i > 0 && INVERTED_VERBS.has(tokens[i - 1].text) && INDEFINITE.has(opener)));
      // Most "a"s start no speaking description: look for a speech verb close by before anything else.
      if (speakingOnly && !quotedNext && !speechVerbWithin(tokens, i + 2, i + 18)) continue;
      const head = descriptionHead(text, tokens, i);
      if (head < 0 || (speakingOnly && !quotedNext && !speaksAfter(text, tokens, head))) continue;
      const start = tokens[i].start;
      const end = tokens[head].end;
      const phrase = text.slice(start, end);
      // "The Omani Foreign Ministry" is that ministry's own name, already read as such: never a
      // description of another ministry.
      if (definite && head > i && isCapitalized(tokens[i + 1].text) && registry.lookup(stripPossessive(text.slice(tokens[i + 1].start, end)))) {
        i = head;
        continue;
      }
      const entity = resolveDescription(registry, phrase, start);
      if (entity) {
        registry.mention(entity, { start, end }, phrase, 'role');
        registry.addAlias(entity, phrase);
        // "Indonesia’s deputy investment minister … said": how the text first presents them is a role they hold.
        if (speakingOnly && entity.kind === 'person') registry.addRole(entity, { start, end, text: phrase });
        // "The sovereign wealth fund, which …": words its name does not have describe the organization.
        if (entity.kind === 'organization' && describesBeyondName(entity, phrase)) registry.addRole(entity, { start, end, text: phrase });
        // "the commissioner, a former Swedish finance official, said": another role for the same person.
        const described = entity.kind === 'person' && text[end] === ',' ? APPOSITIVE.exec(text.slice(end, end + 160)) : null;
        if (described && hasRoleHead(described[1])) {
          const at = end + described[0].indexOf(described[1]);
          registry.addRole(entity, { start: at, end: at + described[1].length, text: described[1] });
        }
      }
      i = head;
    }
  }
  registry.finish();
  voteGender(registry, words);
}

const INDEFINITE = new Set(['a', 'an', 'A', 'An', 'one', 'One', 'another', 'Another']);

const INVERTED_VERBS = new Set(['said', 'says', 'added', 'wrote', 'explained', 'warned']);

/** The description at i opens its sentence, after at most its owner's capitalised words ("South Korea’s"). */
function subjectOfSentence(tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (!isCapitalized(tokens[k].text)) return false;
  return i < 3;
}

/** The next sentence is a quotation given by a pronoun: "“…,” he said." */
function quotedByPronounAfter(text: string, at: number): boolean {
  const m = /^\s*["\u201C]([^"\u201C\u201D\n]{1,400})["\u201D]\s*,?\s*(?:he|she)\s+(?:said|added|told)\b/.exec(text.slice(at, at + 500));
  return m !== null;
}

function speechVerbWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < tokens.length && j <= to; j++) if (SPEECH_VERBS.has(tokens[j].text)) return true;
  return false;
}

/** A speech verb follows the head at h: "… minister told", "… governor also said", "… minister of natural resources told". */
function speaksAfter(text: string, tokens: readonly Token[], h: number): boolean {
  // "a Peruvian meat wholesaler who buys about 40 head of cattle a week said": a relative clause may come between.
  const relative = tokens[h + 1]?.text === 'who';
  for (let j = h + 1; j < tokens.length && j <= h + (relative ? 16 : 6); j++) {
    if (!onlySpaceBetween(text, tokens[j - 1].end, tokens[j].start)) return false;
    const w = tokens[j].text.toLowerCase();
    if (SPEECH_VERBS.has(w) && (!relative || j > h + 2)) return true;
    if (j === h + 1 && !relative && !CUE_FILLERS.has(w) && !/^(?:of|for|at|in|on|to)$/.test(w)) return false;
  }
  return false;
}

/** Index of the head noun of the description opened by "the" at i, or -1. */
function descriptionHead(text: string, tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    if (!onlySpaceBetween(text, tokens[k - 1].end, tokens[k].start)) return -1;
    const w = stripPossessive(tokens[k].text.toLowerCase());
    if (SPEECH_VERBS.has(w)) return -1;
    if (!isHeadWord(w)) continue;
    // "the central bank governor": the head is the last of a run of head words.
    for (;;) {
      while (k + 1 < tokens.length && isHeadWord(tokens[k + 1].text.toLowerCase()) && onlySpaceBetween(text, tokens[k].end, tokens[k + 1].start)) k++;
      // "the chief trade negotiator", "a veteran bond trader": a rank, a field, then the head.
      const field = tokens[k + 1];
      const after = tokens[k + 2];
      if (!field || !after || !/^\p{Ll}+$/u.test(field.text) || NOT_NAMES.has(field.text) || SPEECH_VERBS.has(field.text)
        || !isHeadWord(after.text.toLowerCase()) || !onlySpaceBetween(text, tokens[k].end, field.start) || !onlySpaceBetween(text, field.end, after.start)) break;
      k += 2;
    }
    const next = tokens[k + 1];
    // "the Treasury Secretary Janet Yellen" is a title before a name, not a reference.
    if (next && onlySpaceBetween(text, tokens[k].end, next.start) && isCapitalized(next.text) && !ORG_WORDS.has(next.text.toLowerCase())) return -1;
    return k;
  }
  return -1;
}

/**
 * Each subject he/she votes for its likely antecedent: the first person named earlier in its own
 * sentence ("Yellen said she"), else the first person named in the sentence before ("She added").
 */
function voteGender(registry: EntityRegistry, words: readonly SentenceWords[]): void {
  const people = registry.entities.filter((e) => e.kind === 'person');
  if (people.length === 0) return;
  const mentions = people.flatMap((e) => e.mentions.map((m) => ({ start: m.start, entity: e }))).sort((a, b) => a.start - b.start);
  const votes = new Map<Entity, number>();
  const firstPersonIn = (from: number, to: number): Entity | undefined => {
    const i = lastIndexBefore(mentions, from) + 1;
    return i < mentions.length && mentions[i].start < to ? mentions[i].entity : undefined;
  };
  let previous: Span | undefined;
  for (const { sentence, tokens } of words) {
    for (const t of tokens) {
      const sign = t.text === 'she' || t.text === 'She' ? -1 : t.text === 'he' || (t.text === 'He' && t.start === sentence.start) ? 1 : 0;
      if (sign === 0) continue;
      const e = firstPersonIn(sentence.start, t.start) ?? (previous && firstPersonIn(previous.start, previous.end));
      if (!e || lastMentionBefore(e, t.start + 1) === t.start) continue;
      votes.set(e, (votes.get(e) ?? 0) + sign);
    }
    previous = sentence;
  }
  for (const [e, v] of votes) if (!e.gender && v !== 0) e.gender = v < 0 ? 'female' : 'male';
}


