/**
 * Line breaks lost inside the body: Chinese prose sets no space after a
 * sentence end, so a space there before a Chinese character or a bracket is
 * where a line of the source ended, and a paragraph began
 * (`…环洪泽湖公路全线贯通。 （五）城乡面貌…`, `各位代表！ 过去一年，…`).
 * Such a line is split there. It runs after the rules that read a line with
 * what follows a sentence on it (a photo's caption and its credit, a closing
 * `（…供稿）`), which take those off first; whole flattened documents are
 * `flattened-text.ts`'s.
 */
import { lineRule, outcome, type LineOutcome } from './line-rule.ts';

/** A space after a sentence end, before a Chinese character or an opening bracket. */
const LOST_BREAK = /(?<=[。！？])[ \u3000]+(?=[\p{Script=Han}（(【〔])/u;
const LOST_BREAKS = new RegExp(LOST_BREAK.source, 'gu');

/** Splits each line at the breaks it lost. */
export function splitLostBreaks(lines: readonly string[]): LineOutcome {
  const kept: string[] = [];
  const result = outcome(kept);
  let split = 0;
  for (const line of lines) {
    // The line keeps its indentation, which may mark its paragraph's start (see `reflow.ts`).
    if (!LOST_BREAK.test(line)) {
      kept.push(line);
      continue;
    }
    kept.push(...line.split(LOST_BREAKS));
    split++;
  }
  if (split > 0) result.notes.push({ kind: 'repaired', note: `拆分丢失的换行：${split} 行` });
  return result;
}

/** Clean rule: line breaks lost after a sentence. */
export const lostBreaksRule = lineRule('split-lost-breaks', splitLostBreaks);
