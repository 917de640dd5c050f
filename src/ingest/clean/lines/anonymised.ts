/**
 * Anonymised text: placeholders such as `X市`, `XX大`, `xx`, `ＸＸ县` (full-width), `**`, `×××`,
 * or `_` for 党 stay as the source wrote them; a doubtful note tells later
 * steps (and curators) not to guess a region or a name from such a text.
 */
import { lineRule, outcome, type LineOutcome } from './line-rule.ts';

/** Placeholders next to Han text (not X光, not 1+1+X, not English words). */
const PLACEHOLDER = /(?<![A-Za-z+＋\d])(?:[XxＸｘ]{1,3}|×{2,3}|\*{2,3}|＊{2,3}|○{2,3})(?![A-Za-z+＋\d光线射])(?=\p{Script=Han})|(?<=\p{Script=Han})(?:[XxＸｘ]{2,3}|×{2,3}|\*{2,3})(?![A-Za-z+＋\d])|(?<=\p{Script=Han})_(?=\p{Script=Han})|(?<=[^A-Za-z_])_(?=[的建组风委员性史课章纪])/gu;
/** Characters without which a line holds no placeholder (a cheap first test). */
const MAYBE = /[XxＸｘ×*＊○_]/;
/** Fewest placeholders that make a text anonymised. */
const MIN_PLACEHOLDERS = 2;

/** How many anonymisation placeholders the lines hold. */
export function countPlaceholders(lines: readonly string[]): number {
  let count = 0;
  for (const line of lines) if (MAYBE.test(line)) count += line.match(PLACEHOLDER)?.length ?? 0;
  return count;
}

/** Leaves the text as written; notes when it is anonymised. */
export function noteAnonymised(lines: readonly string[]): LineOutcome {
  const result = outcome([...lines]);
  const count = countPlaceholders(lines);
  if (count >= MIN_PLACEHOLDERS) {
    result.notes.push({ kind: 'doubtful', note: `原文经过匿名处理（X、XX、**、_ 等占位符 ${count} 处），地区与机构不宜据此推断` });
  }
  return result;
}

/** Clean rule: anonymised-text note. */
export const anonymisedRule = lineRule('note-anonymised', noteAnonymised);
