import { describe, expect, it } from 'vitest';
import { calendarDate, chineseNumber, formatDate, parseDate, parseIsoDate } from '../../src/ingest/chinese-date.ts';

describe('chineseNumber', () => {
  it('reads Arabic, Chinese-digit years and Chinese numerals', () => {
    expect(chineseNumber('2024')).toBe(2024);
    expect(chineseNumber('二〇二四')).toBe(2024);
    expect(chineseNumber('十')).toBe(10);
    expect(chineseNumber('十五')).toBe(15);
    expect(chineseNumber('二十三')).toBe(23);
    expect(chineseNumber('八十七')).toBe(87);
    expect(chineseNumber('七')).toBe(7);
  });

  it('rejects what is no number', () => {
    expect(chineseNumber('')).toBeUndefined();
    expect(chineseNumber('十十')).toBeUndefined();
    expect(chineseNumber('年')).toBeUndefined();
  });
});

describe('parseDate', () => {
  it('parses Chinese dates, with Chinese numerals too', () => {
    expect(parseDate('2025年1月15日，会议召开')).toEqual({ year: 2025, month: 1, day: 15 });
    expect(parseDate('二〇二三年十二月二十六日')).toEqual({ year: 2023, month: 12, day: 26 });
    expect(parseDate('日期：2025年03月28日 来源：网站编辑')).toEqual({ year: 2025, month: 3, day: 28 });
  });

  it('keeps month precision when the day is not given', () => {
    expect(parseDate('2023年3月，我县召开')).toEqual({ year: 2023, month: 3 });
  });

  it('parses numeric dates and takes whichever comes first', () => {
    expect(parseDate('发布时间：2022/6/27 10:22:02')).toEqual({ year: 2022, month: 6, day: 27 });
    expect(parseDate('2024-04-19 发布，2024年4月16日召开')).toEqual({ year: 2024, month: 4, day: 19 });
  });

  it('rejects impossible dates', () => {
    expect(parseDate('2023年2月30日')).toBeUndefined();
    expect(parseDate('2023年13月1日')).toBeUndefined();
    expect(calendarDate(1800, 1, 1)).toBeUndefined();
  });
});

describe('formatDate and parseIsoDate', () => {
  it('round-trip day and month precision', () => {
    expect(formatDate({ year: 2019, month: 3, day: 5 })).toBe('2019-03-05');
    expect(formatDate({ year: 2026, month: 3 })).toBe('2026-03');
    expect(parseIsoDate('2026-03')).toEqual({ year: 2026, month: 3 });
    expect(parseIsoDate('2023-11-07')).toEqual({ year: 2023, month: 11, day: 7 });
    expect(parseIsoDate('yesterday')).toBeUndefined();
  });
});
