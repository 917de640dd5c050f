/**
 * One OpenCC conversion run as opencc-js runs it: normalise compatibility
 * ideographs, cut the text into phrases, pass each phrase through the chain
 * of dictionary groups. The build's converters (`script-converter.ts`, from
 * opencc-js's configurations) and the search page's query converters
 * (`src/scripts/search/simplify.ts`, from the four dictionaries they need)
 * both run on it.
 */
import type { DictionaryTrie } from './dictionary-trie.ts';

/** A function from text to converted text. */
export type ConvertText = (text: string) => string;

/** What cuts text into phrases and the runs between them: a trie, or a view of one (`leadingWords`). */
export interface Segmenter {
  segment(text: string): string[];
}

/**
 * What cuts text by the words of the first `dictionaries` of a conversion
 * group's trie: where a segmentation group begins a conversion group
 * (`tw2s` and `s2tw` cut by the phrases they then convert by), its words are
 * not built into a second trie.
 */
export function leadingWords(trie: DictionaryTrie, dictionaries: number): Segmenter {
  return { segment: (text) => trie.segment(text, dictionaries) };
}

/** The tries of one conversion, in the order opencc-js applies them. */
export interface ConversionTries {
  normalization?: readonly DictionaryTrie[];
  segmentation?: Segmenter;
  chain: readonly DictionaryTrie[];
}

/** The conversion the tries make. */
export function chainConverter({ normalization = [], segmentation, chain }: ConversionTries): ConvertText {
  const throughChain = (segment: string) => {
    for (const trie of chain) segment = trie.convert(segment);
    return segment;
  };
  return (text) => {
    for (const trie of normalization) text = trie.convert(text);
    if (!segmentation) return throughChain(text);
    let out = '';
    for (const segment of segmentation.segment(text)) out += throughChain(segment);
    return out;
  };
}
