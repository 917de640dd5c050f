import { describe, expect, it } from 'vitest';
import { matchTexts, simplifiedTexts, stripToMatch } from '../../src/lib/match-text.ts';

/** The definition stripToMatch implements with a look-up table. */
const byRegex = (text: string): string => text.toLowerCase().replace(/[\p{P}\p{S}\p{Z}\p{C}]/gu, '');

describe('stripToMatch', () => {
  it('drops whitespace, punctuation and symbols, lower-cases, keeps Han, letters and digits', () => {
    expect(stripToMatch('推进“1+1+X”模式，Ａ 级\u3000医院！')).toBe('推进11x模式ａ级医院');
    expect(stripToMatch('𠮷野家（𝐀）😀')).toBe('𠮷野家𝐀'.toLowerCase());
  });

  it('equals the regex definition on every BMP character, astral characters and lone surrogates', () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('');
    expect(stripToMatch(all)).toBe(byRegex(all));
    const mixed = '甲\ud800乙\udc00丙😀丁𠀀戊\ud83d';
    expect(stripToMatch(mixed)).toBe(byRegex(mixed));
  });
});

describe('match texts', () => {
  it('are the same for a paragraph in either script and punctuation', () => {
    expect(matchTexts(['深化緊密型縣域醫共體建設，落實「一崗雙責」。'])).toEqual(matchTexts(['深化紧密型县域医共体建设 落实“一岗双责”']));
    expect(simplifiedTexts(['落實「一崗雙責」'])).toEqual(['落实「一岗双责」']);
  });
});
