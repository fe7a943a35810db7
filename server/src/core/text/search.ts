import type { Span } from '../types';

/**
 * Index of the span containing offset, or -1; spans must be sorted and disjoint. With endInclusive
 * an offset just past a span still hits it (a cursor right after a word is on the word).
 */
export function findSpanIndex(spans: readonly Span[], offset: number, endInclusive = false): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (endInclusive ? offset > s.end : offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the last item starting before offset in a list sorted by start, or -1. */
export function lastIndexBefore<T extends { start: number }>(sorted: readonly T[], offset: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
