import { describe, expect, it } from 'vitest';
import { localize, localizeName } from '../../src/utils/localize.ts';

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
});
