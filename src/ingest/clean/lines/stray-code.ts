/**
 * Stray code and counters left by the scrape: `");`, `}`, `47 3124739`, a
 * lone `|` or `s`, and page numbers of PDF extractions (`- 12 -`, `·12·`,
 * `第3页 共10页`) with the running heads beside them, and watermarks that
 * name a site.
 */
import { lineRule, outcome, removedNote, type LineOutcome } from './line-rule.ts';
import { endsSentence, hasStop, isBlank, trimLine } from './shape.ts';

/** Only code punctuation, with at least one character text never ends on (`"`, `;`, `{`, `}`). */
const CODE = /^[\s"'`);{}<>/\\[\],.:=+*-]*["';{}`][\s"'`);{}<>/\\[\],.:=+*-]*$/;
/** Rules and separators alone on a line: `|`, `-----`, `====`. */
const SEPARATOR = /^[|｜\-_=~#·•—]+$/u;
/** A letter or two alone on a line (`s`): what a cut script or markup left, never a report's words. */
const LONE_LETTERS = /^[A-Za-z]{1,2}$/;
/** Numbers that count something on the page: several digit groups, or one long group. */
const COUNTER = /^(?:\d+(?:\s+\d+)+|\d{5,})$/;
/** Page numbers (`- 12 -`, and `— 23` whose closing dash a cut lost). */
const PAGE_NUMBER = /^(?:[-—－–]\s*\d{1,4}\s*[-—－–]?|[·•・]\s*\d{1,4}\s*[·•・]|第\s*\d{1,4}\s*页(?:\s*[/,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/iu;

/** True when the line is a code fragment, a separator, a bare counter, a page number or a lone letter. */
export function isStrayLine(line: string): boolean {
  const text = trimLine(line);
  return text !== '' && (CODE.test(text) || SEPARATOR.test(text) || COUNTER.test(text) || PAGE_NUMBER.test(text) || LONE_LETTERS.test(text));
}

/** Longest running head: a document's or chapter's name printed at the top or foot of each page. */
const RUNNING_HEAD_MAX = 40;

/** The index of the first non-blank line from `i` on in direction `step` (±1), or -1. */
function nonBlankFrom(lines: readonly string[], i: number, step: 1 | -1): number {
  for (let j = i; j >= 0 && j < lines.length; j += step) if (!isBlank(lines[j]!)) return j;
  return -1;
}

/**
 * Running heads: lines that stand next to a page number on two pages or more
 * with the same text (`政府工作报告（2024年）` at the top of each page), ending no sentence.
 */
function runningHeads(lines: readonly string[], pageNumbers: readonly number[]): number[] {
  const byText = new Map<string, Set<number>>();
  for (const page of pageNumbers) {
    for (const j of [nonBlankFrom(lines, page - 1, -1), nonBlankFrom(lines, page + 1, 1)]) {
      const text = j < 0 ? '' : trimLine(lines[j]!);
      if (text === '' || text.length > RUNNING_HEAD_MAX || endsSentence(text) || isStrayLine(text)) continue;
      byText.set(text, (byText.get(text) ?? new Set()).add(j));
    }
  }
  return [...byText.values()].filter((at) => at.size >= 2).flatMap((at) => [...at]);
}

/** A site's address: `www.docin.com`, `http://…`, `docin.com`. */
const SITE_ADDRESS = /(?:https?:\/\/|www\.)[\w.-]+|\b[\w-]+\.(?:com|cn|net|org)\b/i;
/** Fewest copies of a line that make it a watermark. */
const WATERMARK_MIN = 2;

/**
 * Watermarks: a short line naming a site's address that recurs through the
 * text (`豆丁网 www.docin.com` printed on each page of a document site's copy).
 */
function watermarks(lines: readonly string[]): number[] {
  const at = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const text = trimLine(line);
    if (text.length === 0 || text.length > RUNNING_HEAD_MAX || hasStop(text) || !SITE_ADDRESS.test(text)) return;
    at.set(text, [...(at.get(text) ?? []), i]);
  });
  return [...at.values()].filter((indexes) => indexes.length >= WATERMARK_MIN).flat();
}

/**
 * Removes stray code, counters and page numbers, and the running heads next
 * to page numbers, and watermarks. Page numbers and running heads go with the blank lines
 * around them: they set the page's head and foot apart, not a paragraph, and
 * reflow reads the lines on either side as if no page ended there (a
 * paragraph the page break cut runs on).
 */
export function stripStrayCode(lines: readonly string[]): LineOutcome {
  const drop = new Set<number>();
  const pageNumbers: number[] = [];
  lines.forEach((line, i) => {
    if (!isStrayLine(line)) return;
    drop.add(i);
    if (PAGE_NUMBER.test(trimLine(line))) pageNumbers.push(i);
  });
  const heads = [...runningHeads(lines, pageNumbers), ...watermarks(lines)];
  for (const i of [...pageNumbers, ...heads]) {
    drop.add(i);
    for (let before = i - 1; before >= 0 && isBlank(lines[before]!); before--) drop.add(before);
    for (let after = i + 1; after < lines.length && isBlank(lines[after]!); after++) drop.add(after);
  }
  const result = outcome(lines.filter((_, i) => !drop.has(i)));
  const stray = lines.filter((line, i) => drop.has(i) && !isBlank(line) && isStrayLine(line));
  if (stray.length > 0) result.notes.push(removedNote('残留代码与计数', stray));
  if (heads.length > 0) result.notes.push(removedNote('页眉与水印', heads.map((i) => lines[i]!)));
  return result;
}

/** Clean rule: stray code and counters. */
export const strayCodeRule = lineRule('strip-stray-code', stripStrayCode);
