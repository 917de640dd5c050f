import { describe, expect, it } from 'vitest';
import { contradictsEra } from '../../../src/ingest/describe/era-conflict.ts';

describe('contradictsEra', () => {
  it('sees a re-posted old summary through its anniversaries', () => {
    const text = '为隆重庆祝中国共产党成立87周年，开展了建党87周年庆祝活动';
    expect(contradictsEra(text, [2025])).toBe(true);
    expect(contradictsEra(text, [2008])).toBe(false);
    expect(contradictsEra('2024年是新中国成立75周年', [2024])).toBe(false);
    expect(contradictsEra('向中华人民共和国七十五周年华诞献礼', [2019])).toBe(true);
  });

  it('sees bodies that no longer existed in the stated year', () => {
    const text = '在卫生部的有力指导下，省卫生厅制订了实施办法';
    expect(contradictsEra(text, [2022])).toBe(true);
    expect(contradictsEra(text, [2009])).toBe(false);
  });

  it('is not misled by former names and by 卫生部门', () => {
    expect(contradictsEra('原卫生部印发的标准，各级卫生部门', [2024])).toBe(false);
    expect(contradictsEra('依据原国家卫生部的规定，原省卫生厅', [2024])).toBe(false);
  });

  it('finds no conflict without a stated year', () => {
    expect(contradictsEra('建党87周年', [])).toBe(false);
  });
});
