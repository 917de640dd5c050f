import { describe, expect, it } from 'vitest';
import { writingYear, yearMentions } from '../../../src/ingest/describe/year-mentions.ts';

describe('yearMentions', () => {
  it('marks years that are summed up', () => {
    const mentions = yearMentions('回顾总结2023年工作，安排部署2024年重点工作');
    expect(mentions.map(({ year, reviewed }) => [year, reviewed])).toEqual([[2023, true], [2024, false]]);
    expect(yearMentions('召开2023年度工作总结暨表彰大会')[0]?.reviewed).toBe(true);
    expect(yearMentions('主任作2020年卫生健康工作报告')[0]?.reviewed).toBe(true);
  });

  it('leaves out targets, ranges and copyright footers', () => {
    expect(yearMentions('力争到2035年基本建成')).toEqual([]);
    expect(yearMentions('确保2026年底前完成')).toEqual([]);
    expect(yearMentions('《2021-2025年规划》')).toEqual([]);
    expect(yearMentions('2021年—2025年')).toEqual([]);
    expect(yearMentions('Copyright © 2021 某中心 版权所有')).toEqual([]);
  });

  it("leaves out births, as an author's note gives them, and keeps a year's output", () => {
    expect(yearMentions('作者简介：张晓明，男，汉族，1975年生，现任某某卫生院院长。')).toEqual([]);
    expect(yearMentions('张晓明，1975年3月出生；李建国，生于1980年。')).toEqual([]);
    expect(yearMentions('全县2024年生产总值增长5%，2023年生态环境持续改善').map(({ year }) => year)).toEqual([2024, 2023]);
  });
});

describe('writingYear', () => {
  it('is the latest year named, a reviewed year counting as the next', () => {
    expect(writingYear('1月26日，医院召开2023年度工作总结暨表彰大会')).toBe(2024);
    expect(writingYear('总结了2022年政府的工作，谋划了2023年重点任务')).toBe(2023);
    expect(writingYear('召开2019年卫生健康工作电视电话会议，全面总结2018年工作')).toBe(2019);
  });

  it('is undefined when no year is named', () => {
    expect(writingYear('2月14日，全市卫生健康工作电视电话会议召开')).toBeUndefined();
  });
});
