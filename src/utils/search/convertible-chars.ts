/**
 * The characters search's Traditional → Simplified chain may change: those
 * that differ from their replacement in some entry of its dictionaries. A
 * text without any of them converts to itself (every entry that could match
 * it replaces each character by itself), so the browser needs the converter
 * only for queries holding one.
 */
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';

/** The dictionaries of the `tw`, `t` and `hk` → `cn` chains (src/scripts/search/simplify.ts loads the same). */
const DICTIONARIES = [TWVariantsRevPhrases, TWVariantsRev, HKVariantsRevPhrases, HKVariantsRev, TSPhrases, TSCharacters];

let convertible: number[] | undefined;

/** Code points of the convertible characters, ascending (computed once). */
function convertibleCodePoints(): number[] {
  if (convertible) return convertible;
  const points = new Set<number>();
  for (const dictionary of DICTIONARIES) {
    for (const entry of dictionary.split('|')) {
      const [source = '', replacement = ''] = entry.split(' ');
      const from = [...source];
      const to = [...replacement];
      from.forEach((char, i) => {
        if (char !== to[i]) points.add(char.codePointAt(0)!);
      });
    }
  }
  convertible = [...points].sort((a, b) => a - b);
  return convertible;
}

/** Code points (ascending) as base-36 gaps between them, comma-separated: what `decodeCharList` reads. */
function encodeCodePoints(points: readonly number[]): string {
  let previous = 0;
  return points
    .map((point) => {
      const gap = (point - previous).toString(36);
      previous = point;
      return gap;
    })
    .join(',');
}

/** The list for the search page (src/scripts/search/simplify.ts `decodeCharList` reads it). */
export function encodedConvertibleChars(): string {
  return encodeCodePoints(convertibleCodePoints());
}

/**
 * The convertible characters `indexed` marks (by code point: the search
 * characters the index holds), encoded as `encodedConvertibleChars`. A query
 * reading holding any other convertible character occurs in no report: most
 * are Traditional-only, and every page search indexes is Simplified.
 */
export function encodedIndexedConvertibleChars(indexed: Uint8Array): string {
  return encodeCodePoints(convertibleCodePoints().filter((point) => indexed[point] === 1));
}
