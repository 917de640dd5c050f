import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { configs } from 'opencc-js/preset';
import { describe, expect, it } from 'vitest';
import { scriptConverter } from '../../src/lib/script-converter.ts';

const CORPORA = ['seeds', 'pages', 'govreports-2024/txt'].map((dir) => new URL(`../../../shared/corpus/${dir}/`, import.meta.url));
const texts = CORPORA.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(name, dir), 'utf8')),
);

const PAIRS = [
  ['cn', 'tw'],
  ['tw', 'cn'],
  ['hk', 'cn'],
  ['t', 'cn'],
] as const;

/** Every dictionary of the configurations the pairs use (opencc-js's published types omit some fields). */
function dictionariesOf(name: string): string[] {
  const config = (configs as unknown as Record<string, Record<string, unknown>>)[name]!;
  return Object.values(config).flat(2).filter((d): d is string => typeof d === 'string');
}

/** The words of a serialized dictionary, joined by line breaks (each also meets its neighbours). */
function wordsOf(dictionary: string): string {
  return dictionary
    .split('|')
    .map((line) => line.split(' ')[0])
    .join('\n');
}

describe('scriptConverter converts as opencc-js does', () => {
  it('has corpora to compare on', () => {
    expect(texts.length).toBeGreaterThan(150);
  });

  it.each(PAIRS)('%s → %s: every corpus text', (from, to) => {
    const ours = scriptConverter(from, to);
    const theirs = OpenCC.Converter({ from, to });
    const differing = texts.filter((text) => ours(text) !== theirs(text));
    expect(differing).toEqual([]);
  });

  it.each([
    ['cn', 'tw', 's2tw'],
    ['tw', 'cn', 'tw2s'],
    ['t', 'cn', 't2s'],
  ] as const)('%s → %s: every word of its dictionaries, and their values', (from, to, name) => {
    const ours = scriptConverter(from, to);
    const theirs = OpenCC.Converter({ from, to });
    for (const dictionary of dictionariesOf(name)) {
      const words = wordsOf(dictionary);
      expect(ours(words)).toBe(theirs(words));
      const values = dictionary.replace(/\|/g, '\n');
      expect(ours(values)).toBe(theirs(values));
    }
  });

  it('treats ideographic description sequences, astral characters and lone surrogates alike', () => {
    const text = '⿰⿱𠂉乂云⿲发展𠮷\ud800后\udc00发⿰';
    for (const [from, to] of PAIRS) expect(scriptConverter(from, to)(text)).toBe(OpenCC.Converter({ from, to })(text));
  });

  it('walks words by code unit, which matches as by code point because no word holds a lone surrogate', () => {
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    for (const name of ['s2tw', 'tw2s', 't2s']) {
      for (const dictionary of dictionariesOf(name)) expect(lone.test(wordsOf(dictionary))).toBe(false);
    }
  });
});
