/**
 * Stray code and counters left by the scrape: `");`, `}`, `47 3124739`, a
 * lone `|`, and page numbers of PDF extractions (`- 12 -`, `第3页 共10页`).
 */
import { dropLines, lineRule, type LineOutcome } from './line-rule.ts';
import { trimLine } from './shape.ts';

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

/** Removes stray code, counters and page numbers. */
export function stripStrayCode(lines: readonly string[]): LineOutcome {
  const drop = new Set<number>();
  lines.forEach((line, i) => isStrayLine(line) && drop.add(i));
  return dropLines(lines, drop, '残留代码与计数');
}

/** Clean rule: stray code and counters. */
export const strayCodeRule = lineRule('strip-stray-code', stripStrayCode);
