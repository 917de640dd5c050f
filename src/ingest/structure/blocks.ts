/**
 * Paragraph texts → blocks. A numbered line that stands alone and is short
 * (no sentence stop before its end) is a heading: `一、` depth 2, `（一）`
 * depth 3, `1.` `（1）` `一是` depth 4. An unnumbered short label without
 * punctuation standing between paragraphs (a section title of a news layout,
 * the title of an attached document) is a depth-2 heading. Characters a
 * heading or a line of its own spaced out for display close up
 * (`一、2023年 工 作 回 顾`, `名 词 解 释`), so search and the describe rules find the words.
 */
import { hasStop, isHeadingLine, isParagraphLike, isShortLabel, numberedDepth } from '../clean/lines/shape.ts';
import { closeSpacedOut, isSpacedOutLine } from '../clean/lines/title-text.ts';
import type { Block } from '../types.ts';

/** Longest unnumbered label taken for a heading. */
const LABEL_MAX = 25;
/** Dates and document numbers are not section titles. */
const NOT_A_TITLE = /\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]|〔\d{4}〕|\[\d{4}\]/u;

/** The heading text with the space after its numbering, and its spaced-out characters, closed up (`一、  全面 深 化 改 革` → `一、全面深化改革`). */
function tidyHeading(text: string): string {
  return closeSpacedOut(text.replace(/^([一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}\s*[、.．])[\s\u3000]+/u, '$1'));
}

/** True when an unnumbered text is a section label: short, no punctuation, body text after it. */
function isSectionLabel(text: string, next: string | undefined): boolean {
  return next !== undefined && isShortLabel(text, LABEL_MAX) && !NOT_A_TITLE.test(text) && !hasStop(text) && isParagraphLike(next);
}

/** The blocks of a list of paragraph texts. */
export function toBlocks(paragraphs: readonly string[]): Block[] {
  return paragraphs.map((text, i) => {
    if (isHeadingLine(text)) return { type: 'heading', depth: numberedDepth(text) ?? 4, text: tidyHeading(text) };
    if (isSectionLabel(text, paragraphs[i + 1])) return { type: 'heading', depth: 2, text: closeSpacedOut(text) };
    return { type: 'paragraph', text: isSpacedOutLine(text) ? closeSpacedOut(text) : text };
  });
}
