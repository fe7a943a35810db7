/** A half-open range of UTF-16 code units into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

export type EntityKind = 'person' | 'organization' | 'group';

/** How a mention refers to its entity. */
export type MentionKind = 'name' | 'surname' | 'role' | 'pronoun' | 'alias';

export interface Mention extends Span {
  text: string;
  kind: MentionKind;
}

export interface RoleStatement extends Span {
  /** The role as the article states it, without a leading article: "US Treasury Secretary". */
  text: string;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  roles: RoleStatement[];
  /** Every place the article refers to the entity, in text order; the first is the introduction. */
  mentions: Mention[];
  gender: 'female' | 'male' | null;
}

export interface Quote extends Span {
  /** The quoted words without the marks (text.slice(start, end)). */
  text: string;
  /** Where the opening mark is, or start when the quote continues a previous paragraph. */
  outerStart: number;
  /** Just past the closing mark, or end when the quote runs on or is unbalanced. */
  outerEnd: number;
  speaker: string | null;
  /** The attribution cue ("said", "according to") that names the speaker. */
  cue: Span | null;
  /** Quotes of one utterance (split by attribution, or over paragraphs) share a number. */
  utterance: number;
  /** The closing mark is missing: the quote was ended at its paragraph's end. */
  unbalanced: boolean;
  /** Continues on the next paragraph (multi-paragraph quote). */
  continues: boolean;
}

export type DateValue = string | null;

export interface DateMention extends Span {
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when it cannot be resolved. */
  value: DateValue;
  /** True when the text alone does not fix the date (weekdays, "next year"). */
  relative: boolean;
}

export interface Dateline extends Span {
  /** The whole dateline as written. */
  text: string;
  /** YYYY-MM-DD, or null when the dateline has no readable date. */
  value: string | null;
  /** The dateline gives no year; value takes the latest year the article names. */
  yearInferred: boolean;
  place: string | null;
  agency: string | null;
  /** Where the date inside the dateline is, when there is one. */
  date: Span | null;
}

export interface GlossaryEntry {
  term: string;
  definition: string;
  category?: string;
  variants?: string[];
  /** "built-in", or where a user entry came from. */
  source?: string;
}

export interface TermMention extends Span {
  text: string;
  term: string;
  definition: string;
  source: string;
}

export interface Section extends Span {
  /** The headline line; empty for the part before the first headline. */
  title: string;
  headline: Span | null;
}

export interface Analysis {
  dateline: Dateline | null;
  entities: Entity[];
  quotes: Quote[];
  dates: DateMention[];
  terms: TermMention[];
  sections: Section[];
  paragraphs: Span[];
}
