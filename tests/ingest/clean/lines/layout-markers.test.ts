import { describe, expect, it } from 'vitest';
import { decoratedLabel, isLayoutMarker, stripLayoutMarkers } from '../../../../src/ingest/clean/lines/layout-markers.ts';

describe('layout markers', () => {
  it('recognises bare markers and decorated labels', () => {
    for (const line of ['01', '02', 'PART 1', '③']) expect(isLayoutMarker(line), line).toBe(true);
    expect(isLayoutMarker('2024')).toBe(false);
    expect(decoratedLabel('· 会议指出 ·')).toBe('会议指出');
    expect(decoratedLabel('【会议要求】')).toBe('会议要求');
    expect(decoratedLabel('【来源:运城市盐湖区人民医院】')).toBeUndefined();
    expect(decoratedLabel('——在2007年全国卫生工作会议上的讲话')).toBeUndefined();
  });

  it('takes emoji set before or after a line as decoration off it', () => {
    const result = stripLayoutMarkers(['📌一、2025年工作总结', '✅ 加强基层建设。', '👍🏻 会议指出，要加强管理。', '©2024 版权所有', '▶ 第一项', '1️⃣加强党建', '再创佳绩！👍👍', '会议要求 🔥']);
    expect(result.lines).toEqual(['一、2025年工作总结', '加强基层建设。', '会议指出，要加强管理。', '©2024 版权所有', '▶ 第一项', '1️⃣加强党建', '再创佳绩！', '会议要求']);
    expect(result.notes).toEqual([{ kind: 'repaired', note: '去除标题和段落的装饰符号 5 处' }]);
  });

  it('drops lines of decoration alone, and keeps an ellipsis that marks an omission', () => {
    const lines = ['会议召开。', '👇👇👇', '◆ ◆ ◆', '* * *', '⬇️', '🌟会议要求🌟', '……', ': | |', '会议要求，抓好落实。'];
    const result = stripLayoutMarkers(lines);
    expect(result.lines).toEqual(['会议召开。', '会议要求', '……', ': | |', '会议要求，抓好落实。']);
    expect(result.notes[0]).toEqual({ kind: 'removed', note: '删除装饰符号行 4 行：「👇👇👇」「◆ ◆ ◆」「* * *」等' });
  });

  it('drops a marker and joins the label lines after it into one heading line', () => {
    const result = stripLayoutMarkers(['会议召开。', '01', '党风廉政建设', '安全生产', '纪检组长段辰勃就全面从严治党工作进行安排部署。']);
    expect(result.lines).toEqual(['会议召开。', '党风廉政建设 安全生产', '纪检组长段辰勃就全面从严治党工作进行安排部署。']);
  });

  it('drops a marker before a paragraph and keeps a single label as it is', () => {
    const result = stripLayoutMarkers(['02', '优秀表彰', '会议对先进个人予以表彰。', '01', '坚持党建引领，推动集团事业高质量发展。']);
    expect(result.lines).toEqual(['优秀表彰', '会议对先进个人予以表彰。', '坚持党建引领，推动集团事业高质量发展。']);
    expect(result.notes[0]?.note).toContain('2 行');
  });
});
