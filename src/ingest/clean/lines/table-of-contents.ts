/**
 * Tables of contents before the body: a `目录` line, entries ending in page
 * numbers (`区卫生健康局2023年工作总结 ……… 2`), and runs of numbered
 * headings with no text between siblings (`（一）…` `（二）…` `（三）…`),
 * which the body then repeats with its text. A heading followed by its own
 * text is never part of a table of contents.
 */
import { SIGNED_DATE } from '../../chinese-date.ts';
import { dropLines, lineRule, type LineOutcome } from './line-rule.ts';
import { bodyStart, hasStop, isBlank, isHeadingLine, numberingRank, readable } from './shape.ts';

/** The table's own heading. */
const TOC_HEADING = /^(?:目\s*录|目\s*錄|contents)$/iu;
/** An entry with its page number. */
const PAGE_ENTRY = /^\S.{1,80}?[\s.…·．-]+\d{1,3}$/u;
/** A line ending in a date (`标题　2024-03-01`, as lists of articles set them): its last digits are no page number. */
const ENDS_IN_DATE = new RegExp(`${SIGNED_DATE}$`, 'u');

/** Indexes of table-of-contents lines before the body. */
export function findTableOfContents(lines: readonly string[]): Set<number> {
  const end = bodyStart(lines);
  const drop = new Set<number>();
  let run: number[] = [];
  const closeRun = (): void => {
    const ranks = run.map((i) => numberingRank(readable(lines[i] ?? '')));
    const siblings = ranks.some((rank, k) => ranks.indexOf(rank) !== k);
    if (run.length >= 3 && siblings) for (const i of run) drop.add(i);
    run = [];
  };
  for (let i = 0; i < end; i++) {
    const line = lines[i] ?? '';
    if (isBlank(line)) continue;
    const text = readable(line);
    if (TOC_HEADING.test(text) || (PAGE_ENTRY.test(text) && !hasStop(text) && /\p{Script=Han}/u.test(text) && !ENDS_IN_DATE.test(text))) {
      drop.add(i);
      continue;
    }
    if (isHeadingLine(text)) run.push(i);
    else closeRun();
  }
  closeRun();
  return drop;
}

/** Removes tables of contents before the body. */
export function stripTableOfContents(lines: readonly string[]): LineOutcome {
  return dropLines(lines, findTableOfContents(lines), '目录');
}

/** Clean rule: tables of contents. */
export const tableOfContentsRule = lineRule('strip-contents', stripTableOfContents);
