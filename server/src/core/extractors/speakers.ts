import type { Entity, Quote, Span } from '../types';
import type { RawQuote } from './quotes';
import { findSpanIndex, lastIndexBefore } from '../text/search';
import { isCapitalized, onlySpaceBetween, stripPossessive, type Token } from '../text/tokens';
import { CUE_FILLERS, ROLE_HEADS, SPEECH_VERBS, NEWS_AGENCIES } from '../lexicon/words';
import { classifyRun, tokensText, type EntityRegistry, type NameRun } from './entities';
import { PLURAL_SPEAKERS, resolveDescription, type SentenceWords } from './people';

const GROUP_HEADS = new Set(['side', 'sides', 'officials', 'delegation', 'delegations', 'negotiators', 'diplomats', 'leaders']);
/** "a person familiar with the plans": someone described, never named by the description. */
const UNNAMED_HEADS = new Set(['person', 'people', 'reporter', 'journalist']);
/** Plurals that make a named group when qualified ("Opposition senators"); alone ("Analysts said") they name no one. */
const PLURAL_GROUPS = new Set(['senators', 'lawmakers', 'executives', 'insurers', 'manufacturers', 'exporters', 'importers', 'producers',
  'analysts', 'economists', 'investors', 'traders', 'bankers', 'farmers', 'unions', 'federations', 'representatives', 'officials']);
