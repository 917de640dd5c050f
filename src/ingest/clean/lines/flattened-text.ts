/**
 * Text whose line breaks were lost: a whole document on one line, its
 * headings, contents entries and paragraphs separated only by spaces
 * (`… 目录 1. 区卫生健康局…计划 2 2.区… 10 … 一、工作总结 （一）医院建设…`).
 * Such a line is split before each numbered heading or entry and after each
 * space that follows a sentence end (where a source line, almost always a
 * paragraph, ended); a title glued to a paragraph is split from it; page
 * numbers inside the text go, and spaces left between Chinese characters by
 * the lost line breaks, or set between numbers and characters, close up
 * (`深 入开展` → `深入开展`, `483 个` → `483个`), so that search finds the words again.
 */
import { lineRule, outcome, type LineOutcome } from './line-rule.ts';
import { hasStop } from './shape.ts';

/** Shortest line that may hold a flattened document. */
const FLATTENED_MIN = 400;
/** A numbered heading or entry after a space. */
const NUMBERED_AFTER_SPACE = /[\s\u3000]+(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．](?!\d)|目\s*录\s))/gu;
/** Where a piece breaks: before a numbered heading or entry, or after a contents entry's page number. */
const BREAK = new RegExp(`${NUMBERED_AFTER_SPACE.source}|(?<=[\\s\\u3000]\\d{1,3})[\\s\\u3000]+(?=\\p{Script=Han})`, 'gu');
/** Fewest numbered headings after spaces that show the breaks were lost. */
const MARKERS_MIN = 2;
/** Shortest line taken for a whole document even without spaces (the longest real paragraphs are a few thousand characters). */
const DOCUMENT_MIN = 10_000;
/** A numbered heading right after a sentence end, in a document without any breaks. */
const NUMBERED_AFTER_STOP = /(?<=[。！？；：])(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/gu;
/** A page number of a PDF inside the text: ` — 12 — `. */
const INLINE_PAGE_NUMBER = /[\s\u3000][—－–]\s*\d{1,3}\s*[—－–](?=[\s\u3000])/gu;
/** A space after a sentence or clause end: where a line, almost always a paragraph, ended. */
const PARAGRAPH_END = /(?<=[。！？；：])[\s\u3000]+/gu;
/** A space between Chinese characters or punctuation: a line break of the source, not a word gap. */
const CJK_GAP = /(?<=[\p{Script=Han}，。、；：！？”’）》])[ \u3000]+(?=[\p{Script=Han}，。、；：！？“‘（《])/gu;
/** A space between a number and a Chinese character (`483 个`, `增长 16%`): typesetting of the source. */
const DIGIT_GAP = /(?<=\d%?)[ \u3000]+(?=\p{Script=Han})|(?<=\p{Script=Han})[ \u3000]+(?=\d)/gu;
/** A title (or numbered heading) glued before a paragraph: a short unpunctuated run, a space, then a sentence. */
const GLUED_TITLE = /^((?:[一二三四五六七八九十]{1,3}、)?[^\s\u3000，,。；;：:！!？?、]{4,40})[\s\u3000]+(?=[^\n]{1,30}?[，,。])/u;

/** The pieces of a flattened line, or undefined when the line is not one. */
export function splitFlattened(line: string): string[] | undefined {
  if (line.length < FLATTENED_MIN) return undefined;
  const markers = line.match(NUMBERED_AFTER_SPACE)?.length ?? 0;
  if (markers < MARKERS_MIN) {
    // No spaces left: only a whole document is split, before numbered headings that follow a sentence end.
    const stops = line.length >= DOCUMENT_MIN ? (line.match(NUMBERED_AFTER_STOP)?.length ?? 0) : 0;
    return stops >= MARKERS_MIN ? line.split(NUMBERED_AFTER_STOP) : undefined;
  }
  return line
    .replace(INLINE_PAGE_NUMBER, ' ')
    .split(BREAK)
    .flatMap((piece) => {
      const glued = GLUED_TITLE.exec(piece);
      return glued ? [glued[1] ?? '', piece.slice(glued[0].length)] : [piece];
    })
    .flatMap((piece) => piece.split(PARAGRAPH_END))
    .map((piece) => {
      const closed = piece.replace(CJK_GAP, '');
      // Contents entries keep the space before their page number.
      return (hasStop(closed) ? closed.replace(DIGIT_GAP, '') : closed).trim();
    })
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
