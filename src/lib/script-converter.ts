/**
 * OpenCC conversions as opencc-js performs them: its dictionaries and its
 * configuration for each pair of locales, run by `conversion-chain.ts` on the
 * faster trie of `dictionary-trie.ts`. A test checks the result against
 * opencc-js's own `Converter` on the corpora and on every dictionary entry.
 */
import { configs } from 'opencc-js/preset';
import { chainConverter, type ConvertText } from './conversion-chain.ts';
import { type Dictionary, DictionaryTrie } from './dictionary-trie.ts';

/** One of opencc-js's conversion configurations (its published types omit the normalisation chain). */
interface ConversionConfig {
  normalizationChain?: readonly (readonly Dictionary[])[];
  segmentation?: Dictionary | readonly Dictionary[];
  conversionChain: readonly (readonly Dictionary[])[];
}

/** opencc-js's configuration name for a pair of locales (`cn`, `tw`, `t`), as its `Converter` picks it. */
function configName(from: string, to: string): string {
  if (from === 'cn') return `s2${to}`;
  if (to === 'cn') return `${from}2s`;
  return `${from}2${to}`;
}

/** A segmentation dictionary as opencc-js loads it: a list of dictionaries is a group, anything else one dictionary. */
function segmentationGroup(segmentation: Dictionary | readonly Dictionary[]): readonly Dictionary[] {
  return Array.isArray(segmentation) && segmentation.every((d) => typeof d === 'string') ? (segmentation as readonly Dictionary[]) : [segmentation as Dictionary];
}

/** The converter between two locales, equal to opencc-js's `Converter({ from, to })`. */
export function scriptConverter(from: 'cn' | 'tw' | 't', to: 'cn' | 'tw' | 't'): ConvertText {
  const config = (configs as unknown as Record<string, ConversionConfig>)[configName(from, to)];
  if (!config) throw new Error(`no OpenCC conversion from ${from} to ${to}`);
  return chainConverter({
    normalization: (config.normalizationChain ?? []).map((group) => new DictionaryTrie(group)),
    segmentation: config.segmentation ? new DictionaryTrie(segmentationGroup(config.segmentation)) : undefined,
    chain: config.conversionChain.map((group) => new DictionaryTrie(group)),
  });
}
