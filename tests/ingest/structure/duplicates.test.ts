import { describe, expect, it } from 'vitest';
import { dropDuplicateParagraphs } from '../../../src/ingest/structure/duplicates.ts';
import type { Block } from '../../../src/ingest/types.ts';

const paragraph = (text: string): Block => ({ type: 'paragraph', text });

describe('duplicate paragraphs', () => {
  it('keeps the first copy of a repeated paragraph', () => {
    const text = '2017年1月21日，在哈尔滨市召开了2017年全省卫生工作会议，孙东升副省长做了重要讲话。';
    const { blocks, removed } = dropDuplicateParagraphs([paragraph(text), paragraph(text), paragraph('另一段正文，内容不同，并不重复。')]);
    expect(blocks.map((b) => b.text)).toEqual([text, '另一段正文，内容不同，并不重复。']);
    expect(removed).toEqual([text]);
  });

  it('keeps short repeated lines and repeated headings', () => {
    const blocks: Block[] = [paragraph('谢谢大家！'), paragraph('谢谢大家！'), { type: 'heading', depth: 2, text: '一、工作回顾与总结安排部署情况' }, { type: 'heading', depth: 2, text: '一、工作回顾与总结安排部署情况' }];
    expect(dropDuplicateParagraphs(blocks).blocks).toHaveLength(4);
  });
});
