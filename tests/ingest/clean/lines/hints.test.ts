import { describe, expect, it } from 'vitest';
import { addHints, emptyHints, parseDate, personName, siteName } from '../../../../src/ingest/clean/lines/hints.ts';

describe('hint values', () => {
  it('normalises dates to YYYY-MM-DD or YYYY-MM', () => {
    expect(parseDate('日期:2025年03月28日')).toBe('2025-03-28');
    expect(parseDate('2022/6/27 10:22:02')).toBe('2022-06-27');
    expect(parseDate('2019-03-27 11:11')).toBe('2019-03-27');
    expect(parseDate('更新时间:2026-03')).toBe('2026-03');
    expect(parseDate('二〇二五年一月十日')).toBe('2025-01-10');
    expect(parseDate('（二〇二三年十二月二十八日）')).toBe('2023-12-28');
    expect(parseDate('发布时间：２０２４－０３－０１')).toBe('2024-03-01');
    expect(parseDate('2024年13月40日')).toBeUndefined();
    expect(parseDate('共计240余人')).toBeUndefined();
  });

  it('gives person names in Simplified, without pinyin notes', () => {
    expect(personName('吳履山')).toBe('吴履山');
    expect(personName('時(shí)雨')).toBe('时雨');
    expect(personName('艾尔肯·吐尼亚孜')).toBe('艾尔肯·吐尼亚孜');
    expect(personName('2729868')).toBeUndefined();
    expect(personName('本文已影响达达文档网手机站')).toBeUndefined();
  });

  it('keeps site names and drops values that name no one', () => {
    expect(siteName('衡陽縣融媒體中心')).toBe('衡阳县融媒体中心');
    expect(siteName('網站編輯')).toBeUndefined();
    expect(siteName('网络整理')).toBeUndefined();
    expect(siteName('网友投稿')).toBeUndefined();
    expect(siteName('查看')).toBeUndefined();
  });

  it('merges hints without repeats', () => {
    const target = emptyHints();
    target.dates.push('2025-03-28');
    addHints(target, { ...emptyHints(), dates: ['2025-03-28', '2025-03-27'], authors: ['张玲', ''] });
    expect(target.dates).toEqual(['2025-03-28', '2025-03-27']);
    expect(target.authors).toEqual(['张玲']);
  });
});
