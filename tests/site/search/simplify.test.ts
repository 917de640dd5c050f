/**
 * The browser's query converter against the build's: the same results on
 * real report text in both scripts and on every dictionary entry, and no
 * change at all for text without a listed convertible character.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Simplify } from '../../../src/lib/search-query.ts';
import { SEARCH_SIMPLIFIERS } from '../../../src/lib/search-simplify.ts';
import { foldChar, normalizeChars } from '../../../src/lib/search-text.ts';
import { toSimplified, toTraditional } from '../../../src/lib/script.ts';
import { decodeCharList, loadSimplifiers, needsConversion } from '../../../src/scripts/search/simplify.ts';
import { encodedConvertibleChars } from '../../../src/utils/search/convertible-chars.ts';

const CORPUS = '../shared/corpus/pages';

const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** Sentences of the real pages, Simplified and converted to Traditional (Taiwan and Hong Kong forms), and the dictionaries' phrases. */
function samples(): string[] {
  const lines = readdirSync(CORPUS)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readFileSync(join(CORPUS, name), 'utf8').split(/[\n。]/))
    .filter((line) => line.trim().length > 1);
  const phrases = [TSPhrases, TWVariantsRevPhrases, HKVariantsRevPhrases].flatMap((dictionary) => dictionary.split('|').flatMap((entry) => entry.split(' ')));
  return [...lines, ...lines.map((line) => toTraditional(line)), ...lines.map(toHongKong), ...phrases].map(normalizeChars);
}

describe('browser query converters', () => {
  let browser: Simplify[];
  const texts = samples();
  beforeAll(async () => {
    browser = await loadSimplifiers();
  });

  it('convert as the build does, every chain', () => {
    expect(texts.length).toBeGreaterThan(3000);
    SEARCH_SIMPLIFIERS.forEach((build, chain) => {
      const differing = texts.filter((text) => browser[chain]!(text) !== build(text));
      expect(differing).toEqual([]);
    });
  });

  it('leave text without a listed character unchanged', () => {
    const convertible = decodeCharList(encodedConvertibleChars());
    expect(convertible.size).toBeGreaterThan(3000);
    for (const text of texts) {
      if (needsConversion(text, convertible)) continue;
      for (const build of SEARCH_SIMPLIFIERS) expect(build(text)).toBe(text);
    }
    expect(needsConversion('医共体建设', convertible)).toBe(false);
    expect(needsConversion('醫共體', convertible)).toBe(true);
  });
});

describe('the site’s script conversions', () => {
  it('keep every character’s search length, so a page in either script maps onto the same index positions', () => {
    const widths = (text: string): number[] => Array.from(text, (char) => [...foldChar(char)].length);
    for (const text of samples()) {
      for (const converted of [toTraditional(text), toSimplified(text, 'tw'), toSimplified(text, 't')]) {
        expect(widths(converted), text).toEqual(widths(text));
      }
    }
  });
});
