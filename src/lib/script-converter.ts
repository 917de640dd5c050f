/**
 * OpenCC conversions as opencc-js performs them: its dictionaries and its
 * configuration for each pair of locales, run by `conversion-chain.ts` on the
 * faster trie of `dictionary-trie.ts`. A test checks the result against
 * opencc-js's own `Converter` on the corpora and on every dictionary entry.
 */
import { configs } from 'opencc-js/preset';
import { chainConverter, type ConvertText, leadingWords, type Segmenter } from './conversion-chain.ts';
import { type Dictionary, DictionaryTrie } from './dictionary-trie.ts';

/** One of opencc-js's conversion configurations (its published types omit the normalisation chain). */
interface ConversionConfig {
  normalizationChain?: readonly (readonly Dictionary[])[];
  segmentation?: Dictionary | readonly Dictionary[];
  conversionChain: readonly (readonly Dictionary[])[];
}

/** opencc-js's configuration name for a pair of locales (`cn`, `tw`, `hk`, `t`), as its `Converter` picks it. */
function configName(from: string, to: string): string {
  if (from === 'cn') return `s2${to}`;
  if (to === 'cn') return `${from}2s`;
  return `${from}2${to}`;
}

/** A segmentation dictionary as opencc-js loads it: a list of dictionaries is a group, anything else one dictionary. */
function segmentationGroup(segmentation: Dictionary | readonly Dictionary[]): readonly Dictionary[] {
  return Array.isArray(segmentation) && segmentation.every((d) => typeof d === 'string') ? (segmentation as readonly Dictionary[]) : [segmentation as Dictionary];
}

/**
 * What cuts text into phrases of a segmentation group. When a conversion
 * group begins with the same dictionaries (Simplified → Traditional cuts by
 * its 49,000 phrases and converts by them and its characters), that group's
 * trie cuts too, restricted to them: the phrases are not built into a second
 * trie (~15–30 ms of a thread's start-up). Otherwise the group gets a trie of its own.
 */
function segmenter(group: readonly Dictionary[], conversion: readonly (readonly Dictionary[])[], tries: readonly DictionaryTrie[]): Segmenter {
  const at = conversion.findIndex((dictionaries) => group.length <= dictionaries.length && group.every((dictionary, i) => dictionaries[i] === dictionary));
  return at < 0 ? new DictionaryTrie(group) : leadingWords(tries[at]!, group.length);
}

/** The converter between two locales, equal to opencc-js's `Converter({ from, to })`. */
export function scriptConverter(from: 'cn' | 'tw' | 'hk' | 't', to: 'cn' | 'tw' | 't'): ConvertText {
  const config = (configs as unknown as Record<string, ConversionConfig>)[configName(from, to)];
  if (!config) throw new Error(`no OpenCC conversion from ${from} to ${to}`);
  const chain = config.conversionChain.map((group) => new DictionaryTrie(group));
  return chainConverter({
    normalization: (config.normalizationChain ?? []).map((group) => new DictionaryTrie(group)),
    segmentation: config.segmentation ? segmenter(segmentationGroup(config.segmentation), config.conversionChain, chain) : undefined,
    chain,
  });
}
