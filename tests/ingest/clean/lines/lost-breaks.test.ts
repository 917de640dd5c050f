import { describe, expect, it } from 'vitest';
import { splitLostBreaks } from '../../../../src/ingest/clean/lines/lost-breaks.ts';

describe('lost line breaks', () => {
  it('splits a line where a space follows a sentence end, before a Chinese character or a bracket', () => {
    expect(splitLostBreaks(['完成京沪高速扩建，环洪泽湖公路全线贯通。 （五）城乡面貌在融合发展中加快优化提升。']).lines).toEqual([
      '完成京沪高速扩建，环洪泽湖公路全线贯通。',
      '（五）城乡面貌在融合发展中加快优化提升。',
    ]);
    expect(splitLostBreaks(['　　各位代表！ 过去一年，凉山取得以上成绩实属不易。　廉洁奉公树形象。认真履行主体责任。']).lines).toEqual([
      '　　各位代表！',
      '过去一年，凉山取得以上成绩实属不易。',
      '廉洁奉公树形象。认真履行主体责任。',
    ]);
  });

  it('leaves prose without such spaces, spaces after commas and before Latin text or numbers, and notes what it split', () => {
    const lines = ['会议指出，要加强管理。会议要求，抓好落实。', '会议要求，  抓好落实。', '详见官网。 www.nhc.gov.cn', '全年完成任务。 2024年是关键之年。', '   一、总体要求'];
    const result = splitLostBreaks(lines);
    expect(result.lines).toEqual(lines);
    expect(result.notes).toEqual([]);
    expect(splitLostBreaks(['甲。 乙。', '丙！ 丁。']).notes).toEqual([{ kind: 'repaired', note: '拆分丢失的换行：2 行' }]);
  });
});
