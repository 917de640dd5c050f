import { describe, expect, it } from 'vitest';
import { regionHref } from '../../src/utils/hrefs.ts';
import { codeAtLevel, codeLevel, regionLevels, regionName } from '../../src/utils/region-levels.ts';

describe('codeLevel / codeAtLevel', () => {
  it('reads the level of a GB/T 2260 code and derives its parents by truncation', () => {
    expect(codeLevel('610000')).toBe('province');
    expect(codeLevel('611000')).toBe('city');
    expect(codeLevel('611026')).toBe('county');
    expect(codeAtLevel('611026', 'province')).toBe('610000');
    expect(codeAtLevel('611026', 'city')).toBe('611000');
    expect(codeAtLevel('611000', 'county')).toBeUndefined();
  });
});

describe('regionLevels', () => {
  it('gives every named level its code, so each links to its listing', () => {
    const levels = regionLevels({ province: '陕西省', city: '商洛市', county: '柞水县', code: '611026' });
    expect(levels).toEqual([
      { level: 'province', name: '陕西省', code: '610000' },
      { level: 'city', name: '商洛市', code: '611000' },
      { level: 'county', name: '柞水县', code: '611026' },
    ]);
    expect(levels.map((level) => regionHref('hans', level.code))).toEqual([
      '/zh-hans/regions/610000/',
      '/zh-hans/regions/611000/',
      '/zh-hans/regions/611026/',
    ]);
  });

  it('skips a level the region does not have (municipal districts, counties under a province)', () => {
    expect(regionLevels({ province: '北京市', county: '朝阳区', code: '110105' })).toEqual([
      { level: 'province', name: '北京市', code: '110000' },
      { level: 'county', name: '朝阳区', code: '110105' },
    ]);
    expect(regionLevels({ province: '湖北省', county: '仙桃市', code: '429004' }).map((l) => l.code)).toEqual([
      '420000',
      '429004',
    ]);
  });

  it('leaves a level unlinked when the code does not reach it, and everything unlinked without a code', () => {
    expect(regionLevels({ province: '山西省', city: '运城市', county: '盐湖区', code: '140800' })[2]).toEqual({
      level: 'county',
      name: '盐湖区',
    });
    expect(regionLevels({ province: '广东省' })).toEqual([{ level: 'province', name: '广东省' }]);
    expect(regionLevels({})).toEqual([]);
  });

  it('names the most specific level', () => {
    expect(regionName({ province: '湖北省', city: '十堰市' })).toBe('十堰市');
    expect(regionName({})).toBeUndefined();
  });
});
