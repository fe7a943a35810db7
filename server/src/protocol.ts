/**
 * The extension's own requests, shared by client and server. Plain types only: no editor or
 * protocol-library imports, so both bundles can include it.
 */

export interface SpeakerSummary {
  id: string;
  name: string;
  kind: string;
  roles: string[];
  quotes: { text: string; line: number; character: number; endLine: number; endCharacter: number }[];
}

export interface ArticleSummary {
  uri: string;
  /** Why the article was not analysed (too large, binary), when it was not. */
  refused: string | null;
  quoteCount: number;
  speakers: SpeakerSummary[];
  unattributed: SpeakerSummary['quotes'];
}

/** `newsAnnotator/articleSummary`: params `{ uri }`, result ArticleSummary. */
export const ARTICLE_SUMMARY = 'newsAnnotator/articleSummary';
