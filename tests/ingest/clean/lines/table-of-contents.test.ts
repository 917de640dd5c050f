import { describe, expect, it } from 'vitest';
import { findTableOfContents } from '../../../../src/ingest/clean/lines/table-of-contents.ts';

describe('tables of contents', () => {
  it('removes runs of sibling headings before the body', () => {
    const lines = ['一、2025年工作总结', '1.筑牢党建基点', '2.提升能力支点', '二、2026年工作计划', '工作总结及工作计划', '2025年，区卫生健康局各项工作扎实推进，成效明显。', '一、2025年工作总结'];
    expect([...findTableOfContents(lines)]).toEqual([0, 1, 2, 3]);
  });

  it('removes entries with page numbers and the 目录 line', () => {
    const lines = ['目录', '1. 区卫生健康局2023年工作总结 2', '2.县卫生健康局2023年工作总结……10', '2023年，我局深入学习贯彻党的二十大精神，各项工作取得新成效。'];
    expect([...findTableOfContents(lines)]).toEqual([0, 1, 2]);
  });

  it('takes no headline with its date beside it for an entry', () => {
    const lines = ['施秉县卫生健康局召开2024年全县卫生健康工作会议\u30002024-03-01', '3月1日，施秉县卫生健康局召开2024年全县卫生健康工作会议。'];
    expect(findTableOfContents(lines).size).toBe(0);
  });

  it('keeps headings followed by their own text', () => {
    const lines = ['一、2023年工作回顾', '（一）全面落实常态化措施', '1.加强队伍培训', '加强了医疗卫生队伍培训，专业水平进一步提高。'];
    expect(findTableOfContents(lines).size).toBe(0);
  });
});
