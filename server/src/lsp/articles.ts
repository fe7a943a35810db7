import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, checkContent, indexArticle, SegmentCache, type ArticleIndex, type TermMatcher } from '../core';

export type ArticleState = { ok: true; index: ArticleIndex } | { ok: false; message: string };

/**
 * Analyses each document once per version and serves every feature from that; entries are
 * evicted when the document closes. Oversized and binary documents are refused, not analysed.
 */
export class Articles {
  private readonly cache = new Map<string, { version: number; state: ArticleState }>();
  /** Per document, the analysed pieces of a long text, so an edit re-analyses only its piece. */
  private readonly pieces = new Map<string, SegmentCache>();
  /** Documents the user was told about, so that the message comes once per opened document. */
  private readonly told = new Set<string>();

  constructor(
    private readonly maxBytes: () => number,
    private readonly glossary: () => TermMatcher,
    private readonly onRefused: (uri: string, message: string) => void,
  ) {}

  get(doc: TextDocument): ArticleState {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.state;
    const text = doc.getText();
    const verdict = checkContent(text, this.maxBytes());
    let state: ArticleState;
    if (verdict.ok) {
      let pieces = this.pieces.get(doc.uri);
      if (!pieces) this.pieces.set(doc.uri, (pieces = new SegmentCache()));
      state = { ok: true, index: indexArticle(analyzeDocument(text, { glossary: this.glossary() }, pieces)) };
    } else {
      state = { ok: false, message: verdict.message };
      // Say it once per document, not on every keystroke or settings change.
      if (!this.told.has(doc.uri)) {
        this.told.add(doc.uri);
        this.onRefused(doc.uri, verdict.message);
      }
    }
    this.cache.set(doc.uri, { version: doc.version, state });
    return state;
  }

  /** The analysis when the document could be analysed. */
  index(doc: TextDocument): ArticleIndex | undefined {
    const state = this.get(doc);
    return state.ok ? state.index : undefined;
  }

  evict(uri: string): void {
    this.cache.delete(uri);
    this.told.delete(uri);
    this.pieces.delete(uri);
  }

  /** Settings or glossary changed: everything is analysed again on next use. */
  clear(): void {
    this.cache.clear();
    this.pieces.clear();
  }
}
