/**
 * strip-pinyin: pinyin annotations after Han characters, as pages converted
 * by a "Traditional with pinyin" tool carry them: `衛(wèi)生`, `發(fā)展`.
 *
 * An annotation is one syllable in parentheses right after a Han character.
 * With a tone mark it is unmistakable; a toneless one (`們(men)`) is taken only
 * in a text that already carries annotations and only when the character can
 * be read so, since `(his)` or `(CT)` are ordinary parentheses.
 */
import type { CleanRule } from '../../types.ts';
import { canRead, hasToneMark, isPinyinSyllable, PINYIN_LETTERS } from './pinyin-readings.ts';
import { rewriteLine } from './rewrite-line.ts';

export const RULE_ID = 'strip-pinyin';

/** Toned annotations a text needs before its toneless ones are believed. */
const MIN_TONED_FOR_TONELESS = 3;

const ANNOTATION = new RegExp(`(\\p{Script=Han})[(（]([${PINYIN_LETTERS}]{1,6})[)）]`, 'gu');

/** Options of stripPinyin. */
export interface StripPinyinOptions {
  /** Also strip toneless annotations the character before can be read as. */
  toneless?: boolean;
}

/** Removes the pinyin annotations of one text; `count` is how many. */
export function stripPinyin(text: string, options: StripPinyinOptions = {}): { text: string; count: number } {
  if (!text.includes('(') && !text.includes('（')) return { text, count: 0 };
  let count = 0;
  const stripped = text.replace(ANNOTATION, (match, han: string, syllable: string) => {
    if (!isPinyinSyllable(syllable)) return match;
    if (!hasToneMark(syllable) && !(options.toneless && canRead(han, syllable))) return match;
    count++;
    return han;
  });
  return { text: stripped, count };
}

/** How many tone-marked annotations the lines carry. */
function countToned(lines: readonly string[]): number {
  let count = 0;
  for (const line of lines) if (line.includes('(') || line.includes('（')) count += stripPinyin(line).count;
  return count;
}

/** The rule: strips annotations from every line, one file-level message with the count. */
export const stripPinyinRule: CleanRule = (draft) => {
  const toned = countToned(draft.lines);
  if (toned === 0) return;
  const options = { toneless: toned >= MIN_TONED_FOR_TONELESS };
  let total = 0;
  draft.lines.forEach((line, index) => {
    const { text, count } = stripPinyin(line, options);
    total += count;
    rewriteLine(draft, index, text);
  });
  draft.messages.push({ rule: RULE_ID, kind: 'removed', note: `删除拼音注音 ${total} 处` });
};
