/**
 * Text whose line breaks were lost: a whole document on one line, its
 * headings and table-of-contents entries separated only by spaces
 * (`… 目录 1. 区卫生健康局…计划 2 2.区… 10 … 一、工作总结 （一）医院建设…`).
 * Such a line is split before each numbered heading or entry, and a title
 * glued to the start of a paragraph is split from it, so that the other
 * rules and the structure step see lines again.
 */
import { lineRule, outcome, type LineOutcome } from './line-rule.ts';

/** Shortest line that may hold a flattened document. */
const FLATTENED_MIN = 400;
/** A numbered heading or entry after a space. */
const NUMBERED_AFTER_SPACE = /[\s\u3000]+(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．](?!\d)|目\s*录\s))/gu;
/** Where a piece breaks: before a numbered heading or entry, or after a contents entry's page number. */
const BREAK = new RegExp(`${NUMBERED_AFTER_SPACE.source}|(?<=[\\s\\u3000]\\d{1,3})[\\s\\u3000]+(?=\\p{Script=Han})`, 'gu');
/** Fewest numbered headings after spaces that show the breaks were lost. */
const MARKERS_MIN = 2;
/** A title glued before a paragraph: a short unpunctuated run, a space, then text with punctuation. */
const GLUED_TITLE = /^([^\s\u3000，,。；;：:！!？?、]{6,40})[\s\u3000]+(?=\S[^\s\u3000]*[，,。])/u;

/** The pieces of a flattened line, or undefined when the line is not one. */
export function splitFlattened(line: string): string[] | undefined {
  if (line.length < FLATTENED_MIN) return undefined;
  const markers = line.match(NUMBERED_AFTER_SPACE)?.length ?? 0;
  if (markers < MARKERS_MIN) return undefined;
  return line
    .split(BREAK)
    .flatMap((piece) => {
      const glued = GLUED_TITLE.exec(piece);
      return glued ? [glued[1] ?? '', piece.slice(glued[0].length)] : [piece];
    })
    .map((piece) => piece.trim())
    .filter(Boolean);
}

/** Splits lines that hold a whole flattened document. */
export function splitFlattenedLines(lines: readonly string[]): LineOutcome {
  const kept: string[] = [];
  const result = outcome(kept);
  for (const line of lines) {
    const pieces = splitFlattened(line);
    kept.push(...(pieces ?? [line]));
    if (pieces) result.notes.push({ kind: 'repaired', note: `拆分丢失换行的长行：1 行拆为 ${pieces.length} 行` });
  }
  return result;
}

/** Clean rule: flattened documents. */
export const flattenedTextRule = lineRule('split-flattened-text', splitFlattenedLines);
