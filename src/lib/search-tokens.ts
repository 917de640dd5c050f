/**
 * The words the search index holds: one per position of a search text, the
 * character bigram starting there, written in lower-case ASCII letters and
 * digits. A query of n ≥ 2 search characters is then the phrase of its n − 1
 * bigrams, and a text contains the query exactly where that phrase occurs.
 *
 * ASCII because Pagefind splits Chinese words again at query time (with the
 * browser's word segmenter, under a `zh` page language) and would cut a
 * bigram apart; lower-case letters and digits pass its query processing, its
 * word splitting and its diacritic folding unchanged. The character codes are
 * prefix-free, so no bigram is a prefix of another and Pagefind's prefix
 * matching never widens a query.
 */

import { foldChar } from './search-text.ts';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** CJK Unified Ideographs and Extension A, in three base-36 digits (first digit 0–l). */
const CJK_RANGES: ReadonlyArray<readonly [first: number, last: number, offset: number]> = [
  [0x4e00, 0x9fff, 0],
  [0x3400, 0x4dbf, 0x9fff - 0x4e00 + 1],
];

function base36(value: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = DIGITS[value % 36] + out;
    value = Math.floor(value / 36);
  }
  return out;
}

const codes = new Map<string, string>();

/**
 * Code of one search character: `y` + itself for ASCII letters and digits,
 * three base-36 digits (first 0–l) for common ideographs, `z` + four base-36
 * digits of the code point for anything else.
 */
export function charCode(char: string): string {
  let code = codes.get(char);
  if (code !== undefined) return code;
  const point = char.codePointAt(0) ?? 0;
  const range = CJK_RANGES.find(([first, last]) => point >= first && point <= last);
  if (range) code = base36(point - range[0] + range[2], 3);
  else if (/^[0-9a-z]$/.test(char)) code = `y${char}`;
  else code = `z${base36(point, 4)}`;
  codes.set(char, code);
  return code;
}

const foldedCodes = new Map<string, readonly string[]>();

/**
 * Codes of the search characters one shown character folds to (none for
 * punctuation, several for some compatibility forms): what the index build
 * reads a text through, one shown character at a time, so a long text is
 * folded and coded without building intermediate strings.
 */
export function shownCharCodes(char: string): readonly string[] {
  let codes = foldedCodes.get(char);
  if (codes === undefined) {
    codes = Array.from(foldChar(char), charCode);
    foldedCodes.set(char, codes);
  }
  return codes;
}

/** The bigrams of a search text as index words, one per position but the last (none for fewer than two characters). */
export function bigrams(chars: string): string[] {
  const coded = Array.from(chars, charCode);
  const words: string[] = [];
  for (let i = 0; i + 1 < coded.length; i++) words.push(coded[i]! + coded[i + 1]!);
  return words;
}
