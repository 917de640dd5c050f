import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/ingest/chinese-date.ts';
import { resolveDate } from '../../../src/ingest/describe/date.ts';
import type { Genre } from '../../../src/lib/report-schema.ts';
import type { Hints } from '../../../src/ingest/types.ts';
import { contextOf } from './context-of.ts';

const dateOf = (genre: Genre, text: string, hints: Partial<Hints> = {}) => {
  const date = resolveDate(contextOf(text, hints), genre);
  return date && formatDate(date);
};

describe('resolveDate for news', () => {
  it('takes the meeting date of the lead, its year from the publication date', () => {
    expect(dateOf('会议报道', '3月15日，全市卫生健康工作会议召开。', { dates: ['2019-03-27'] })).toBe('2019-03-15');
    expect(dateOf('会议报道', '云南省精神病医院于3月27日召开年度工作大会。', { dates: ['2025-03-28'] })).toBe('2025-03-27');
  });

  it('puts a December meeting posted in January in the year before', () => {
    expect(dateOf('会议报道', '12月28日，医院召开职工代表大会。', { dates: ['2025-01-03'] })).toBe('2024-12-28');
  });

  it('takes the year from the lead when no publication date is given', () => {
    expect(dateOf('会议报道', '2月27日上午，宣城市2025年卫生健康工作会议召开。')).toBe('2025-02-27');
    // A 2023 summary meeting held in January is held in 2024.
    expect(dateOf('会议报道', '1月26日，医院召开2023年度工作总结暨表彰大会。')).toBe('2024-01-26');
    expect(dateOf('会议报道', '2月25日下午，全省卫生健康工作会议召开。主任作2020年卫生健康工作报告并安排部署2021年重点工作。')).toBe('2021-02-25');
  });

  it('reads the year from later paragraphs when the lead names none', () => {
    const text = '2月16日，代表们分组审议政府工作报告。\n报告总结了2022年政府的工作，谋划了2023年重点任务。';
    expect(dateOf('会议报道', text)).toBe('2023-02-16');
  });

  it('prefers the date that opens a clause to one inside a phrase', () => {
    expect(dateOf('会议报道', '为贯彻落实2024年3月5日会议精神，3月10日，县卫健局召开专题会议。', { dates: ['2024-03-11'] })).toBe('2024-03-10');
  });

  it('takes a full date of the lead as it stands', () => {
    expect(dateOf('会议报道', '2025年1月15日，集团工作会议召开。', { dates: ['2025-01-20'] })).toBe('2025-01-15');
  });

  it('falls back on the publication date when the lead has no day', () => {
    expect(dateOf('会议报道', '日前，我县召开2024年卫生健康工作会议。', { dates: ['2024-04-19'] })).toBe('2024-04-19');
  });

  it('does not take the posting date of a re-post years later', () => {
    expect(dateOf('会议报道', '近日，自治区卫生健康委召开2019年卫生健康工作电视电话会议。', { dates: ['2023-05-06'] })).toBeUndefined();
    expect(dateOf('会议报道', '日前，我县召开2024年卫生健康工作会议，部署2025年工作。', { dates: ['2024-12-30'] })).toBe('2024-12-30');
  });

  it("takes a re-posted lead's year from the meeting it names, not from the posting date years later", () => {
    const lead = '4月9日，2021年黑龙江省妇幼健康工作电视电话会议在哈尔滨召开。';
    expect(dateOf('会议报道', lead, { dates: ['2024-01-26'] })).toBe('2021-04-09');
    // One year apart is a meeting's usual gap from its name's year (a 2023 summary meeting held in 2024): the posting date still decides.
    expect(dateOf('会议报道', '1月26日，医院召开2023年度工作总结暨表彰大会。', { dates: ['2024-01-28'] })).toBe('2024-01-26');
    expect(dateOf('会议报道', '12月28日，全市召开2023年卫生健康工作会议。', { dates: ['2023-01-03'] })).toBe('2022-12-28');
  });

  it('leaves the date out when no year can be tied to it', () => {
    expect(dateOf('会议报道', '2月14日，全市卫生健康工作电视电话会议召开。会议总结去年工作。')).toBeUndefined();
    expect(dateOf('会议报道', '近日，自治区卫生健康委召开电视电话会议。')).toBeUndefined();
  });

  it('treats a date line under the headline as the publication date', () => {
    expect(dateOf('会议报道', '推动业务水平再提升\n2025年01月10日\n1月6日，某医院召开总结大会。')).toBe('2025-01-06');
  });
});

describe('resolveDate for documents', () => {
  it('takes the signing date of a notice over the posting date', () => {
    const text = '各区县卫生健康局：\n现将要点下发给你们。\n湖州市卫生健康委员会\n2023年4月26日\n2023年全市卫生健康工作要点';
    expect(dateOf('工作总结', text, { dates: ['2023-05-04'] })).toBe('2023-04-26');
  });

  it('takes the delivery date of a speech', () => {
    expect(dateOf('讲话', '卫生部部长高强\n（2007年1月8日）\n同志们：')).toBe('2007-01-08');
    expect(dateOf('工作报告', '政府工作报告\n——2024年1月16日在亳州市第五届人民代表大会第三次会议上\n各位代表：')).toBe('2024-01-16');
  });

  it('takes the publication date otherwise, and none for a summary body date', () => {
    expect(dateOf('工作总结', '2023年，县卫生健康委坚持…', { dates: ['2023-11-07'] })).toBe('2023-11-07');
    expect(dateOf('工作总结', '2022年主要工作\n3月30日，我厅召开全省妇幼卫生工作会议。')).toBeUndefined();
    expect(dateOf('讲话', '同志们：', { dates: ['2026-03'] })).toBe('2026-03');
    expect(dateOf('讲话', '同志们：\n今天召开2024年全县卫生健康工作会议。', { dates: ['2024-03-02'] })).toBe('2024-03-02');
    // Uploaded to a document site a year after it was given: the upload is not the speech's date.
    expect(dateOf('讲话', '同志们：\n今天召开2024年全县卫生健康工作会议。', { dates: ['2025-06-10'] })).toBeUndefined();
  });

  it("does not take a summary's posting date years after the year it names", () => {
    const titles = ['某区卫生健康局2025年工作总结及2026年工作计划'];
    expect(dateOf('工作总结', '一、2025年工作总结', { titles, dates: ['2026-01-10'] })).toBe('2026-01-10');
    expect(dateOf('工作总结', '一、2025年工作总结', { titles, dates: ['2029-06-01'] })).toBeUndefined();
  });

  it("reads a speech's year from its headline before its opening, where a short page's junk can stand", () => {
    // A page cut short after two paragraphs, other articles' titles below it.
    const text = '同志们：\n这次全国卫生工作会议是在卫生改革发展处于关键时刻召开的。\n下面，我讲三\n河北省召开2024年卫生健康工作会议';
    expect(dateOf('讲话', text, { dates: ['2007-01-08'], titles: ['在2007年全国卫生工作会议上的讲话'] })).toBe('2007-01-08');
  });

  it('gives a digest no date', () => {
    expect(dateOf('其他', '1月17日，会议召开。', { dates: ['2025-02-20'] })).toBeUndefined();
  });
});
