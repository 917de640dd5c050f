import { describe, expect, it } from 'vitest';
import { cleanTitle, resolveTitle } from '../../../src/ingest/describe/title.ts';

describe('cleanTitle', () => {
  it('drops column tags, field labels and list prefixes', () => {
    expect(cleanTitle('【创卫在行动 】全市卫生健康工作会议召开')).toBe('全市卫生健康工作会议召开');
    expect(cleanTitle('标题：在全区2026年卫生健康工作会议上的讲话')).toBe('在全区2026年卫生健康工作会议上的讲话');
    expect(cleanTitle('第1篇 妇幼卫生工作总结与工作计划')).toBe('妇幼卫生工作总结与工作计划');
  });

  it('drops site and column names after separators', () => {
    expect(cleanTitle('铜仁市卫生健康工作会议召开 - 健康新闻')).toBe('铜仁市卫生健康工作会议召开');
    expect(cleanTitle('市卫健委召开党风廉政建设会议_某某新闻网')).toBe('市卫健委召开党风廉政建设会议');
    expect(cleanTitle('绍兴市卫生计生委关于印发工作要点的通知 |')).toBe('绍兴市卫生计生委关于印发工作要点的通知');
  });

  it('takes no site or organisation for the headline, however long its name', () => {
    expect(cleanTitle('铜仁市卫生健康工作会议召开 | 湖北省卫生健康委员会门户网站')).toBe('铜仁市卫生健康工作会议召开');
    expect(cleanTitle('全县卫生健康工作会议召开 - 某某县人民政府')).toBe('全县卫生健康工作会议召开');
  });

  it('drops document-site file names', () => {
    expect(cleanTitle('2025年妇幼保健院工作总结及2026年工作计划.docxVIP')).toBe('2025年妇幼保健院工作总结及2026年工作计划');
  });

  it('keeps a subtitle dash, inner spaces and the source script', () => {
    expect(cleanTitle('探索中国特色卫生发展道路——在2007年全国卫生工作会议上的讲话')).toBe('探索中国特色卫生发展道路——在2007年全国卫生工作会议上的讲话');
    expect(cleanTitle('全省衛生健康工作會議召開 何偉出席并講話')).toBe('全省衛生健康工作會議召開 何偉出席并講話');
  });
});

describe('resolveTitle', () => {
  it('takes the best headline that survives cleaning, and none when there is none', () => {
    expect(resolveTitle(['【】', '市疾控中心召开第一季度工作分析报告会议'])).toBe('市疾控中心召开第一季度工作分析报告会议');
    expect(resolveTitle([])).toBeUndefined();
  });
});
