/**
 * How plausible a decoded text is as Chinese: the measure that chooses
 * between codecs whose byte ranges overlap (GB18030 and Big5) and that
 * tells garbage from text.
 *
 * Why not chardet/jschardet/ced: on 4,800 samples cut from the corpus
 * (Simplified in GBK, Traditional in Big5, GB18030 four-byte characters,
 * Traditional in GBK) this score picks the right codec for 99.8% of 6- and
 * 10-character samples and 100% from 20 characters on; jschardet gets 95% and
 * 98% (and is ten times slower), chardet 1% (it answers windows-1252 or
 * ISO-8859 below ~20 characters), Google's ced 98–99% but is a native addon
 * that must be compiled on install. Restricted to the codecs ingest accepts,
 * the score also says when neither reads the bytes as Chinese.
 */
import { COMMON_HANZI } from './common-hanzi.ts';

/**
 * Below this mean score a decoding is not Chinese text. Right decodings of
 * 20-character samples of the corpus score ≥ 0.78 (median 1.0); wrong ones ≤ 0.5 (median −0.6).
 */
export const MIN_CHINESE_SCORE = 0.6;

/** Non-ASCII characters scored: enough to decide, bounded so long reports stay cheap. */
const SAMPLE_CHARS = 4000;

/** [from, to] code point ranges. */
type Ranges = ReadonlyArray<readonly [number, number]>;

const HAN: Ranges = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x20000, 0x3ffff]];
const PRIVATE_USE: Ranges = [[0xe000, 0xf8ff], [0xf0000, 0x10ffff]];
/**
 * Chinese punctuation (full-width forms, CJK symbols, quotes, dashes,
 * ellipsis, middle dot) and the tone-marked vowels of pinyin annotations.
 */
const CHINESE_MARKS: Ranges = [[0xb7, 0xb7], [0xe0, 0xfc], [0x101, 0x1dc], [0x2010, 0x2027], [0x3000, 0x303f], [0xff01, 0xff5e]];
/**
 * Characters a wrong codec produces and Chinese prose almost never holds:
 * C1 controls, Greek, Cyrillic, box drawing, kana, bopomofo, Hangul, vertical forms.
 */
const IMPLAUSIBLE: Ranges = [
  [0x80, 0x9f], [0x370, 0x4ff], [0x2500, 0x257f], [0x3040, 0x30ff], [0x3100, 0x312f],
  [0x3130, 0x318f], [0x31a0, 0x31bf], [0xac00, 0xd7af], [0xfe30, 0xfe6f],
];

function inRanges(code: number, ranges: Ranges): boolean {
  return ranges.some(([from, to]) => code >= from && code <= to);
}

/** The score of one non-ASCII character: common Han and punctuation count for, the marks of a wrong codec against. */
function charScore(char: string, code: number): number {
  if (code === 0xfffd) return -5;
  if (inRanges(code, HAN)) return COMMON_HANZI.has(char) ? 1 : -1;
  if (inRanges(code, CHINESE_MARKS)) return 1;
  if (inRanges(code, PRIVATE_USE)) return -3;
  if (inRanges(code, IMPLAUSIBLE)) return -1;
  return 0;
}

/**
 * Mean score per non-ASCII character, from −5 (invalid sequences) to 1
 * (all common Han and punctuation); 0 when the text is plain ASCII.
 */
export function chineseScore(text: string): number {
  let sum = 0;
  let count = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    sum += charScore(char, code);
    if (++count === SAMPLE_CHARS) break;
  }
  return count === 0 ? 0 : sum / count;
}
