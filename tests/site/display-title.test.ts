import { describe, expect, it } from 'vitest';
import { describeReport, displayTitle } from '../../src/utils/display-title.ts';

describe('displayTitle', () => {
  it('keeps the source title', () => {
    expect(displayTitle('在全县卫生健康工作会议上的讲话', { who: '某局', year: 2024 }, '（无题）')).toEqual({
      text: '在全县卫生健康工作会议上的讲话',
      derived: false,
    });
  });

  it('describes an untitled report, marked as such', () => {
    expect(displayTitle(undefined, { who: '柞水县卫生健康局党委', genre: '工作总结', year: 2025 }, '（无题）')).toEqual({
      text: '（无题）柞水县卫生健康局党委 · 工作总结 · 2025',
      derived: true,
    });
  });

  it('skips unknown parts and never invents any', () => {
    expect(describeReport({ genre: '讲话' })).toBe('讲话');
    expect(describeReport({ who: '某县', year: 2023 })).toBe('某县 · 2023');
    expect(displayTitle(undefined, {}, '（无题）').text).toBe('（无题）');
  });
});
