import { describe, expect, it } from 'vitest';
import { extractDisclosureTable, parseDisclosureRow } from '../../../../src/ingest/clean/lines/disclosure-table.ts';

describe('disclosure tables', () => {
  it('reads label and value cells', () => {
    const lines = [
      '索引号: | 11341823MB1566401C/202311-00052 | 组配分类: | 规划计划 |',
      '发布机构: | 青阳县卫生健康委员会 | 主题分类: | 卫生、体育 |',
      '名称: | 县卫健委2023年工作总结及2024年工作安排 | 文号: | |',
      '成文日期: | 发布日期: | 2023-11-07 | |',
      '2023年，县卫生健康委坚持以习近平新时代中国特色社会主义思想为指导。',
    ];
    const result = extractDisclosureTable(lines);
    expect(result.lines).toEqual([lines[4]]);
    expect(result.hints.issuers).toEqual(['青阳县卫生健康委员会']);
    expect(result.hints.titles).toEqual(['县卫健委2023年工作总结及2024年工作安排']);
    expect(result.hints.dates).toEqual(['2023-11-07']);
  });

  it('reads cells that hold label and value together', () => {
    const hints = parseDisclosureRow('| 发文机关: 长治市潞州区卫生健康和体育局 | 主题词: |');
    expect(hints?.issuers).toEqual(['长治市潞州区卫生健康和体育局']);
  });

  it('leaves a news byline set out with bars to the byline rule', () => {
    expect(parseDisclosureRow('来源：健康报 | 作者：张三 李四 | 责任编辑：王五')).toBeUndefined();
  });

  it('ignores tables of figures', () => {
    expect(parseDisclosureRow('| 门诊量 | 120万人次 |')).toBeUndefined();
  });

  it('reads rows an HTML table gives, cells apart by a space, and the 名称 row beside them', () => {
    const lines = ['索引号： 11341823MB1566401C/202311-00052 主题分类： 卫生、体育', '', '发布机构： 青阳县卫生健康委员会 发文日期： 2023-11-07', '', '名　　称： 县卫健委2023年工作总结', '', '2023年，县卫生健康委坚持以人民为中心。'];
    const result = extractDisclosureTable(lines);
    expect(result.lines.filter((line) => line.trim())).toEqual(['2023年，县卫生健康委坚持以人民为中心。']);
    expect(result.hints.issuers).toEqual(['青阳县卫生健康委员会']);
    expect(result.hints.dates).toEqual(['2023-11-07']);
    expect(result.hints.titles).toEqual(['县卫健委2023年工作总结']);
  });

  it('takes no line opening on one label for a row, nor a byline', () => {
    const lines = ['关键词：丝路经济带 医疗中心', '来源：健康报 作者：张三', '名称：某某项目'];
    expect(extractDisclosureTable(lines).lines).toEqual(lines);
  });
});
