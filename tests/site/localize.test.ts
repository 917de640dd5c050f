import { describe, expect, it } from 'vitest';
import { localize, localizeName, localizeRepeated } from '../../src/utils/localize.ts';

describe('localize', () => {
  it('returns text already in the page script untouched', () => {
    expect(localize('卫生健康局', 'hans', 'hans')).toBe('卫生健康局');
    expect(localize('衛生健康局', 'hant', 'hant')).toBe('衛生健康局');
  });

  it('converts Simplified to Taiwan-form Traditional with the corrections', () => {
    expect(localize('柞水县卫生健康局', 'hans', 'hant')).toBe('柞水縣衛生健康局');
    expect(localize('范海峰同志讲话，折合占比', 'hans', 'hant', { names: ['范海峰'] })).toBe('范海峰同志講話，折合佔比');
  });

  it('converts Traditional originals with the variant of the whole report', () => {
    expect(localize('著力推進', 'hant', 'hans', { variant: 'tw' })).toBe('着力推进');
    expect(localize('顯著成效', 'hant', 'hans', { variant: 'tw' })).toBe('显著成效');
  });

  it('writes current place names, not the dictionary\'s historic forms', () => {
    expect(['竹溪县', '慈溪市', '阳谷县', '个旧市', '浚县', '澄江市', '钟山县'].map((name) => localize(name, 'hans', 'hant'))).toEqual([
      '竹溪縣',
      '慈溪市',
      '陽谷縣',
      '個舊市',
      '浚縣',
      '澄江市',
      '鍾山縣',
    ]);
  });

  it('keeps merged-character surnames and converts the others', () => {
    expect(localizeName('范海峰', 'hant')).toBe('范海峰');
    expect(localizeName('余建国', 'hant')).toBe('余建國');
    expect(localizeName('吴履山', 'hant')).toBe('吳履山');
    expect(localizeName('张颖', 'hans')).toBe('张颖');
  });

  it('converts repeated texts as localize does, sharing one conversion between reports naming different people', () => {
    const memo = new Map<string, string>();
    const text = '范海峰同志在会上讲话，余建国主持会议，折合占比提高。';
    for (const names of [['范海峰'], ['余建国'], []]) {
      expect(localizeRepeated(text, 'hans', 'hant', { names }, memo)).toBe(localize(text, 'hans', 'hant', { names }));
    }
    expect(memo.size).toBe(1);
    const traditional = '著力推進醫共體建設，取得顯著成效。';
    for (const variant of ['tw', 't'] as const) {
      expect(localizeRepeated(traditional, 'hant', 'hans', { variant }, memo)).toBe(localize(traditional, 'hant', 'hans', { variant }));
    }
    expect(localizeRepeated(text, 'hans', 'hans', {}, memo)).toBe(text);
    expect(memo.size).toBe(3);
  });
});
