/**
 * Paragraph texts → blocks. A numbered line that stands alone and is short
 * (no sentence stop before its end) is a heading, nested by its numbering
 * (`第一部分` › `一、` › `（一）` › `1.` `（1）` `一是`): the highest rank the
 * report uses at depth 2, the next at 3, deeper ones at 4 (so `一、` sits
 * under `第一部分`, and a report whose top level is `（一）` starts at 2). An
 * unnumbered short label without punctuation standing before a paragraph or
 * a numbered heading (a section title of a news layout, the title of an
 * attached document, a part of a report: `2024年重点工作安排建议` above `一、…`)
 * is a depth-2 heading. Characters a heading or a line of its own spaced out
 * for display close up (`一、2023年 工 作 回 顾`, `名 词 解 释`), so search and
 * the describe rules find the words.
 */
import { hasStop, isHeadingLine, isParagraphLike, isShortLabel, numberingRank } from '../clean/lines/shape.ts';
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

/** True when an unnumbered text is a section label: short, no punctuation, body text or a numbered heading after it. */
function isSectionLabel(text: string, next: string | undefined): boolean {
  return next !== undefined && isShortLabel(text, LABEL_MAX) && !NOT_A_TITLE.test(text) && !hasStop(text) && (isParagraphLike(next) || isHeadingLine(next));
}

/** A section label's rank, apart from the numbering ranks (see `numberingRank`). */
const LABEL_RANK = -1;

/** Rank of a heading (a section label `LABEL_RANK`), or undefined for a paragraph. */
function headingRank(text: string, next: string | undefined): number | undefined {
  if (isHeadingLine(text)) return numberingRank(text);
  return isSectionLabel(text, next) ? LABEL_RANK : undefined;
}

/**
 * The blocks of a list of paragraph texts. When a section label heads the
 * report (`2023年工作回顾` above `一、…`), its numbered headings nest under
 * the labels, one level down.
 */
export function toBlocks(paragraphs: readonly string[]): Block[] {
  const ranks = paragraphs.map((text, i) => headingRank(text, paragraphs[i + 1]));
  const numbered = [...new Set(ranks.filter((rank): rank is number => rank !== undefined && rank !== LABEL_RANK))].sort((a, b) => a - b);
  const top = ranks.find((rank) => rank !== undefined) === LABEL_RANK ? 3 : 2;
  return paragraphs.map((text, i) => {
    const rank = ranks[i];
    if (rank === undefined) return { type: 'paragraph', text: isSpacedOutLine(text) ? closeSpacedOut(text) : text };
    if (rank === LABEL_RANK) return { type: 'heading', depth: 2, text: closeSpacedOut(text) };
    return { type: 'heading', depth: Math.min(top + numbered.indexOf(rank), 4) as 2 | 3 | 4, text: tidyHeading(text) };
  });
}
