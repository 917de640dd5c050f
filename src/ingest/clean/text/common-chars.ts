/**
 * What a correctly decoded Chinese text is made of: common Han characters of
 * either script and Chinese punctuation. A repair is trusted only when it
 * yields these.
 */
import { commonHanziSet } from '../../read/common-hanzi.ts';

/** Full-width punctuation of running Chinese text. */
const PUNCTUATION = new Set('。，、；：？！“”‘’（）《》〈〉【】〔〕「」『』—…·');

/** Whether a character is a common Han character or Chinese punctuation. */
export function isCommonChar(char: string): boolean {
  return commonHanziSet().has(char) || PUNCTUATION.has(char);
}

/** Whether a character is Chinese punctuation. */
export function isPunctuation(char: string): boolean {
  return PUNCTUATION.has(char);
}
