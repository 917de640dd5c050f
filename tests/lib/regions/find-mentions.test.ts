import { describe, expect, it } from 'vitest';
import { allUnits } from '../../../src/lib/regions/gazetteer.ts';
import { findPlaceMentions } from '../../../src/lib/regions/find-mentions.ts';
import { EVERYDAY_SHORT_NAMES, lookupPlaceName } from '../../../src/lib/regions/place-names.ts';

const names = (text: string) => findPlaceMentions(text).map((m) => m.name);
const codes = (text: string) => findPlaceMentions(text).map((m) => m.units.map((u) => u.code));

describe('findPlaceMentions', () => {
  it('finds full names, short names and abbreviations in order', () => {
    expect(names('湖北省宜昌市宜都市卫生健康局')).toEqual(['湖北省', '宜昌市', '宜都市']);
    expect(names('健康十堰建设')).toEqual(['十堰']);
    expect(codes('大理州人民政府')).toEqual([['532900']]);
  });

  it('reads the short names of units that are no everyday words (盐田, 滨湖, 山南)', () => {
    expect(names('盐田卫生健康工作')).toEqual(['盐田']);
    expect(names('推进滨湖医疗资源扩容')).toEqual(['滨湖']);
    expect(names('山南市卫生健康委员会，山南医疗人才')).toEqual(['山南市', '山南']);
  });

  it('does not read everyday words as places', () => {
    expect(names('推进乡村振兴和新建项目，实现人民安康、长治久安')).toEqual([]);
    expect(names('改造城中村，建设市中心医院')).toEqual([]);
    expect(names('会同有关部门开通绿色通道，深化交流合作')).toEqual([]);
    expect(names('推动共同富裕，上下同心，精简文山会海，扩大医保定点医疗机构')).toEqual([]);
    expect(names('武陵山区健康帮扶')).toEqual([]);
  });

  it('does not match across words, without a list of the words', () => {
    expect(names('搭建创新平台，统筹发展和安全')).toEqual([]);
    // 民和 (县), 阳高 (县), 台山 (市): the word check alone keeps them out.
    expect(names('保障城乡居民和农民工，岳阳高新区入选，支持天台山创建')).toEqual(['岳阳']);
    expect(names('创建全国基层中医药示范县')).toEqual([]);
    expect(names('建设沿海城市')).toEqual([]);
  });

  it('matches one-character stems only where no Han character runs into them', () => {
    expect(names('赵县卫生健康局召开会议')).toEqual(['赵县']);
    expect(names('市和县两级卫生健康部门')).toEqual([]);
  });

  it('reads everyday full names only after their parent', () => {
    expect(names('推进城区改造')).toEqual([]);
    expect(codes('阳泉市城区卫生健康局')).toEqual([['140300'], ['140302']]);
  });

  it('keeps ambiguous names ambiguous unless a parent comes right before', () => {
    expect(codes('鼓楼区')[0]).toHaveLength(4);
    expect(codes('福州市鼓楼区')).toEqual([['350100'], ['350102']]);
    expect(codes('北京朝阳医院')).toEqual([['110000'], ['110105']]);
  });

  it('does not read 区域 or 市场 as a unit suffix', () => {
    expect(codes('海南区域医疗中心')).toEqual([['460000']]);
  });
});

describe('place names', () => {
  it('lets a province’s short name mean the province', () => {
    expect(lookupPlaceName('河南')?.units.map((u) => u.name)).toEqual(['河南省']);
    expect(lookupPlaceName('吉林')?.units.map((u) => u.name)).toEqual(['吉林省']);
  });

  it('lets a name shared down one line mean the highest unit', () => {
    expect(lookupPlaceName('阿克苏')?.units.map((u) => u.name)).toEqual(['阿克苏地区']);
    expect(lookupPlaceName('临夏')?.units.map((u) => u.name)).toEqual(['临夏回族自治州']);
  });

  it('keeps short names shared across the country ambiguous', () => {
    expect(lookupPlaceName('朝阳')?.units).toHaveLength(4);
  });

  it('lists as everyday words only real short names', () => {
    const shorts = new Set(allUnits().map((u) => u.shortName));
    expect([...EVERYDAY_SHORT_NAMES].filter((name) => !shorts.has(name))).toEqual([]);
    expect(lookupPlaceName('振兴')).toBeUndefined();
    expect(lookupPlaceName('振兴区')?.units.map((u) => u.code)).toEqual(['210603']);
  });
});
