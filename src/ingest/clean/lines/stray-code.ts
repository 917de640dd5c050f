/**
 * Stray code and counters left by the scrape: `");`, `}`, `47 3124739`, a
 * lone `|`, and page numbers of PDF extractions (`- 12 -`, `第3页 共10页`).
 */
import { lineRule, outcome, removedNote, type LineOutcome } from './line-rule.ts';
import { isBlank, trimLine } from './shape.ts';

/** Only code punctuation, with at least one character text never ends on (`"`, `;`, `{`, `}`). */
const CODE = /^[\s"'`);{}<>/\\[\],.:=+*-]*["';{}`][\s"'`);{}<>/\\[\],.:=+*-]*$/;
/** Rules and separators alone on a line: `|`, `-----`, `====`. */
const SEPARATOR = /^[|｜\-_=~#·•—]+$/u;
/** Numbers that count something on the page: several digit groups, or one long group. */
const COUNTER = /^(?:\d+(?:\s+\d+)+|\d{5,})$/;
/** Page numbers. */
const PAGE_NUMBER = /^(?:[-—－–]\s*\d{1,4}\s*[-—－–]|第\s*\d{1,4}\s*页(?:\s*[/,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/iu;

/** True when the line is a code fragment, a bare counter or a page number. */
export function isStrayLine(line: string): boolean {
  const text = trimLine(line);
  return text !== '' && (CODE.test(text) || SEPARATOR.test(text) || COUNTER.test(text) || PAGE_NUMBER.test(text));
}

/**
 * Removes stray code, counters and page numbers. A page number goes with the
 * blank lines around it: they set the page's foot apart, not a paragraph,
 * and reflow reads the lines on either side as if no page ended there (a
 * paragraph the page break cut runs on).
 */
export function stripStrayCode(lines: readonly string[]): LineOutcome {
  const drop = new Set<number>();
  lines.forEach((line, i) => {
    if (!isStrayLine(line)) return;
    drop.add(i);
    if (!PAGE_NUMBER.test(trimLine(line))) return;
    for (let before = i - 1; before >= 0 && isBlank(lines[before]!); before--) drop.add(before);
    for (let after = i + 1; after < lines.length && isBlank(lines[after]!); after++) drop.add(after);
  });
  const result = outcome(lines.filter((_, i) => !drop.has(i)));
  const removed = lines.filter((line, i) => drop.has(i) && !isBlank(line));
  if (removed.length > 0) result.notes.push(removedNote('残留代码与计数', removed));
  return result;
}

/** Clean rule: stray code and counters. */
export const strayCodeRule = lineRule('strip-stray-code', stripStrayCode);
