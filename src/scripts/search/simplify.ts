/**
 * Traditional → Simplified for queries in the browser: opencc-js's
 * dictionaries in the chains the build uses (src/lib/search-simplify.ts:
 * `tw` → `cn`, `t` → `cn` and `hk` → `cn`), run by the build's own converter
 * (src/lib/conversion-chain.ts), so a query converts exactly as the site
 * converts Traditional text. A character map alone would not: OpenCC converts
 * some characters by the phrase they are in (乾隆 keeps 乾, 乾淨 → 干净).
 * The build's typed-array tries are built in a few milliseconds where
 * opencc-js's own (a Map per node) took about 35 ms of a fresh page's first
 * Traditional query.
 *
 * Loaded only for a query holding a character the chains can change (the
 * build lists them on the search page); any other query converts to itself.
 * Compatibility ideographs, OpenCC's first step, are left to NFKC, which the
 * search text applies before (the same mapping for all 1,002 of them).
 */
import type { Simplify } from '../../lib/search-query.ts';

let loading: Promise<Simplify[]> | undefined;

/** The three converters (`tw` → `cn`, `t` → `cn`, `hk` → `cn`, as opencc-js's `tw2s`, `t2s` and `hk2s`), loading their code and dictionaries on first use. */
export function loadSimplifiers(): Promise<Simplify[]> {
  loading ??= (async () => {
    const [{ chainConverter, leadingWords }, { DictionaryTrie }, phrases, characters, twPhrases, twVariants, hkPhrases, hkVariants] = await Promise.all([
      import('../../lib/conversion-chain.ts'),
      import('../../lib/dictionary-trie.ts'),
      import('opencc-js/dict/TSPhrases'),
      import('opencc-js/dict/TSCharacters'),
      import('opencc-js/dict/TWVariantsRevPhrases'),
      import('opencc-js/dict/TWVariantsRev'),
      import('opencc-js/dict/HKVariantsRevPhrases'),
      import('opencc-js/dict/HKVariantsRev'),
    ]);
    const toCn = new DictionaryTrie([phrases.default, characters.default]);
    const fromTw = new DictionaryTrie([twPhrases.default, twVariants.default]);
    const fromHk = new DictionaryTrie([hkPhrases.default, hkVariants.default]);
    // `tw2s` and `hk2s` cut by the phrases that begin `toCn`.
    const segmentation = leadingWords(toCn, 1);
    return [chainConverter({ segmentation, chain: [fromTw, toCn] }), chainConverter({ chain: [toCn] }), chainConverter({ segmentation, chain: [fromHk, toCn] })];
  })();
  return loading;
}

/** Decodes the build's list of convertible characters: base-36 gaps between code points, comma-separated. */
export function decodeCharList(encoded: string): Set<string> {
  const chars = new Set<string>();
  let point = 0;
  for (const gap of encoded.split(',')) {
    if (gap === '') continue;
    point += parseInt(gap, 36);
    chars.add(String.fromCodePoint(point));
  }
  return chars;
}

/** Whether a (per-character NFKC-normalised) text holds a character the conversion may change. */
export function needsConversion(text: string, convertible: ReadonlySet<string>): boolean {
  for (const char of text) if (convertible.has(char)) return true;
  return false;
}

/**
 * Whether a query reading (search characters) may occur in the index: it
 * holds no convertible character but those the index has (the catalog's
 * list). A Traditional reading such as 醫共體 occurs nowhere in the
 * Simplified text search reads, and looking it up would load index chunks.
 */
export function mayOccur(chars: string, convertible: ReadonlySet<string>, indexed: ReadonlySet<string>): boolean {
  for (const char of chars) if (convertible.has(char) && !indexed.has(char)) return false;
  return true;
}