const QUANTIFIERS = new Set(['some', 'many', 'several', 'few', 'most', 'other', 'two', 'three', 'four', 'five', 'all']);
const ORG_REFERENCE_HEADS = new Set(['ministry', 'department', 'bank', 'agency', 'commission', 'council', 'fund',
  'government', 'administration', 'office', 'bureau', 'regulator', 'company', 'firm', 'committee', 'board', 'group',
  'alliance', 'bloc', 'organization', 'organisation', 'cartel', 'association', 'federation', 'lender', 'insurer', 'producer',
  'authority', 'treasury', 'house', 'spokesperson', 'spokesman', 'spokeswoman']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
/** How far back (UTF-16 units, about three paragraphs) a pronoun's antecedent is looked for first. */
const PRONOUN_REACH = 1500;
/** How far back "it" or "they" looks for the organization it stands for. */
const IT_REACH = 400;

const runIndexes = new WeakMap<SentenceWords, { byStart: Map<number, NameRun>; byEnd: Map<number, NameRun> }>();

/** The sentence's runs by where they start and end, built once: a long sentence must not be searched again and again. */
function runIndex(sw: SentenceWords): { byStart: Map<number, NameRun>; byEnd: Map<number, NameRun> } {
  let index = runIndexes.get(sw);
  if (!index) {
    index = { byStart: new Map(sw.runs.map((r) => [r.start, r])), byEnd: new Map(sw.runs.map((r) => [r.end, r])) };
    runIndexes.set(sw, index);
  }
  return index;
}
const runStartingAt = (sw: SentenceWords, start: number): NameRun | undefined => runIndex(sw).byStart.get(start);
const runEndingAt = (sw: SentenceWords, end: number): NameRun | undefined => runIndex(sw).byEnd.get(end);

/** A noun phrase that may name the speaker, as token indexes into a sentence's words. */
interface Subject {
  from: number;
  to: number; // inclusive
  kind: 'pronoun' | 'run' | 'description';
  run?: NameRun;
}

interface Cue {
  verb: Span;
  subject: Subject;
}

/**
 * Attributes each quote to its speaker: a cue right after the quote ("…,” Yellen said), then one
 * before it in the same sentence (Yellen said at a press conference … a “regular cadence”), then
 * one later in the sentence (…, according to X). A quote without a cue of its own continues the
 * utterance of a cued quote just before it in the paragraph, or of the paragraph it runs on from.
 * Anything else stays unattributed.
 */
export function attributeQuotes(text: string, raw: readonly RawQuote[], words: readonly SentenceWords[], registry: EntityRegistry): Quote[] {
  const sentences = words.map((w) => w.sentence);
  const quotes: Quote[] = [];
  let utterances = 0;
  let previousSentence = -1;
  for (let qi = 0; qi < raw.length; qi++) {
    const r = raw[qi];
    const s = findSpanIndex(sentences, r.outerStart);
    const quote: Quote = {
      start: r.start, end: r.end, text: text.slice(r.start, r.end), outerStart: r.outerStart, outerEnd: r.outerEnd,
      speaker: null, cue: null, utterance: -1, unbalanced: r.unbalanced, continues: r.continues,
    };
    // "refiners known as “teapots”": a name something goes by, not anyone's words.
    const before = text.slice(Math.max(0, r.outerStart - 48), r.outerStart);
    const label = LABEL_BEFORE.test(before) || (DOCUMENT_BEFORE.test(before) && isTitleCase(text.slice(r.start, r.end)));
    const cue = s >= 0 && !label ? findCue(text, words[s], r) : undefined;
    if (cue) {
      // A quote running over paragraphs is one voice from its first paragraph: the quote before that
      // is the one whose speaker a "he said" at its end may repeat.
      let first = r;
      while (first.continuesFrom >= 0) first = raw[first.continuesFrom];
      const before = first === r ? quotes[quotes.length - 1] : quotes[raw.indexOf(first) - 1];
      const entity = sameVoice(text, registry, words[s], cue.subject, before, r, first.outerStart) ?? resolveSubject(text, registry, words[s], cue.subject);
      if (entity) quote.speaker = entity.id;
      quote.cue = cue.verb;
      // Quotes sharing one cue are one utterance ("First," she said, "second.").
      const prev = quotes[quotes.length - 1];
      if (r.continuesFrom >= 0) quote.utterance = quotes[r.continuesFrom].utterance;
      else quote.utterance = prev && prev.cue && prev.cue.start === cue.verb.start ? prev.utterance : utterances++;
    } else if (r.continuesFrom >= 0) {
      const from = quotes[r.continuesFrom];
      quote.speaker = from.speaker;
      quote.utterance = from.utterance;
    } else {
      const prev = quotes[quotes.length - 1];
      let reporter: Entity | undefined;
      const sameParagraph = prev && raw[qi - 1].paragraph === r.paragraph;
      const opensSentence = s >= 0 && r.outerStart === sentences[s].start;
      // "First part," she said. "Second part."
      if (sameParagraph && opensSentence && prev.cue && (previousSentence === s - 1 || previousSentence === s) && prev.speaker) {
        quote.speaker = prev.speaker;
        quote.utterance = prev.utterance;
      } else if (opensSentence && prev && !sameParagraph && endsWithColonCue(text, words, s, prev)) {
        quote.speaker = prev.speaker;
        quote.utterance = utterances++;
      } else if (opensSentence && !sameParagraph && (reporter = colonCueBefore(text, words, s, registry))) {
        // "Its director general, Henrik Vollmer, said in a statement:" and then the statement.
        quote.speaker = reporter.id;
        quote.utterance = utterances++;
      } else if (opensSentence && (reporter = reportedBefore(text, words, s, registry))) {
        // "Council chair X told NTB that …" then a paragraph of quotation: X's words.
        quote.speaker = reporter.id;
        quote.utterance = utterances++;
      } else if (opensSentence && prev?.speaker && continuesSpeech(raw, qi, words, s)) {
        // A paragraph of quotation right after one that opened with an attributed quote: the same voice.
        quote.speaker = prev.speaker;
        quote.utterance = prev.utterance;
      } else {
        quote.utterance = utterances++;
      }
    }
    // Multi-paragraph quotes: a cue in a later paragraph names the speaker of the earlier ones too.
    if (quote.speaker && r.continuesFrom >= 0) {
      for (let k = r.continuesFrom; k >= 0 && quotes[k].utterance === quote.utterance && !quotes[k].speaker; k--) quotes[k].speaker = quote.speaker;
    }
    quotes.push(quote);
    previousSentence = s;
  }
  creditHeadings(text, quotes);
  registry.finish();
  return quotes;
}

/**
 * "- ‘Not open for abuse’ -": a quotation standing as a section heading repeats words a speaker says
 * in the article; it is theirs when one attributed quote holds every word of it.
 */
function creditHeadings(text: string, quotes: Quote[]): void {
  // An article has a few headings; a text of nothing but short quoted lines must not cost quotes².
  let headings = 0;
  const wordSets = new Map<Quote, Set<string>>();
  for (const q of quotes) {
    if (headings >= MAX_HEADINGS) return;
    // A heading is a phrase, not a sentence: no full stop of its own.
    if (/[.!?,;:]$/.test(q.text.trim())) continue;
    // Only a short line can be a heading: look no further than that for its ends.
    const before = text.slice(Math.max(0, q.outerStart - 100), q.outerStart);
    const after = text.slice(q.outerEnd, q.outerEnd + 100);
    const lineStart = q.outerStart - before.length + before.lastIndexOf('\n') + 1;
    const newline = after.indexOf('\n');
    const lineEnd = newline < 0 ? (q.outerEnd + after.length === text.length ? text.length : -1) : q.outerEnd + newline;
    if ((lineStart === q.outerStart - before.length && lineStart > 0) || lineEnd < 0 || lineEnd - lineStart > 100 || !HEADING_BEFORE.test(text.slice(lineStart, q.outerStart)) || !HEADING_AFTER.test(text.slice(q.outerEnd, lineEnd))) continue;
    const words = wordsOfQuote(q.text);
    if (words.length < 2) continue;
    headings++;
    const source = quotes.find((o) => {
      if (o === q || !o.speaker || o.text.length <= q.text.length) return false;
      let theirs = wordSets.get(o);
      if (!theirs) wordSets.set(o, (theirs = new Set(wordsOfQuote(o.text))));
      return words.every((w) => theirs.has(w));
    });
    if (source) q.speaker = source.speaker;
  }
}
const MAX_HEADINGS = 20;
const INTRODUCED = /\b(?:asked|said|says|added|replied|wrote|declared)\s*[,:]\s*$/;
const HEADING_BEFORE = /^[\s\u2014\u2013-]*(?:\p{L}+\s+){0,2}$/u;
const HEADING_AFTER = /^[\s\u2014\u2013-]*$/;
const wordsOfQuote = (s: string): string[] => s.toLowerCase().replace(/[\u2019']/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/**
 * "“…,” Kim said. … “…?” she asked": a he or she right after another quote is its speaker again,
 * when the text gives that person no other gender, or the organization whose spokesperson spoke.
 * Wire copy keeps one voice going this way.
 */
function sameVoice(text: string, registry: EntityRegistry, sw: SentenceWords, subject: Subject, prev: Quote | undefined, r: RawQuote, opens = r.outerStart): Entity | undefined {
  if (subject.kind !== 'pronoun' || !prev?.speaker || opens - prev.outerEnd > SAME_VOICE_REACH) return undefined;
  // Someone made anonymous in between ("who asked not to be named") speaks instead; so does one
  // who gives a name ("he said, giving his name as …") or who is described but not named ("A driver
  // from Saga Prefecture who had been waiting said …").
  if (anonymousBefore(text, registry, sw.tokens[subject.from].start)) return undefined;
  if (GIVING_NAME.test(text.slice(sw.tokens[subject.to].end, sw.tokens[subject.to].end + 90))) return undefined;
  if (DESCRIBED_SPEAKER.test(text.slice(prev.outerEnd, opens))) return undefined;
  const pronoun = sw.tokens[subject.from].text.toLowerCase();
  const want = pronoun === 'she' ? 'female' : pronoun === 'he' ? 'male' : undefined;
  const entity = want && registry.entities.find((e) => e.id === prev.speaker);
  if (!entity) return undefined;
  // "A spokeswoman for LAPAR said … “…,” she said": the organization she speaks for, again.
  const spokesperson = entity.kind === 'organization' && prev.cue !== null && /\bspokes(?:person|man|woman)\b/i.test(text.slice(Math.max(0, prev.cue.start - 120), prev.cue.start));
  if (!spokesperson && (entity.kind !== 'person' || (entity.gender !== null && entity.gender !== want))) return undefined;
  // Someone else named between the two quotes takes the pronoun instead.
  const here = sw.tokens[subject.from].start;
  for (const { entity: other, at } of registry.recent(here, Math.max(SAME_VOICE_REACH, here - prev.outerEnd + 1))) {
    if (at < prev.outerEnd) break;
    if (other !== entity && other.kind === 'person') return undefined;
  }
  const span = { start: sw.tokens[subject.from].start, end: sw.tokens[subject.to].end };
  registry.mention(entity, span, text.slice(span.start, span.end), 'pronoun');
  return entity;
}
const SAME_VOICE_REACH = 400;
/** A sentence whose subject is someone described, not named: "A driver from Saga Prefecture who … said". */
const DESCRIBED_SPEAKER = /(?:^|[.!?]\s+)(?:A|An)\s+\p{Ll}[^.!?"\u201C]{0,120}?\b(?:said|says|told|added)\b/u;

/**
 * Quote qi opens its paragraph, and the paragraph before opened with a quote and ended with that
 * speaker's quotes: wire copy carries the speech on without repeating the attribution.
 */
function continuesSpeech(raw: readonly RawQuote[], qi: number, words: readonly SentenceWords[], s: number): boolean {
  const r = raw[qi];
  const sentence = words[s].sentence;
  if (s === 0 || words[s - 1].sentence.paragraph !== r.paragraph - 1 || sentence.paragraph !== r.paragraph) return false;
  if (words[s - 1].sentence.paragraph === sentence.paragraph) return false;
  const prevParagraph = raw.filter((q) => q.paragraph === r.paragraph - 1);
  if (prevParagraph.length === 0) return false;
  const firstSentence = words.find((w) => w.sentence.paragraph === r.paragraph - 1);
  return firstSentence !== undefined && prevParagraph[0].outerStart === firstSentence.sentence.start;
}

/**
 * The speaker of the reported speech that ends the paragraph before a paragraph opening with a
 * quote: "Council chair Siri Haugland Bjerke told NTB that …". Only a person or organization
 * the article names, and only when that paragraph has no quote of its own.
 */
function reportedBefore(text: string, words: readonly SentenceWords[], s: number, registry: EntityRegistry): Entity | undefined {
  const here = words[s];
  const before = words[s - 1];
  if (!before || before.sentence.paragraph !== here.sentence.paragraph - 1 || here.sentence.start !== paragraphStart(words, s)) return undefined;
  if (/["\u201C\u201D]/.test(text.slice(paragraphStart(words, s - 1), before.sentence.end))) return undefined;
  // "Governor Victoria Salinas Ortega defended the decision …" then her words: the paragraph's subject.
  const opening = subjectAt(before, 0);
  const hasVerb = before.tokens.some((_, v) => isSpeechVerb(before.tokens, v) && !before.tokens[v].text.endsWith('ing'));
  if (!hasVerb && opening?.kind === 'run' && opening.run) {
    const cls = classifyRun(opening.run);
    const person = cls.kind === 'person' || cls.kind === 'unknown' ? registry.lookup(tokensText(text, cls.name)) : undefined;
    return person?.kind === 'person' ? person : undefined;
  }
  for (let v = 0; v < before.tokens.length; v++) {
    if (!isSpeechVerb(before.tokens, v) || before.tokens[v].text.endsWith('ing')) continue;
    // "Asked whether the weak yen had forced the bank’s hand, Onodera said …": the question opens, the answer reports.
    if (v === 0 && /^Asked$/.test(before.tokens[0].text)) continue;
    const subject = subjectBefore(text, before, v);
    if (!subject || subject.kind === 'pronoun') return undefined;
    const phrase = text.slice(before.tokens[subject.from].start, before.tokens[subject.to].end);
    const entity = subject.kind === 'run' && subject.run ? registry.lookup(tokensText(text, (classifyRun(subject.run) as { name?: Token[] }).name ?? subject.run.tokens)) : resolveDescription(registry, phrase, before.tokens[subject.to].end);
    return entity && entity.kind !== 'group' ? entity : undefined;
  }
  return undefined;
}

function paragraphStart(words: readonly SentenceWords[], s: number): number {
  let i = s;
  while (i > 0 && words[i - 1].sentence.paragraph === words[s].sentence.paragraph) i--;
  return words[i].sentence.start;
}

/** The previous paragraph ends "…, Yellen said:" and this one is the quote it introduces. */
function endsWithColonCue(text: string, words: readonly SentenceWords[], s: number, prev: Quote): boolean {
  const before = words[s - 1];
  if (!before || !prev.speaker) return false;
  return /:\s*$/.test(text.slice(before.sentence.start, before.sentence.end)) && prev.start >= before.sentence.start && prev.end <= before.sentence.end;
}

/** The speaker of a sentence ending in a colon just before this paragraph ("X said in a statement:"), quoting nothing itself. */
function colonCueBefore(text: string, words: readonly SentenceWords[], s: number, registry: EntityRegistry): Entity | undefined {
  const before = words[s - 1];
  if (!before || before.sentence.paragraph !== words[s].sentence.paragraph - 1) return undefined;
  const sentence = text.slice(before.sentence.start, before.sentence.end);
  if (!/:\s*$/.test(sentence) || /["\u201C\u201D]/.test(sentence)) return undefined;
  const tokens = before.tokens;
  for (let v = tokens.length - 1; v > 0; v--) {
    if (!isSpeechVerb(tokens, v)) continue;
    const subject = subjectBefore(text, before, v);
    return subject && resolveSubject(text, registry, before, subject);
  }
  return undefined;
}

function findCue(text: string, sw: SentenceWords, q: RawQuote): Cue | undefined {
  const tokens = sw.tokens;
  let after = lastIndexBefore(tokens, q.outerEnd) + 1;
  if (after >= tokens.length) after = -1;
  // 1. Right after the closing mark. "…,” according to X" names the source of the report; a
  // speaker named before the quote ("the Chinese side described it as “…,” according to …") wins.
  let reportedBy: Cue | undefined;
  // "When one reporter asked, “Is the programme in danger?”, the minister replied": a quote that a
  // speech verb introduces with a comma or colon is that verb's, not the next clause's.
  const introduced = INTRODUCED.test(text.slice(Math.max(0, q.outerStart - 30), q.outerStart));
  if (!introduced && after >= 0 && /^[\s,;\u2014\u2013-]*$/.test(text.slice(q.outerEnd, tokens[after].start))) {
    const cue = cueAt(text, sw, after, true);
    if (cue && !isAccordingTo(tokens, after)) return cue;
    reportedBy = cue;
  }
  // 2. Before the quote in the same sentence: the nearest speech verb decides, even when its
  // subject is no one we can name ("what officials call the “…” model").
  const beforeEnd = after < 0 ? tokens.length : after;
  for (let v = beforeEnd - 1; v >= 0; v--) {
    if (tokens[v].end > q.outerStart) continue;
    if (!isSpeechVerb(tokens, v) && !isAccordingTo(tokens, v)) continue;
    // "should not be asked to": a passive verb reports no one's words.
    if (v > 0 && /^(?:be|been|being|is|was|were|are)$/.test(tokens[v - 1].text)) continue;
    // "X said the Commission had found that … “…”": the finding is reported by the one who said it.
    if (FINDING_VERBS.has(tokens[v].text.toLowerCase()) && tokens.slice(0, v).some((t, u) => SPEECH_VERBS.has(t.text.toLowerCase()) && isSpeechVerb(tokens, u))) continue;
    const cue = verbCue(text, sw, v);
    // "… said Jakarta welcomed partners from “…”": a place is not a speaker, so the verb before it reports.
    if (cue && cue.subject.kind === 'run' && cue.subject.run && classifyRun(cue.subject.run).kind === 'place' && tokens.slice(0, v).some((_, u) => isSpeechVerb(tokens, u))) continue;
    return cue ?? reportedBy;
  }
  if (reportedBy) return reportedBy;
  // 3. Later in the sentence.
  if (after >= 0) {
    for (let v = after; v < tokens.length; v++) {
      const cue = verbCue(text, sw, v);
      if (cue) return cue;
    }
  }
  return undefined;
}

/** A cue starting at token a: "Yellen said", "said Liao", "the ministry said", "according to X". */
function cueAt(text: string, sw: SentenceWords, a: number, adjacent: boolean): Cue | undefined {
  const tokens = sw.tokens;
  if (isSpeechVerb(tokens, a) || isAccordingTo(tokens, a)) return verbCue(text, sw, a, adjacent);
  const subject = subjectAt(sw, a);
  if (!subject) return undefined;
  let v = subject.to + 1;
  while (v < tokens.length && CUE_FILLERS.has(tokens[v].text.toLowerCase())) v++;
  if (v < tokens.length && isSpeechVerb(tokens, v)) return { verb: tokens[v], subject };
  // "…,” India’s ambassador to the WTO, Rajeev Krishnamurthy, told AFP: the verb comes after an appositive.
  for (let k = subject.to + 1; k < tokens.length && k <= subject.to + 14; k++) {
    if (!isSpeechVerb(tokens, k)) continue;
    // "…,” the region’s minister of natural resources told …: the description runs on to the verb.
    if (subject.kind === 'description' && PREPOSITIONS.has(tokens[subject.to + 1].text) && k <= subject.to + 10 && onlyWordsBetween(text, tokens[subject.to].end, tokens[k].start)) return { verb: tokens[k], subject };
    return verbCue(text, sw, k);
  }
  return undefined;
}

const DOCUMENTS = new Set(['statement', 'report', 'readout', 'release', 'filing', 'transcript', 'notice', 'document', 'announcement', 'data', 'figures', 'survey', 'note', 'letter', 'post',
  'presentation', 'prospectus', 'memo', 'draft', 'assessment', 'analysis', 'study', 'review', 'estimate', 'estimates', 'forecast', 'forecasts', 'projections', 'calculations', 'sheet']);

/** "according to a statement from the U.S. Treasury": the source named after the document. */
function sourceOf(tokens: readonly Token[], i: number): number {
  for (let k = i; k < tokens.length && k < i + 5; k++) {
    if (!DOCUMENTS.has(tokens[k].text.toLowerCase())) continue;
    const by = tokens[k + 1]?.text.toLowerCase();
    return by === 'from' || by === 'by' || by === 'of' ? k + 2 : i;
  }
  return i;
}

const PLATFORMS = /^(?:X|Twitter|Facebook|Instagram|Telegram|WeChat|Weibo|LinkedIn|Bluesky|Threads|Truth|TikTok|YouTube)$/;

/** No comma, bracket or other punctuation between two offsets. */
const onlyWordsBetween = (text: string, from: number, to: number): boolean => !/[,;:()\u2014"\u201C\u201D]/.test(text.slice(from, to));

/** Speech verbs that are also plural nouns: "member states may", "the new notes will pay", "insurance claims". */
const NOUN_OR_VERB = new Set(['states', 'notes', 'claims', 'reports', 'remarks', 'comments', 'calls', 'promises', 'pledges', 'vows', 'replies', 'responds']);
const FINDING_VERBS = new Set(['found', 'finds', 'ruled', 'rules', 'concluded', 'determined', 'judged']);
const CALL_AS_NOUN = new Set(['a', 'the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'one', 'video', 'phone', 'telephone', 'conference', 'margin', 'wake-up', 'earnings', 'investor', 'roll', 'close', 'judgment', 'judgement']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'who', 'which', 'that']);

/** A verb that reports speech: the list, plus "posted on X", "as she put it" and the like. */
function isSpeechVerb(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i].text.toLowerCase();
  if (NOUN_OR_VERB.has(w)) {
    // A verb here has a name or a pronoun before it ("Vollmer notes", "the report, which states"), or "that" after it.
    const prev = tokens[i - 1];
    return (prev !== undefined && (isCapitalized(prev.text) || SUBJECT_PRONOUNS.has(prev.text.toLowerCase()))) || tokens[i + 1]?.text === 'that';
  }
  // "a video call", "the call": the noun; "what traders call", "they call": the verb.
  if (w === 'call') return !CALL_AS_NOUN.has(tokens[i - 1]?.text.toLowerCase() ?? '');
  if (SPEECH_VERBS.has(w)) return true;
  if (w === 'put' && tokens[i + 1]?.text === 'it' && tokens[i - 2]?.text.toLowerCase() === 'as') return true;
  // "The panel found that … “material injury”": a finding reports what a panel or study says.
  if (FINDING_VERBS.has(w) && tokens[i + 1]?.text === 'that') return true;
  // "pressed for “predictable access”": a demand reports what someone asked for.
  if ((w === 'pressed' || w === 'pushed' || w === 'appealed') && tokens[i + 1]?.text === 'for') return true;
  return (w === 'posted' || w === 'wrote' || w === 'writes' || w === 'posts') && tokens[i + 1]?.text === 'on' && PLATFORMS.test(tokens[i + 2]?.text ?? '');
}

const isAccordingTo = (tokens: readonly Token[], i: number): boolean =>
  tokens[i].text.toLowerCase() === 'according' && tokens[i + 1]?.text.toLowerCase() === 'to';

/** The verb at v with its subject, before it ("Yellen said") or after it ("said Yellen"). */
function verbCue(text: string, sw: SentenceWords, v: number, preferAfter = false): Cue | undefined {
  const tokens = sw.tokens;
  if (isAccordingTo(tokens, v)) {
    const subject = subjectAt(sw, sourceOf(tokens, v + 2));
    return subject ? { verb: { start: tokens[v].start, end: tokens[v + 1].end }, subject } : undefined;
  }
  if (!isSpeechVerb(tokens, v)) return undefined;
  // "calls CBAM “…”", "told Reuters": after these verbs comes the one spoken of or to, never the speaker.
  const inverts = !NO_INVERSION.has(tokens[v].text.toLowerCase());
  if (preferAfter && inverts) {
    const subject = subjectAt(sw, v + 1);
    if (subject && (subject.kind !== 'description' || isSpeakerDescription(sw, subject))) return { verb: tokens[v], subject };
  }
  const before = subjectBefore(text, sw, v);
  if (before) return { verb: tokens[v], subject: before };
  if (!preferAfter && inverts) {
    const subject = subjectAt(sw, v + 1);
    if (subject && subject.kind !== 'pronoun' && isSpeakerDescription(sw, subject)) return { verb: tokens[v], subject };
  }
  return undefined;
}

function isSpeakerDescription(sw: SentenceWords, s: Subject): boolean {
  if (s.kind !== 'description') return true;
  const head = sw.tokens[s.to].text.toLowerCase();
  return ROLE_HEADS.has(head) || GROUP_HEADS.has(head) || ORG_REFERENCE_HEADS.has(head) || UNNAMED_HEADS.has(head);
}

/** The noun phrase starting at token i. */
function subjectAt(sw: SentenceWords, i: number): Subject | undefined {
  const tokens = sw.tokens;
  const t = tokens[i];
  if (!t) return undefined;
  const w = t.text.toLowerCase();
  if (PRONOUNS.has(w) && !(t.text === 'He' && sw.runs.some((r) => r.start === t.start))) return { from: i, to: i, kind: 'pronoun' };
  const run = runStartingAt(sw, t.start);
  // "Taiwan’s life insurers", "Ghana’s defence minister": an owner before a description of someone.
  if (run?.possessive) {
    const description = descriptionFrom(sw, i + run.tokens.length - 1);
    if (description) return { ...description, from: i };
  }
  if (run) {
    const to = i + run.tokens.length - 1;
    // "Treasury Department", "Commerce Ministry": a run headed by an organization word is a description too.
    return isHead(tokens[to]) ? { from: i, to, kind: 'description', run } : { from: i, to, kind: 'run', run };
  }
  // "said one banker involved in the sale": "one" and "another" open a description too.
  if (w === 'the' || w === 'a' || w === 'an' || w === 'one' || w === 'another' || /['\u2019]s$/.test(w)) return descriptionFrom(sw, i);
  return undefined;
}

const isHead = (t: Token): boolean => {
  const w = stripPossessive(t.text.toLowerCase());
  return ROLE_HEADS.has(w) || GROUP_HEADS.has(w) || ORG_REFERENCE_HEADS.has(w) || PLURAL_GROUPS.has(w) || UNNAMED_HEADS.has(w);
};

/** "the vice finance minister", "the Treasury Department", "the Chinese side": up to the head noun. */
function descriptionFrom(sw: SentenceWords, article: number): Subject | undefined {
  const tokens = sw.tokens;
  for (let k = article + 1; k < tokens.length && k <= article + 5; k++) {
    const w = stripPossessive(tokens[k].text.toLowerCase());
    if (SPEECH_VERBS.has(w) || w === 'who' || w === 'that' || w === 'which') return undefined;
    if (!isHead(tokens[k])) continue;
    // "the central bank governor": the head is the last of a run of heads.
    while (k + 1 < tokens.length && isHead(tokens[k + 1])) k++;
    // "the official Xinhua News Agency", "the Treasury Secretary Janet Yellen": a name follows.
    const around = sw.runs[lastIndexBefore(sw.runs, tokens[k].start + 1)];
    const named = (tokens[k + 1] && runStartingAt(sw, tokens[k + 1].start)) || (around && around.end > tokens[k].end ? around : undefined);
    if (named) {
      const from = named.index;
      return { from, to: from + named.tokens.length - 1, kind: 'run', run: named };
    }
    const candidate = sw.runs[lastIndexBefore(sw.runs, tokens[article].start) + 1];
    const run = candidate && candidate.end <= tokens[k].end ? candidate : undefined;
    return { from: article, to: k, kind: 'description', run };
  }
  return undefined;
}

const PREPOSITIONS = new Set(['in', 'at', 'from', 'for', 'of', 'on', 'to', 'with']);
const LABEL_BEFORE = /\b[A-Z][a-z]+s\s+call\s+(?:the\s+|an?\s+)?$|\bwhat\s+(?:the\s+)?(?:trade|industry|market|traders|locals|insiders|critics|economists|analysts|officials|investors|many|some)\s+(?:calls?|dubs?|terms?)\s+(?:the\s+|an?\s+)?$|\b(?:known|referred to|billed|branded|nicknamed)\s+as\s+$|\b(?:dubbed|so-called|nicknamed|termed|titled|named|entitled)\s+$|\btalk\s+of\s+$/i;
/** A title in quotes after the document it names: the agreement “On Strategic Cooperation in the Gas Industry”. */
const DOCUMENT_BEFORE = /\b(?:agreement|treaty|law|act|decree|report|study|strategy|plan|programme|program|paper|book|resolution|declaration|memorandum|accord|charter|roadmap|bulletin|review|survey|outlook|newsletter|in\s+(?:its|his|her|their|the|a)(?:\s+(?:latest|new|monthly|quarterly|annual|weekly))?)\s+$/i;
const isTitleCase = (quote: string): boolean => {
  const words = quote.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
};
const NO_INVERSION = new Set(('told tells tell called calls call described describes accused accuses welcomed welcomes hailed condemned ' +
  'criticised criticized denounced dismissed praised assured assures reminded').split(' '));
const SEEN_BY = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'quoted', 'cited', 'reported']);
const RELATIVES = new Set(['who', 'which', 'that', 'whom']);

/** The subject of the verb at v: the phrase just before it, past an appositive or a place, or the sentence's own subject. */
function subjectBefore(text: string, sw: SentenceWords, v: number): Subject | undefined {
  const tokens = sw.tokens;
  let k = v - 1;
  while (k >= 0 && CUE_FILLERS.has(tokens[k].text.toLowerCase())) k--;
  if (k < 0) return undefined;
  // "The Congress party, meanwhile, said": an adverb set off by commas stands between subject and verb.
  const aside = k + 1 < v && /^,\s*$/.test(text.slice(tokens[k].end, tokens[k + 1].start)) && /^\s*,\s*$/.test(text.slice(tokens[v - 1].end, tokens[v].start));
  // "The Congress party, meanwhile, said": a capitalised name before the lowercase word "party", opening the sentence.
  if (tokens[k].text === 'party' && k > 0) {
    const named = runEndingAt(sw, tokens[k - 1].end);
    if (named && onlySpaceBetween(text, tokens[k - 1].end, tokens[k].start)) {
      const from = named.index > 0 && /^the$/i.test(tokens[named.index - 1].text) ? named.index - 1 : named.index;
      // Only as the sentence's subject: "…, of the right-wing Democratic Centre party, said" is an appositive.
      if (from === 0) return { from, to: k, kind: 'description', run: named };
    }
  }
  // "One of the people said": one of an unnamed group, no one the text names.
  if (k >= 3 && /^(?:people|sources|them|those)$/.test(tokens[k].text) && /^(?:one|One)$/.test(tokens[k - 3].text) && tokens[k - 2].text === 'of') {
    return { from: k - 3, to: k, kind: 'description' };
  }
  // "with some investors warning that …": an unnamed group speaks.
  if (tokens[v].text.endsWith('ing') && PLURAL_SPEAKERS.has(tokens[k].text.toLowerCase())) return undefined;
  // "…, warning of", "said … and urged": the subject of the speech verb before it in the sentence.
  const coordinated = tokens[k].text === 'and' || tokens[k].text === 'but';
  if (coordinated || tokens[v].text.endsWith('ing')) {
    for (let p = k; p >= 0; p--) {
      if (!isSpeechVerb(tokens, p) || tokens[p].text.endsWith('ing')) continue;
      const earlier = subjectBefore(text, sw, p);
      if (earlier) return earlier;
      break;
    }
    // "Orozco declined to give details but said": the sentence's own subject.
    if (coordinated) {
      const first = subjectAt(sw, 0);
      return first && first.to < k && first.kind !== 'pronoun' ? first : undefined;
    }
  }
  // "The NPS, which manages …, said": the name before the relative clause.
  for (let r = k; r > 0 && r > k - 25; r--) {
    if (!/^(?:which|who|whose)$/.test(tokens[r].text)) continue;
    // "the Coral Meridian, which it said was …": the clause has a subject of its own.
    if (r + 1 === k && PRONOUNS.has(tokens[k].text.toLowerCase())) break;
    if (!/,\s*$/.test(text.slice(tokens[r - 1].end, tokens[r].start))) break;
    const named = runEndingAt(sw, tokens[r - 1].end);
    // "a term sheet seen by AFP, which describes …": the document speaks, not the agency that saw it.
    if (named && named.index >= 2 && tokens[named.index - 1].text === 'by' && SEEN_BY.has(tokens[named.index - 2].text)) return undefined;
    // "X, chair of the United Brands Association, which represents …, said": the association sits in
    // X's appositive; X speaks.
    const inside = named && (tokens[named.index - 1]?.text === 'the' ? tokens[named.index - 2] : tokens[named.index - 1]);
    if (named && inside && /^(?:of|at|for|from|with)$/.test(inside.text)) {
      const outer = appositiveSubject(text, sw, r - 1);
      if (outer) return outer;
    }
    if (named && classifyRun(named).kind !== 'place') {
      const from = named.index;
      return isHead(tokens[r - 1]) ? { from, to: r - 1, kind: 'description', run: named } : { from, to: r - 1, kind: 'run', run: named };
    }
    break;
  }
  // "Chen Lixia, a spokeswoman for the embassy, said": skip back over the appositive.
  if (!aside && /,\s*$/.test(text.slice(tokens[k].end, tokens[k + 1]?.start ?? tokens[k].end + 1))) {
    // "India’s ambassador to the WTO, Rajeev Krishnamurthy, told": the name itself stands before the verb.
    const own = runEndingAt(sw, tokens[k].end);
    // "The official, Deputy Governor Doan Minh Chau, said"; "The vessel’s manager, Aegean Crest Shipping, said" too.
    if (own && own.tokens.length >= 2 && /,\s*$/.test(text.slice(Math.max(0, own.start - 3), own.start)) && classifyRun(own).kind !== 'place') {
      const from = own.index;
      return { from, to: k, kind: 'run', run: own };
    }
    const appositive = appositiveSubject(text, sw, k);
    if (appositive) return appositive;
  }
  let t = tokens[k];
  let w = t.text.toLowerCase();
  // "according to Menon, who called it …": the person the relative clause hangs on.
  if (w === 'who' && k > 0) {
    const antecedent = runEndingAt(sw, tokens[k - 1].end);
    if (antecedent && classifyRun(antecedent).kind !== 'place') {
      const from = antecedent.index;
      return { from, to: k - 1, kind: 'run', run: antecedent };
    }
  }
  if (RELATIVES.has(w)) return undefined;
  // "the Japanese side proposed what it called a “…”": "it" is the sentence's own subject.
  if ((w === 'it' || w === 'they') && k > 1 && tokens[k - 1].text.toLowerCase() === 'what') {
    // The subject of the verb before "what" ("the Japanese side proposed").
    const main = subjectBefore(text, sw, k - 2);
    if (main && main.kind !== 'pronoun') return main;
  }
  if (PRONOUNS.has(w)) {
    const asRun = runEndingAt(sw, t.end);
    if (asRun && t.text === 'He') return { from: k, to: k, kind: 'run', run: asRun };
    return { from: k, to: k, kind: 'pronoun' };
  }
  // "what critics call": the verb has its own subject, just not one we can name.
  if (k > 0 && /^(?:what|which|who|whom|that)$/i.test(tokens[k - 1].text)) return undefined;
  let run = runEndingAt(sw, t.end);
  // "The Russian Embassy in London said": a place after a preposition is not the speaker.
  if (run) {
    const from = run!.index;
    // "Analysts at Grupo Financiero Andino wrote": the firm speaks through its unnamed staff.
    if (from > 1 && (tokens[from - 1].text === 'at' || tokens[from - 1].text === 'from') && PLURAL_SPEAKERS.has(tokens[from - 2].text.toLowerCase()) && classifyRun(run).kind !== 'place') {
      return { from, to: k, kind: 'run', run };
    }
    // "Annelies Wouters of the Flemish socialist party Vooruit told": the person whose organization it is.
    const member = personBeforeOf(text, sw, from);
    if (member) return member;
    // Back over capitalised words a place's run left out ("New" of "New Delhi") to the preposition.
    let p = from - 1;
    if (classifyRun(run).kind === 'place') while (p > 1 && isCapitalized(tokens[p].text) && onlySpaceBetween(text, tokens[p].end, tokens[p + 1].start)) p--;
    if (p > 0 && PREPOSITIONS.has(tokens[p].text) && classifyRun(run).kind !== 'person') {
      k = p - 1;
      t = tokens[k];
      w = t.text.toLowerCase();
      run = runEndingAt(sw, t.end);
    }
  }
  if (run) {
    const from = run!.index;
    // A named organization or person is itself the speaker ("The Office of the US Trade Representative said").
    const cls = classifyRun(run).kind;
    if (cls === 'organization' || cls === 'person') return { from, to: k, kind: 'run', run };
    const article = from > 0 && /^the$/i.test(tokens[from - 1].text) ? from - 1 : from;
    if (isHead(t) && (article < from || !ROLE_HEADS.has(stripPossessive(w)))) return { from: article, to: k, kind: 'description', run };
    return { from, to: k, kind: 'run', run };
  }
  if (isHead(t)) {
    for (let a = k; a >= 0 && a >= k - 5; a--) {
      const aw = tokens[a].text.toLowerCase();
      if (aw === 'the' || aw === 'a' || aw === 'an' || aw === 'one' || /['\u2019]s$/.test(aw)) return { from: a, to: k, kind: 'description' };
    }
    // "Opposition senators said", "Industry executives said": a named group, when a capitalised word qualifies it.
    if (PLURAL_GROUPS.has(w) && k > 0) {
      let a = k;
      while (a > 0 && k - a < 3 && isCapitalized(tokens[a - 1].text) && onlySpaceBetween(text, tokens[a - 1].end, tokens[a].start)) a--;
      if (a < k && !QUANTIFIERS.has(tokens[a - 1]?.text.toLowerCase() ?? '')) return { from: a, to: k, kind: 'description' };
    }
  }
  // "The Chinese side in a statement issued later in the day also said": the sentence's subject,
  // when it is a description of someone; a participle ("…, saying") takes any sentence subject.
  const participle = tokens[v].text.endsWith('ing');
  let first = subjectAt(sw, 0) ?? (participle ? subjectAfterOpening(text, sw, v) : undefined);
  // "Central bank president Mariana Ibarra Goñi went further on X, writing …": the person after the lowercase title.
  if (participle && first?.kind === 'run' && first.run && classifyRun(first.run).kind !== 'person') {
    const person = sw.runs.find((r) => r.index > first!.to + 1 && r.index <= first!.to + 4 && r.index < v
      && ROLE_HEADS.has(sw.tokens[r.index - 1].text) && sw.tokens.slice(first!.to + 1, r.index).every((t) => /^\p{Ll}/u.test(t.text))
      && ['person', 'unknown'].includes(classifyRun(r).kind));
    if (person) first = { from: person.index, to: person.index + person.tokens.length - 1, kind: 'run', run: person };
  }
  if (first && first.to < v && (first.kind === 'description' || first.kind === 'pronoun' || participle)) return first;
  return undefined;
}

/** "In the end, the Philippine side accepted …, calling it …": the subject after an opening phrase and its comma. */
function subjectAfterOpening(text: string, sw: SentenceWords, v: number): Subject | undefined {
  const tokens = sw.tokens;
  for (let i = 1; i < v && i <= 8; i++) {
    if (!/,\s*$/.test(text.slice(tokens[i - 1].end, tokens[i].start))) continue;
    const subject = subjectAt(sw, i);
    return subject && subject.kind !== 'pronoun' ? subject : undefined;
  }
  return undefined;
}

/** A full name, then "of" or "from" and a description of an organization ending at token from - 1. */
function personBeforeOf(text: string, sw: SentenceWords, from: number): Subject | undefined {
  const tokens = sw.tokens;
  let j = from - 1;
  // Lowercase words of the description ("the Flemish socialist party"), at most five.
  while (j > 0 && from - j <= 6 && tokens[j].text !== 'of' && tokens[j].text !== 'from' && (tokens[j].text === 'the' || /^\p{Ll}/u.test(tokens[j].text) || isCapitalized(tokens[j].text)) && onlySpaceBetween(text, tokens[j].end, tokens[j + 1].start)) j--;
  if (j < 2 || (tokens[j].text !== 'of' && tokens[j].text !== 'from') || !onlySpaceBetween(text, tokens[j - 1].end, tokens[j].start)) return undefined;
  const person = runEndingAt(sw, tokens[j - 1].end);
  if (!person || person.tokens.length < 2) return undefined;
  const kind = classifyRun(person).kind;
  return kind === 'person' || kind === 'unknown' ? { from: person.index, to: person.index + person.tokens.length - 1, kind: 'run', run: person } : undefined;
}

/** The name before an appositive that ends at token k: "Zhao Wenjun, a vice minister at China’s Ministry of Commerce, told". */
function appositiveSubject(text: string, sw: SentenceWords, k: number): Subject | undefined {
  const tokens = sw.tokens;
  for (let j = k; j >= 0 && j > k - 40; j--) {
    const gap = text.slice(tokens[j].end, tokens[j + 1]?.start ?? tokens[j].end);
    if (j < k && /,\s*$/.test(gap)) {
      const run = runEndingAt(sw, tokens[j].end);
      // "the commissioner, a former Swedish finance official, said"
      if (!run && isHead(tokens[j])) {
        // "the commissioner, …", "Indonesia’s deputy investment minister, who attended the signing, said".
        for (let a = j; a >= 0 && a >= j - 5; a--) {
          if (/^(?:the|The|a|A|an|An)$/.test(tokens[a].text) || (a < j && isCapitalized(tokens[a].text) && /['\u2019]s$/.test(tokens[a].text))) return { from: a, to: j, kind: 'description' };
        }
      }
      // "… committee on aids, loans and debt management, said": a comma inside the appositive; look further back.
      if (!run && j > 0 && /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '') && k - j < 30) continue;
      if (!run) return undefined;
      // "X, president of the National Mining Society, known as Sonami, called"; "X, an economist at the
      // Institute of Economic Affairs, a … think tank, said": a name inside the appositive; look further back.
      const inside = tokens[run.index - 1]?.text === 'the' ? tokens[run.index - 2] : tokens[run.index - 1];
      if (inside && /^(?:at|of|for|from|with|in|as|by|to)$/.test(inside.text) && k - j < 30) continue;
      const cls = classifyRun(run);
      if (cls.kind === 'place') return undefined;
      // "An official at Korea Gas Corp. (KOGAS), the state-run gas wholesaler, said": the official speaks.
      const named = text[run.start - 1] === '(' && run.index > 0 ? runEndingAt(sw, tokens[run.index - 1].end) ?? run : run;
      const described = describedWorkerOf(sw, named.index);
      if (described) return described;
      const from = run.index;
      return { from, to: j, kind: 'run', run };
    }
    if (/[.;:]/.test(gap)) return undefined;
  }
  return undefined;
}

/**
 * "Shunsuke Hamada, the vice finance minister, declined to say … “…,” Japan’s top currency diplomat
 * told reporters": a description that fits no one, right after a person named in the same paragraph
 * with no one else in between, is that person described another way.
 */
function describedAgain(text: string, registry: EntityRegistry, phrase: string, start: number, head: string): Entity | undefined {
  if (!ROLE_HEADS.has(head.toLowerCase()) || /^(?:an?|one|another|some)\s/i.test(phrase)) return undefined;
  for (const { entity, at } of registry.recent(start, 400)) {
    const between = text.slice(at, start);
    if (entity.kind !== 'person' || !entity.name.includes(' ') || between.includes('\n') || new RegExp(ANONYMOUS.source).test(between)) return undefined;
    return entity;
  }
  return undefined;
}

/** Bodies a country owns, named by owner and kind when the text gives no proper name: "China's commerce ministry". */
const OWNED_BODY_HEADS = new Set(['ministry', 'department', 'regulator', 'agency', 'commission', 'embassy', 'cabinet', 'parliament', 'delegation']);

/** Heads by which wire copy refers back to the company or group it is writing about. */
const TOPIC_ORG_HEADS = new Set(['company', 'firm', 'group', 'house', 'lender', 'insurer', 'producer', 'operator', 'maker', 'carmaker', 'automaker', 'chipmaker', 'miner', 'exchange', 'bank', 'fund']);

/** The organization that opens the sentence before the one starting at start, in the same paragraph. */
function organizationOpening(text: string, registry: EntityRegistry, start: number): Entity | undefined {
  const window = text.slice(Math.max(0, start - 600), start);
  const offset = start - window.length;
  let previous = -1;
  let last = -1;
  for (const m of window.matchAll(/[.!?]["\u201D\u2019]?\s+|\n/g)) {
    previous = last;
    last = m.index! + m[0].length;
  }
  // The boundary just before this sentence is the last one; the sentence before begins after the one before it.
  if (last !== window.length || previous < 0 || window.slice(previous, last).includes('\n\n')) return undefined;
  let at = offset + previous;
  if (text.startsWith('The ', at)) at += 4;
  return registry.entities.find((e) => e.kind === 'organization' && !NEWS_AGENCIES.has(e.name) && e.mentions.some((m) => m.start === at && m.kind !== 'pronoun'));
}

/** "An official at X", "a spokesman for X": the description of someone at the organization named from token at. */
function describedWorkerOf(sw: SentenceWords, at: number): Subject | undefined {
  const tokens = sw.tokens;
  let p = at - 1;
  if (p >= 0 && /^the$/i.test(tokens[p].text)) p--;
  if (p < 1 || !/^(?:at|of|for|from|with)$/.test(tokens[p].text) || !isHead(tokens[p - 1])) return undefined;
  for (let a = p - 1; a >= 0 && a >= p - 4; a--) {
    if (/^(?:a|A|an|An)$/.test(tokens[a].text)) return { from: a, to: p - 1, kind: 'description' };
  }
  return undefined;
}

function resolveSubject(text: string, registry: EntityRegistry, sw: SentenceWords, subject: Subject): Entity | undefined {
  const tokens = sw.tokens;
  const span = { start: tokens[subject.from].start, end: tokens[subject.to].end };
  const phrase = text.slice(span.start, span.end);
  let entity: Entity | undefined;
  let kind: 'pronoun' | 'role' | 'name' | 'surname' | 'alias' = 'name';
  if (subject.kind === 'pronoun') {
    // "… he said, giving his name as Takeshi Ogawa": the name that follows.
    const given = GIVING_NAME.exec(text.slice(span.end, span.end + 90));
    if (given) {
      const at = span.end + given.index + given[0].length - given[1].length;
      const named = registry.lookup(given[1]) ?? registry.add('person', given[1]);
      registry.mention(named, { start: at, end: at + given[1].length }, given[1], 'name');
      entity = named;
    } else if (!anonymousBefore(text, registry, span.start)) {
      // "the Coral Meridian, which it said was carrying …": "it" is not what "which" stands for.
      const relative = subject.from > 0 && /^(?:which|that)$/.test(tokens[subject.from - 1].text) ? runEndingAt(sw, tokens[subject.from - 2]?.end ?? -1) : undefined;
      const antecedent = relative && registry.lookup(tokensText(text, relative.tokens));
      entity = resolvePronoun(registry, phrase.toLowerCase(), span.start, antecedent);
    }
    kind = 'pronoun';
  } else if (ANONYMOUS_AFTER.test(text.slice(span.end, span.end + 120)) || (INDEFINITE_PERSON.test(phrase) && ANONYMOUS_NEXT.test(text.slice(span.end, span.end + 600)))) {
    // "An official in the United Arab Emirates, speaking on condition of anonymity, said": no one
    // named; nor is "An official at KOGAS said … The official asked not to be named".
    return undefined;
  } else if (subject.kind === 'run' && subject.run) {
    const cls = classifyRun(subject.run);
    const name = cls.kind === 'person' || cls.kind === 'organization' || cls.kind === 'unknown' ? tokensText(text, cls.name) : '';
    if (name) {
      entity = registry.lookup(name);
      if (!entity) {
        if (cls.kind === 'organization') entity = registry.add('organization', name);
        // A new person needs a full name: "Economists said", "Iraq pledged" name no one.
        // A single capitalised word opening the sentence ("Gas distributors …") is no one's name,
        // unless a relative clause says what it is ("Copa-Cogeca, which represents …").
        else if (/^\p{Lu}\p{Ll}/u.test(name) && !PLURAL_SPEAKERS.has(name.toLowerCase())) {
          const relative = /^,\s+(which|who)\b/.exec(text.slice(subject.run.end, subject.run.end + 8))?.[1];
          if (name.includes(' ') || !subject.run.sentenceInitial || relative === 'who') entity = registry.add('person', name);
          else if (relative === 'which') entity = registry.add('organization', name);
        }
        if (entity) registry.mention(entity, span, name, 'name');
      }
      kind = entity && name.toLowerCase() === entity.name.toLowerCase() ? 'name' : 'surname';
    }
    return entity;
  } else {
    // "the Commerce Department" may contain the very name it refers to. After "said" ("…,” said the
    // head of X.") the person named as the next sentence opens may be the one described.
    // "Dunamu Inc., which operates Upbit, …, said … “…,” the company said": the organization the
    // sentence before is about, not the last one it names.
    const topic = /^the\s/i.test(phrase) && TOPIC_ORG_HEADS.has(tokens[subject.to].text.toLowerCase()) ? organizationOpening(text, registry, sw.sentence.start) : undefined;
    if (topic) {
      registry.mention(topic, span, phrase, 'role');
      return topic;
    }
    const inverted = subject.from > 0 && /^(?:said|says|added)$/.test(tokens[subject.from - 1].text);
    // "The Congress party said": the party the capitalised word names.
    const partyName = /^party$/i.test(tokens[subject.to].text) ? sw.runs.find((r) => r.start >= span.start && r.end <= tokens[subject.to].start) : undefined;
    if (partyName) {
      const name = tokensText(text, partyName.tokens);
      const party = registry.lookup(name) ?? registry.add('organization', name);
      registry.mention(party, span, phrase, 'alias');
      return party;
    }
    entity = resolveDescription(registry, phrase, span.end, inverted ? { text } : undefined)
      ?? describedAgain(text, registry, phrase, span.start, tokens[subject.to].text);
    kind = 'role';
    // "An IMF spokesperson said", "a ministry spokesman said": an unnamed spokesperson speaks for the organization.
    if (!entity && /\bspokes(?:person|man|woman)$/i.test(phrase)) {
      const org = subject.run && classifyRun(subject.run).kind === 'organization' ? registry.lookup(tokensText(text, subject.run.tokens)) : undefined;
      const inner = phrase.replace(/^(?:an?|the)\s+/i, '').replace(/(?:^|\s+)spokes(?:person|man|woman)$/i, '');
      entity = inner ? org ?? registry.lookup(inner) ?? resolveDescription(registry, `the ${inner}`, span.start) : spokenForBefore(text, registry, span.start);
      if (entity?.kind === 'person') entity = undefined;
    }
    const head = stripPossessive(tokens[subject.to].text.toLowerCase());
    // "the Chinese side", "Opposition senators"; "the two sides" of a joint statement too.
    if (!entity && (((GROUP_HEADS.has(head) || (PLURAL_GROUPS.has(head) && subject.to > subject.from)) && /\p{Lu}/u.test(phrase)) || /^(?:the\s+)?(?:two|both)\s+sides$/i.test(phrase))) {
      entity = registry.add('group', phrase.replace(/^the\s+/i, ''));
      kind = 'name';
    }
    // "China's commerce ministry said": a named country's ministry, an organization of its own.
    if (!entity && OWNED_BODY_HEADS.has(head) && /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?['\u2019]s\s+\p{Ll}/u.test(phrase)) {
      entity = registry.lookup(phrase) ?? registry.add('organization', phrase);
      kind = 'name';
    }
    if (!entity && ORG_REFERENCE_HEADS.has(head) && isCapitalized(tokens[subject.to].text) && subject.run) {
      entity = registry.add('organization', phrase.replace(/^the\s+/i, ''));
      kind = 'name';
    }
  }
  if (entity) registry.mention(entity, span, phrase, kind);
  return entity;
}

const GIVING_NAME = /^\s+\w+,\s+giving\s+(?:his|her|their)\s+(?:full\s+)?name\s+(?:only\s+)?as\s+(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,3})/u;
const NOT_NAMED = '(?:(?:asked|requested) not|declined) to be (?:named|identified)|requested anonymity|asked for anonymity';
/** Words that make the person just described anonymous, so a "he said" after them names no one. */
const ANONYMOUS = new RegExp(`\\b(?:${NOT_NAMED}|on condition of anonymity|speaking anonymously|not authori[sz]ed to speak)`, 'g');
/** "An official …, speaking on condition of anonymity, said": the subject itself is made anonymous. */
/** "An official at …", "a senior diplomat": someone described, not named. */
const INDEFINITE_PERSON = /^(?:an?|one|another)\s+(?:[\p{L}-]+\s+){0,2}(?:official|diplomat|source|executive|banker|trader|person|officer|aide)\b/iu;
/** The same sentence or the next makes them anonymous. */
const ANONYMOUS_NEXT = new RegExp(`^[^\\n]{0,500}?\\b(?:on condition of anonymity|${NOT_NAMED}|not authori[sz]ed to speak)`);
const ANONYMOUS_AFTER = new RegExp(`^[^.;"\u201C]{0,60}(?:,\\s+(?:who\\s+)?|\\s+who\\s+[^.;,"\u201C]{0,60}?)(?:(?:speaking|spoke|talking|talked)\\s+on condition of anonymity|${NOT_NAMED})`);

/** The text just before offset has made someone anonymous, and no one has been named since. */
function anonymousBefore(text: string, registry: EntityRegistry, offset: number): boolean {
  const window = text.slice(Math.max(0, offset - 300), offset);
  let last = -1;
  for (const m of window.matchAll(ANONYMOUS)) last = offset - window.length + m.index!;
  if (last < 0) return false;
  for (const { at } of registry.recent(offset, 300)) if (at > last) return false;
  return true;
}

/** "The spokesperson added": the organization whose spokesperson the text last quoted. */
function spokenForBefore(text: string, registry: EntityRegistry, offset: number): Entity | undefined {
  const spokesperson = (m: { start: number; text: string }): boolean =>
    /spokes(?:person|man|woman)/i.test(m.text) || SPOKESPERSON_FOR.test(text.slice(Math.max(0, m.start - 40), m.start));
  for (const { entity } of registry.recent(offset, SPOKESPERSON_REACH)) {
    if (entity.kind !== 'person' && entity.mentions.some((m) => m.start < offset && spokesperson(m))) return entity;
  }
  return undefined;
}
/** "A spokesperson for Iran’s Foreign Ministry": the words before the organization's name. */
const SPOKESPERSON_FOR = /spokes(?:person|man|woman)\s+(?:for|of|at)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*[\u2019']s\s+)?$/u;
const SPOKESPERSON_REACH = 3000;

/** he/she → the most recent person of that gender (or of unknown gender); it → the most recent organization. */
function resolvePronoun(registry: EntityRegistry, pronoun: string, offset: number, not?: Entity): Entity | undefined {
  const want = pronoun === 'she' ? 'female' : pronoun === 'he' ? 'male' : null;
  let fallback: Entity | undefined;
  for (const { entity, at } of registry.recent(offset)) {
    if (entity === not) continue;
    if (want) {
      if (entity.kind !== 'person') continue;
      // A person the text has given this pronoun before wins when named recently; otherwise the
      // most recent person whose gender the text never shows.
      if (entity.gender === want && offset - at <= PRONOUN_REACH) return entity;
      if (entity.gender === null) fallback ??= entity;
    } else if (pronoun === 'it' ? entity.kind === 'organization' : entity.kind !== 'person') {
      // "it added": only an organization named in the last sentence or two, never one from far back.
      return offset - at <= IT_REACH ? entity : fallback;
    }
  }
  return fallback;
}
