import { describe, expect, it } from 'vitest';
import { resolveYears } from '../../../src/ingest/describe/years.ts';
import type { Genre } from '../../../src/lib/report-schema.ts';
import type { CalendarDate } from '../../../src/ingest/chinese-date.ts';
import { contextOf } from './context-of.ts';

const yearsOf = (genre: Genre, text: string, titles: string[] = [], date?: CalendarDate) =>
  resolveYears(contextOf(text, { titles }), genre, date);

describe('resolveYears', () => {
  it('dates news and speeches by their date, else by the meeting they name', () => {
    expect(yearsOf('会议报道', '会议召开。', [], { year: 2019, month: 3, day: 15 })).toEqual({ year: 2019 });
    expect(yearsOf('讲话', '同志们：\n今天召开会议，回顾总结2023年工作，安排部署2024年重点工作。', ['在2024年全县卫生健康工作会议上的讲话']))
      .toEqual({ year: 2024 });
    expect(yearsOf('会议报道', '近日，新疆召开2019年卫生健康工作电视电话会议，全面总结2018年工作。')).toEqual({ year: 2019 });
  });

  it('has a government work report review the year before its delivery', () => {
    expect(yearsOf('工作报告', '各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2023年工作回顾'))
      .toEqual({ year: 2024, coveredYear: 2023 });
    expect(yearsOf('工作报告', '各位代表：\n2023年，在市委的坚强领导下，我们…')).toEqual({ year: 2024, coveredYear: 2023 });
    expect(yearsOf('工作报告', '各位代表：', [], { year: 2024, month: 1, day: 16 })).toEqual({ year: 2024, coveredYear: 2023 });
  });

  it('takes a work report dated after its year of delivery for a re-post', () => {
    const report = '各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2022年工作回顾';
    expect(yearsOf('工作报告', report, [], { year: 2024, month: 2, day: 1 })).toEqual({ year: 2023, coveredYear: 2022 });
    expect(yearsOf('工作报告', report, [], { year: 2023, month: 1, day: 10 })).toEqual({ year: 2023, coveredYear: 2022 });
  });

  it('gives a summary the year it sums up', () => {
    expect(yearsOf('工作总结', '2023年，县卫生健康委坚持…', ['县卫健委2023年工作总结及2024年工作安排'], { year: 2023, month: 11, day: 7 }))
      .toEqual({ year: 2023, coveredYear: 2023 });
    expect(yearsOf('工作总结', '现将总结如下。', ['绍兴市卫生计生委关于印发2016年绍兴市卫生计生工作总结和2017年绍兴市卫生计生工作要点的通知'], { year: 2017, month: 2, day: 22 }))
      .toEqual({ year: 2017, coveredYear: 2016 });
    expect(yearsOf('工作总结', '现将要点下发给你们。', ['湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知']).coveredYear).toBe(2023);
  });

  it('knows a summary was written in its year only when the text says so', () => {
    expect(yearsOf('工作总结', '2025年，区卫生健康局以…\n今年以来开展主题党日活动154次。')).toEqual({ year: 2025, coveredYear: 2025 });
    expect(yearsOf('工作总结', '2023年，市卫生健康委以…\n目前已开诊试运行。')).toEqual({ year: undefined, coveredYear: 2023 });
  });
});
