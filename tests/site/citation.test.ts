import { describe, expect, it } from 'vitest';
import {
  documentType,
  formatResponsible,
  gbtReference,
  passageAttribution,
  passageCitation,
  referenceSegments,
  responsibleParties,
} from '../../src/utils/citation.ts';

describe('documentType', () => {
  it('calls speeches, work reports and summaries reports, and news web pages', () => {
    expect(documentType('讲话')).toBe('R/OL');
    expect(documentType('工作报告')).toBe('R/OL');
    expect(documentType('工作总结')).toBe('R/OL');
    expect(documentType('会议报道')).toBe('EB/OL');
    expect(documentType('其他')).toBe('EB/OL');
  });
});

describe('responsibleParties', () => {
  const people = { institution: '某县卫生健康局', speakers: ['范海峰'], authors: ['张明'] };

  it('credits the speaker of a speech, the institution of a report, the reporter of news', () => {
    expect(responsibleParties({ genre: '讲话', ...people })).toEqual(['范海峰']);
    expect(responsibleParties({ genre: '工作总结', ...people })).toEqual(['某县卫生健康局']);
    expect(responsibleParties({ genre: '会议报道', ...people })).toEqual(['张明']);
  });

  it('falls back on the other names, and on nothing', () => {
    expect(responsibleParties({ genre: '讲话', institution: '某县卫生健康局', speakers: [], authors: [] })).toEqual([
      '某县卫生健康局',
    ]);
    expect(responsibleParties({ genre: '会议报道', speakers: [], authors: [], institution: '某医院' })).toEqual(['某医院']);
    expect(responsibleParties({ genre: '其他', speakers: [], authors: [] })).toEqual([]);
  });
});

describe('formatResponsible', () => {
  it('lists up to three names, then 等', () => {
    expect(formatResponsible(['甲'])).toBe('甲');
    expect(formatResponsible(['甲', '乙', '丙'])).toBe('甲, 乙, 丙');
    expect(formatResponsible(['甲', '乙', '丙', '丁'])).toBe('甲, 乙, 丙, 等');
  });
});

describe('gbtReference', () => {
  const url = 'https://huibian.example.org/zh-hans/reports/x/';

  it('follows GB/T 7714-2015: 责任者. 题名[类型/OL]. (发布日期)[引用日期]. URL', () => {
    expect(
      gbtReference({
        responsible: ['范海峰'],
        title: '在2024年全区卫生健康工作会议上的讲话',
        genre: '讲话',
        date: '2024-02-20',
        accessed: '2025-11-22',
        url,
      }),
    ).toBe(`范海峰. 在2024年全区卫生健康工作会议上的讲话[R/OL]. (2024-02-20)[2025-11-22]. ${url}`);
  });

  it('starts with the title when nobody is known and omits an unknown publication date', () => {
    expect(gbtReference({ responsible: [], title: '某会议召开', genre: '会议报道', accessed: '2025-11-22', url })).toBe(
      `某会议召开[EB/OL]. [2025-11-22]. ${url}`,
    );
  });

  it('splits around the access date so a page can replace it', () => {
    const input = { responsible: ['某局'], title: '总结', genre: '工作总结' as const, date: '2024-01', accessed: '2025-01-02', url };
    const { head, accessed, tail } = referenceSegments(input);
    expect(head).toBe('某局. 总结[R/OL]. (2024-01)[');
    expect(accessed).toBe('2025-01-02');
    expect(tail).toBe(`]. ${url}`);
    expect(`${head}${accessed}${tail}`).toBe(gbtReference(input));
  });
});

describe('passageAttribution', () => {
  it('names the title in 《》 with institution and date', () => {
    expect(passageAttribution({ title: '工作报告', description: 'x', institution: '某局', date: '2024年2月20日' })).toBe(
      '——《工作报告》（某局，2024年2月20日）',
    );
    expect(passageAttribution({ title: '工作报告', description: 'x', date: '2024年2月' })).toBe('——《工作报告》（2024年2月）');
    expect(passageAttribution({ title: '工作报告', description: 'x' })).toBe('——《工作报告》');
  });

  it('names an untitled report by its description, without 《》', () => {
    expect(passageAttribution({ description: '某局 · 工作总结 · 2025', institution: '某局' })).toBe('——某局 · 工作总结 · 2025');
    expect(passageAttribution({ description: '某局 · 讲话', date: '2025年1月' })).toBe('——某局 · 讲话（2025年1月）');
  });
});

describe('passageCitation', () => {
  it('puts passage, attribution and URL on their own lines', () => {
    expect(passageCitation('  正文。 ', '——《题》', 'https://x/#p-1')).toBe('正文。\n——《题》\nhttps://x/#p-1');
  });
});
