import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../core';

/** The only place core offsets become LSP ranges and back. Both count UTF-16 code units. */
export const toRange = (doc: TextDocument, span: Span): Range => ({ start: doc.positionAt(span.start), end: doc.positionAt(span.end) });

export const toSpan = (doc: TextDocument, range: Range): Span => ({ start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) });

/** 1-based line of an offset, for messages a person reads. */
export const lineOf = (doc: TextDocument, offset: number): number => doc.positionAt(offset).line + 1;
