import { describe, expect, it } from 'vitest';
import { closeLetterSpacing, isLetterSpaced, letterSpacingRule } from '../../../../src/ingest/clean/text/letter-spacing.ts';
import type { Draft } from '../../../../src/ingest/types.ts';

const spaced = (line: string): string => line.replace(/(?<=\S)(?=\S)/gu, ' ');
const TEXT = ['在2024年全县卫生健康工作会议上的讲话', '　　同志们：', '　　今天，我们召开全县卫生健康工作会议，主要任务是总结2023年工作，安排部署2024年重点任务。', '一、提高站位，全面领会贯彻新时期卫生健康工作方针'];

describe('letter spacing', () => {
  it('knows a text set a space apart throughout, not one with headings spaced for display', () => {
    expect(isLetterSpaced(TEXT.map(spaced))).toBe(true);
    expect(isLetterSpaced(TEXT)).toBe(false);
    expect(isLetterSpaced(['一、2023年 工 作 回 顾', ...TEXT, ...TEXT])).toBe(false);
  });

  it('knows and closes a text set a full-width space apart', () => {
    const wide = (line: string): string => line.replace(/(?<=\S)(?=\S)/gu, '\u3000');
    expect(isLetterSpaced(TEXT.map(wide))).toBe(true);
    expect(TEXT.map(wide).map(closeLetterSpacing)).toEqual(TEXT);
  });

  it('closes a line up, keeping its indentation and one space where the source had one', () => {
    expect(closeLetterSpacing(spaced('　　今天，我们召开2024年会议。'))).toBe('　　今天，我们召开2024年会议。');
    expect(closeLetterSpacing('市 长   马 军')).toBe('市长 马军');
  });

  it('rewrites a letter-spaced draft and says so', () => {
    const draft = { lines: TEXT.map(spaced), messages: [] } as unknown as Draft;
    letterSpacingRule(draft);
    expect(draft.lines).toEqual(TEXT);
    expect(draft.messages).toMatchObject([{ rule: 'letter-spacing', kind: 'repaired' }]);
  });
});
