import { describe, expect, it } from 'vitest';
import { closeDoubleSpacing } from '../../../../src/ingest/clean/lines/double-spacing.ts';

/** A PDF converted to Word a line to a paragraph: every 30 characters a line, a blank line after each. */
const doubleSpaced = (text: string): string[] => (text.match(/.{1,30}/gsu) ?? []).flatMap((line) => [line, '']);

describe('double spacing', () => {
  it('takes the blank lines out of text broken at a fixed width with a blank line after every line, a short one too', () => {
    const lead =
      '2017年1月21日，在哈尔滨市召开了2017年全省卫生工作会议，孙东升副省长做了重要讲话，赵忠厚党组书记做了报告，就2016年取得成绩进行总结，就2017年卫生计生工作进行了部署。';
    const result = closeDoubleSpacing(doubleSpaced(lead));
    expect(result.lines).toEqual(lead.match(/.{1,30}/gsu));
    expect(result.notes).toEqual([{ kind: 'repaired', note: '去除逐行空行 4 行（双倍行距的断行文本）' }]);
  });

  it('keeps the blank lines between paragraphs of different lengths, and of too short a text', () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `第${i + 1}项工作扎实推进，${'各项指标稳步提升，'.repeat(1 + (i % 4))}成效明显。`).flatMap((text) => [text, '']);
    expect(closeDoubleSpacing(paragraphs)).toMatchObject({ lines: paragraphs, notes: [] });
    const short = doubleSpaced('会议指出，要加强管理，抓好落实，确保各项任务落地见效，推动卫生健康事业高质量发展。');
    expect(closeDoubleSpacing(short).lines).toEqual(short);
  });
});
