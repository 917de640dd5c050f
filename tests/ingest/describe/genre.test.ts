import { describe, expect, it } from 'vitest';
import { classifyGenre } from '../../../src/ingest/describe/genre.ts';
import { contextOf } from './context-of.ts';

const genreOf = (text: string, titles: string[] = []) => classifyGenre(contextOf(text, { titles }));

describe('classifyGenre', () => {
  it('recognises a government work report by its address to the deputies', () => {
    expect(genreOf('各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2023年工作回顾')).toBe('工作报告');
    // Lines run together, the salutation later in the text.
    expect(genreOf('2023年是全面贯彻党的二十大精神的开局之年。\n各位代表！蓝图催人奋进。在此，我代表市人民政府，向全市人民表示感谢。')).toBe('工作报告');
    expect(genreOf('2023年工作回顾\n一年来，我们加快建设法治型政府，自觉接受人大监督。')).toBe('工作报告');
    expect(genreOf('过去五年工作回顾\n五年来，我们加快建设法治型政府，自觉接受人大监督。')).toBe('工作报告');
  });

  it('recognises a speech by its salutation, title or opening', () => {
    expect(genreOf('同志们：\n这次会议的主要任务是总结2023年工作。\n一、2023年工作回顾\n推进法治政府建设。')).toBe('讲话');
    expect(genreOf('会议主要任务是部署工作。', ['在2024年全县卫生健康工作会议上的讲话'])).toBe('讲话');
    expect(genreOf('今天，我们召开全县卫生健康暨党风廉政工作会议。')).toBe('讲话');
  });

  it('recognises summaries, plans and the notices that issue them', () => {
    expect(genreOf('2023年，县卫生健康委坚持…', ['县卫健委2023年工作总结及2024年工作安排'])).toBe('工作总结');
    expect(genreOf('各区县卫生健康局：现将要点下发给你们。', ['湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知'])).toBe('工作总结');
    expect(genreOf('根据通知要求，我们梳理了年度任务。\n一、总体情况\n2023年，市卫生健康委以…')).toBe('工作总结');
    expect(genreOf('2025年，柞水县卫生健康局党委在县委的坚强领导下，各项工作取得显著成效。\n铸魂强基。')).toBe('工作总结');
  });

  it('takes a text that opens on its year for a summary, though its lead names meetings held', () => {
    const text = '2025年，柞水县卫生健康局党委在县委的坚强领导下，各项工作取得显著成效。\n全年召开党组会议12次，组织人员参加在广州市召开的全国卫生健康信息化工作会议。';
    expect(genreOf(text)).toBe('工作总结');
    expect(genreOf('2025年1月26日，医院召开2024年度工作总结暨表彰大会。')).toBe('会议报道');
  });

  it('takes a meeting held as news, not as a summary', () => {
    expect(genreOf('1月26日，医院召开2023年度工作总结暨表彰大会。', ['菏泽市创伤医院召开2023年度工作总结暨表彰大会'])).toBe('会议报道');
    expect(genreOf('3月15日，全市卫生健康工作会议召开。市政府副市长刘岚出席会议并讲话。')).toBe('会议报道');
    expect(genreOf('2月16日，出席县十六届人大二次会议的代表们分组审议政府工作报告。')).toBe('会议报道');
    expect(genreOf('4月16日下午，某中心召开会议。各科室负责人依次汇报第一季度目标任务完成情况。')).toBe('会议报道');
  });

  it('calls a notice that announces a meeting 其他', () => {
    expect(genreOf('各区县卫生健康局：定于3月15日召开全市卫生健康工作会议。', ['关于召开2024年全市卫生健康工作会议的通知'])).toBe('其他');
  });

  it('calls a digest of several news items 其他', () => {
    expect(genreOf('1月17日，安徽省卫生健康工作会议召开。会议指出，2025年全省将优化资源。2月12日，北京市卫生健康委组织召开媒体沟通会。')).toBe('其他');
  });
});
