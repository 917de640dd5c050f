/**
 * Double spacing: a PDF extraction, or a PDF converted to Word a line to a
 * paragraph, sets a blank line after every line it broke at a fixed width.
 * Those blank lines mark no paragraphs, so they go before any rule reads a
 * blank line as a separator (the headline, bylines, signatures); reflow then
 * reads the lines by their width, as it reads any hard-wrapped text.
 */
import { readLines, wrapWidth, type ReadLine } from './layout.ts';
import { lineRule, outcome, type LineOutcome } from './line-rule.ts';

/** Fewest lines whose blank gaps can be seen to mark nothing. */
const DOUBLE_SPACED_MIN = 4;
/** Share of the lines set after a blank line in double-spaced text. */
const AFTER_BLANK_SHARE = 0.8;

/** True when a blank line stands before nearly every line, and the lines were broken at a fixed width. */
export function isDoubleSpaced(read: readonly ReadLine[]): boolean {
  const afterBlank = read.slice(1).filter((line) => line.afterBlank).length;
  return read.length >= DOUBLE_SPACED_MIN && afterBlank >= (read.length - 1) * AFTER_BLANK_SHARE && wrapWidth(read) !== undefined;
}

/** Removes the blank lines of double-spaced text; other text keeps them. */
export function closeDoubleSpacing(lines: readonly string[]): LineOutcome {
  const read = readLines(lines);
  if (!isDoubleSpaced(read)) return outcome([...lines]);
  const result = outcome(read.map((line) => lines[line.index] ?? ''));
  result.notes.push({ kind: 'repaired', note: `去除逐行空行 ${lines.length - read.length} 行（双倍行距的断行文本）` });
  return result;
}

/** Clean rule: double spacing. */
export const doubleSpacingRule = lineRule('close-double-spacing', closeDoubleSpacing);
