/**
 * Shows a unit's text with its matches marked, as DOM nodes (never HTML from
 * data), cut to an excerpt around the first match when the text is long.
 */
import { shownRanges } from '../../lib/search-text.ts';

/** Longest text shown whole; longer ones show this many characters around the first match. */
const EXCERPT_CHARS = 160;
/** Characters kept before the first match in an excerpt. */
const LEAD_CHARS = 40;

/** The part of the text to show: all of it, or an excerpt starting a little before the first match. */
export function excerptWindow(length: number, firstMatch: number, maxChars = EXCERPT_CHARS): [number, number] {
  if (length <= maxChars) return [0, length];
  const start = Math.max(0, Math.min(firstMatch - LEAD_CHARS, length - maxChars));
  return [start, start + maxChars];
}

/** Appends the text (or its excerpt) to `parent`, matches in <mark>. */
export function appendMarked(parent: HTMLElement, text: string, ranges: ReadonlyArray<readonly [number, number]>, excerpt = false): void {
  const marks = shownRanges(text, ranges);
  const [start, end] = excerpt ? excerptWindow(text.length, marks[0]?.[0] ?? 0) : [0, text.length];
  const add = (from: number, to: number, marked: boolean): void => {
    if (to <= from) return;
    const piece = text.slice(from, to);
    if (!marked) parent.append(piece);
    else {
      const mark = document.createElement('mark');
      mark.textContent = piece;
      parent.append(mark);
    }
  };
  if (start > 0) parent.append('…');
  let at = start;
  for (const [from, to] of marks) {
    if (to <= start || from >= end) continue;
    add(at, Math.max(at, from), false);
    add(Math.max(at, from), Math.min(to, end), true);
    at = Math.min(to, end);
  }
  add(at, end, false);
  if (end < text.length) parent.append('…');
}
