/**
 * How plausible a decoded text is as Chinese: the measure that chooses
 * between codecs whose byte ranges overlap (GB18030 and Big5) and that
 * tells garbage from text.
 *
 * Why not chardet, jschardet or ced (tests/ingest/read/eval-detectors.ts:
 * 8,400 samples cut from the corpus: Simplified in GBK, Traditional in
 * Big5, GB18030 four-byte characters, Traditional in GBK): right answers for
 * 6 / 10 / 20 / 40 characters are ingest 97.8 / 99.8 / 99.6 / 100% (its misses
 * are all-ASCII samples, read as UTF-8; tiny samples with a rare character,
 * refused rather than misread; and two with one Han character that is
 * common in both codecs); jschardet 93.7 / 97.8 / 99.7 /
 * 100% at ten times the cost; chardet 1.3 / 0.4 / 96.2 / 99.9% (it answers
 * windows-1252 or ISO-8859 for short text); Google's ced 96.8 / 99.2 / 99.6 /
 * 99.9%, but it is a native addon compiled on install. Restricted to the
 * codecs ingest accepts, the score also says when neither reads as Chinese.
 */
import { COMMONEST_HANZI, commonHanziSet } from './common-hanzi.ts';

/**
 * Below this mean score a decoding is not Chinese text. Right decodings of
 * 20-character samples of the corpus score ≥ 0.78 (median 1.0); wrong ones ≤ 0.5 (median −0.6).
 */
const MIN_SCORE = 0.6;
/** Han characters needed before the share of the commonest characters is telling. */
const SHARE_MIN_HAN = 200;
/** Least share of the commonest characters in real prose (the corpus minimum is 8%). */
const MIN_COMMONEST_SHARE = 0.03;

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
  if (inRanges(code, HAN)) return commonHanziSet().has(char) ? 1 : -1;
  if (inRanges(code, CHINESE_MARKS)) return 1;
  if (inRanges(code, PRIVATE_USE)) return -3;
  if (inRanges(code, IMPLAUSIBLE)) return -1;
  return 0;
}

/** What one pass over the head of a decoded text finds. */
export interface ChineseStats {
  /** Mean score per non-ASCII character, from −5 (invalid sequences) to 1 (all common Han and punctuation); 0 for plain ASCII. */
  score: number;
  /** Han characters seen. */
  han: number;
  /** Of them, the commonest characters (的, 一, 是 …). */
  commonest: number;
}

/** Scores the first few thousand non-ASCII characters of a decoded text. */
export function chineseStats(text: string): ChineseStats {
  let sum = 0;
  let count = 0;
  let han = 0;
  let commonest = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    sum += charScore(char, code);
    if (inRanges(code, HAN)) {
      han++;
      if (COMMONEST_HANZI.has(char)) commonest++;
    }
    if (++count === SAMPLE_CHARS) break;
  }
  return { score: count === 0 ? 0 : sum / count, han, commonest };
}

/**
 * True when a decoding reads as Chinese: a good score and, in a long text,
 * the commonest characters at their usual frequency (bytes of EUC-KR or
 * EUC-JP can decode to common GB2312 characters, but use them at random).
 */
export function readsAsChinese({ score, han, commonest }: ChineseStats): boolean {
  return score >= MIN_SCORE && (han < SHARE_MIN_HAN || commonest >= han * MIN_COMMONEST_SHARE);
}
