import { describe, expect, it } from 'vitest';
import { allUnits } from '../../../src/lib/regions/gazetteer.ts';
import { shortName } from '../../../src/lib/regions/short-name.ts';

describe('shortName', () => {
  it.each([
    ['宜都市', '宜都'],
    ['湖北省', '湖北'],
    ['广西壮族自治区', '广西'],
    ['内蒙古自治区', '内蒙古'],
    ['新疆维吾尔自治区', '新疆'],
    ['延边朝鲜族自治州', '延边'],
    ['黔东南苗族侗族自治州', '黔东南'],
    ['积石山保安族东乡族撒拉族自治县', '积石山'],
    ['东乡族自治县', '东乡'],
    ['鄂温克族自治旗', '鄂温克'],
    ['河南蒙古族自治县', '河南'],
    ['管城回族区', '管城'],
    ['神农架林区', '神农架'],
    ['六枝特区', '六枝'],
    ['浦东新区', '浦东'],
    ['清新区', '清新'],
    ['大兴安岭地区', '大兴安岭'],
    ['锡林郭勒盟', '锡林郭勒'],
    ['津市市', '津市'],
  ])('%s → %s', (name, short) => {
    expect(shortName(name)).toBe(short);
  });

  it.each(['赵县', '城区', '芒市', '沛县'])('keeps %s whole (one-character stem)', (name) => {
    expect(shortName(name)).toBe(name);
  });

  it('never leaves a one-character stem', () => {
    expect(allUnits().filter((u) => u.shortName.length < 2)).toEqual([]);
  });
});
