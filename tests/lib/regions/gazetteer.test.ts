import { describe, expect, it } from 'vitest';
import { allUnits, childrenOf, provinces, unitByCode } from '../../../src/lib/regions/gazetteer.ts';
import { isWithin, lineage, regionOf } from '../../../src/lib/regions/lineage.ts';

const count = (level: string) => allUnits().filter((u) => u.level === level).length;

describe('gazetteer cleaning (MCA 2024: 31 provinces, 333 prefectures, 2,846 counties)', () => {
  it('has the MCA 2024 counts', () => {
    expect(count('province')).toBe(31);
    expect(provinces()).toHaveLength(31);
    expect(count('city')).toBe(333);
    expect(count('county')).toBe(2846);
  });

  it('leaves out Taiwan, Hong Kong and Macau', () => {
    expect(allUnits().filter((u) => /^(71|81|82)/.test(u.code))).toEqual([]);
  });

  it('keeps the four cities without counties but none of their townships', () => {
    for (const code of ['441900', '442000', '460400', '620200']) {
      expect(unitByCode(code)?.level).toBe('city');
      expect(childrenOf(code)).toEqual([]);
    }
    expect(allUnits().some((u) => u.name === '中堂镇')).toBe(false);
  });

  it('treats placeholders as no city', () => {
    for (const code of ['110100', '120100', '310100', '500100', '500200', '419000', '429000', '469000', '659000']) {
      expect(unitByCode(code)).toBeUndefined();
    }
  });

  it('drops abolished units, development zones and areas without county status', () => {
    for (const name of ['港闸区', '梅列区', '长岛县', '石家庄高新技术产业开发区', '苏州工业园区', '加格达奇区', '江北新区', '大柴旦行政委员会']) {
      expect(allUnits().some((u) => u.name === name), name).toBe(false);
    }
  });

  it('keeps the end-2024 units', () => {
    expect(unitByCode('653228')?.name).toBe('和康县');
    expect(unitByCode('610981')?.name).toBe('旬阳市');
  });
});

describe('lineage and regions', () => {
  it('gives a county-level city its prefecture and province', () => {
    expect(regionOf('420581')).toEqual({ province: '湖北省', city: '宜昌市', county: '宜都市', code: '420581' });
    expect(lineage('420581').map((u) => u.name)).toEqual(['湖北省', '宜昌市', '宜都市']);
  });

  it('puts counties directly under a province without a city', () => {
    expect(regionOf('429006')).toEqual({ province: '湖北省', county: '天门市', code: '429006' });
    expect(regionOf('419001')).toEqual({ province: '河南省', county: '济源市', code: '419001' });
    expect(regionOf('469001')).toEqual({ province: '海南省', county: '五指山市', code: '469001' });
  });

  it('gives a municipality province level only', () => {
    expect(regionOf('310000')).toEqual({ province: '上海市', code: '310000' });
    expect(regionOf('310115')).toEqual({ province: '上海市', county: '浦东新区', code: '310115' });
    expect(regionOf('500229')).toEqual({ province: '重庆市', county: '城口县', code: '500229' });
  });

  it('is empty for unknown codes', () => {
    expect(regionOf('999999')).toEqual({});
    expect(lineage('110100')).toEqual([]);
  });

  it('tells whether a unit lies within another', () => {
    expect(isWithin('420581', '420000')).toBe(true);
    expect(isWithin('420581', '430000')).toBe(false);
  });
});

describe('listings', () => {
  it('lists a province’s prefectures and the county-level units it governs directly', () => {
    const hubei = childrenOf('420000').map((u) => u.name);
    expect(hubei).toContain('宜昌市');
    expect(hubei).toContain('天门市');
    expect(hubei).toContain('神农架林区');
    expect(hubei).not.toContain('宜都市');
  });

  it('lists a municipality’s districts directly', () => {
    const beijing = childrenOf('110000');
    expect(beijing).toHaveLength(16);
    expect(beijing.every((u) => u.level === 'county')).toBe(true);
  });

  it('lists in code order', () => {
    const codes = childrenOf('420500').map((u) => u.code);
    expect(codes).toEqual([...codes].sort());
  });
});
