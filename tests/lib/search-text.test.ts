import { describe, expect, it } from 'vitest';
import { parseQuery, readings } from '../../src/lib/search-query.ts';
import { SEARCH_SIMPLIFIERS } from '../../src/lib/search-simplify.ts';
import { foldChar, foldText, shownRange, shownRanges } from '../../src/lib/search-text.ts';
import { bigrams, charCode } from '../../src/lib/search-tokens.ts';

describe('search text', () => {
  it('folds full-width forms, case and compatibility ideographs; drops punctuation, symbols and spaces', () => {
    expect(foldText('ＧＤＰ增长５％，Ｒ＆Ｄ')).toBe('gdp增长5rd');
    expect(foldText('“一岗双责”、 1+1+X')).toBe('一岗双责11x');
    expect(foldChar('\uF900')).toBe('豈'); // compatibility ideograph → unified
    expect(foldChar('　')).toBe('');
  });


  it('locates search characters in the text as shown', () => {
    const shown = '紧密型“县域医共体”建设';
    const chars = foldText(shown);
    const from = chars.indexOf('医共体');
    const [start, end] = shownRange(shown, from, from + 3)!;
    expect(shown.slice(start, end)).toBe('医共体');
    const across = chars.indexOf('型县');
    expect(shown.slice(...shownRange(shown, across, across + 2)!)).toBe('型“县');
    expect(shownRange(shown, 20, 22)).toBeUndefined();
  });

  it('maps several ranges at once: overlapping or touching ones merged, in order, those outside the text dropped', () => {
    const shown = '推进“医共体”建设，医共体𠀀Ｘ';
    expect(foldText(shown)).toBe('推进医共体建设医共体𠀀x');
    // Search characters (code points): 医共体 at 2 and 7, 共 at 3, 𠀀x at 10.
    const ranges = shownRanges(shown, [[7, 10], [2, 5], [3, 4], [10, 12], [11, 14], [4, 4]]);
    expect(ranges.map(([start, end]) => shown.slice(start, end))).toEqual(['医共体', '医共体𠀀Ｘ']);
    expect(shownRanges(shown, [[3, 4]]).map(([start, end]) => shown.slice(start, end))).toEqual(['共']);
  });
});

describe('index words', () => {
  it('are lower-case ASCII letters and digits', () => {
    for (const word of bigrams('医共体2024年5G网络ÉtudeА𠀀')) expect(word).toMatch(/^[0-9a-z]+$/);
  });

  it('come from prefix-free character codes, so no bigram is a prefix of another', () => {
    const samples = ['一', '龥', '㐀', '䶿', '0', 'z', 'é', '𠀀', '〇', 'ー'];
    const codes = samples.map(charCode);
    for (const a of codes) for (const b of codes) if (a !== b) expect(b.startsWith(a)).toBe(false);
    expect(new Set(codes).size).toBe(samples.length);
  });

  it('give one bigram per position but the last', () => {
    expect(bigrams('医共体')).toHaveLength(2);
    expect(bigrams('医')).toEqual([]);
    expect(bigrams('')).toEqual([]);
  });
});

describe('query readings', () => {
  it('read a word as typed and through both OpenCC chains, each folded', () => {
    expect(readings('醫共體', SEARCH_SIMPLIFIERS)).toEqual(['醫共體', '医共体']);
    // Simplified 显著 stays itself (OpenCC would make it 显着); Taiwan-form 著力 reads 着力, standard-form 著力 itself.
    expect(readings('效果显著', SEARCH_SIMPLIFIERS)).toEqual(['效果显著', '效果显着']);
    expect(readings('著力', SEARCH_SIMPLIFIERS)).toEqual(['著力', '着力']);
    expect(readings('ＧＤＰ，增长', SEARCH_SIMPLIFIERS)).toEqual(['gdp增长']);
    // Hong Kong-form 衞 reads 卫 only through the Hong Kong chain.
    expect(readings('衞生健康', SEARCH_SIMPLIFIERS)).toEqual(['衞生健康', '卫生健康']);
  });
});

describe('parseQuery', () => {
  it('splits at spaces, reads each word, sets single characters apart and drops repeats', () => {
    const query = parseQuery('  醫共體　5G  网 “” 醫共體 ', SEARCH_SIMPLIFIERS);
    expect(query.terms.map((term) => term.forms.map((form) => form.chars))).toEqual([['醫共體', '医共体'], ['5g']]);
    expect(query.short.map((term) => term.text)).toEqual(['网']);
    expect(query.terms[0]!.forms[1]!.bigrams).toEqual(bigrams('医共体'));
  });
});
