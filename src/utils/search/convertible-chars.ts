/**
 * The characters search's Traditional → Simplified chain may change: those
 * that differ from their replacement in some entry of its dictionaries. A
 * text without any of them converts to itself (every entry that could match
 * it replaces each character by itself), so the browser needs the converter
 * only for queries holding one.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';

/** The dictionaries of the `tw` → `cn` chain (src/scripts/search/simplify.ts loads the same). */
const DICTIONARIES = [TWVariantsRevPhrases, TWVariantsRev, TSPhrases, TSCharacters];

/** Code points of the convertible characters, ascending. */
function convertibleCodePoints(): number[] {
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
  return [...points].sort((a, b) => a - b);
}

/** The list for the search page: base-36 gaps between the code points, comma-separated (decodeCharList reads it). */
export function encodedConvertibleChars(): string {
  let previous = 0;
  return convertibleCodePoints()
    .map((point) => {
      const gap = (point - previous).toString(36);
      previous = point;
      return gap;
    })
    .join(',');
}
