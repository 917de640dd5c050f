/**
 * Readings of Chinese characters (pinyin-pro, Simplified and Traditional),
 * and the shape of a one-syllable pinyin annotation.
 */
import { createRequire } from 'node:module';

/** pinyin-pro, loaded when a text first needs a reading (most texts carry no pinyin). */
let pinyinPro: typeof import('pinyin-pro') | undefined;

/** Vowels with tone marks, as pinyin annotations write them. */
export const TONED_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';

/** Letters a pinyin annotation may hold (lower case, ü, tone-marked vowels, ń ň ǹ ḿ). */
export const PINYIN_LETTERS = `a-zü${TONED_VOWELS}ńňǹḿ`;

/** One toneless pinyin syllable (initial and final), after tone marks are taken off. */
const SYLLABLE =
  /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|üan|uai|iao|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|iu|ua|uo|ui|ue|üe|er|a|o|e|i|u|ü)$/;

/** A syllable with its tone marks taken off (ǘ → ü, á → a). */
export function toneless(syllable: string): string {
  return syllable.normalize('NFD').replace(/[\u0300-\u030c]/g, '').normalize('NFC');
}

/** Whether the text is one pinyin syllable, with or without a tone mark. */
export function isPinyinSyllable(text: string): boolean {
  return text.length <= 6 && SYLLABLE.test(toneless(text));
}

/** Whether the syllable carries a tone mark. */
export function hasToneMark(syllable: string): boolean {
  for (const char of syllable) if (TONED_VOWELS.includes(char)) return true;
  return false;
}

/** Every reading of one character, tone-marked (`強` → `qiáng`, `qiǎng`, `jiàng`). */
export function readingsOf(char: string): string[] {
  pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro');
  return pinyinPro.pinyin(char, { multiple: true, type: 'array' });
}

/** Whether a character can be read as the syllable (tone-marked, or toneless for a neutral tone). */
export function canRead(char: string, syllable: string): boolean {
  const readings = readingsOf(char);
  if (readings.includes(syllable)) return true;
  return !hasToneMark(syllable) && readings.some((reading) => toneless(reading) === syllable);
}
