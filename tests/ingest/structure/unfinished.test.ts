import { describe, expect, it } from 'vitest';
import { unfinishedEnd } from '../../../src/ingest/structure/unfinished.ts';
import type { Block } from '../../../src/ingest/types.ts';

const paragraph = (text: string): Block => ({ type: 'paragraph', text });

describe('unfinished end', () => {
  it('finds a text that stops mid-sentence, as a document site’s preview does', () => {
    for (const end of ['下面，我讲三', '统筹推进医疗、保健、公共卫生协同发展，全年门诊量达28.6万', '儿科主']) {
      expect(unfinishedEnd([paragraph('会议召开。'), paragraph(end)]), end).toBe(end);
    }
  });

  it('takes a sentence, a clause, a quotation or a bracket for an ending, and a heading for none', () => {
    for (const end of ['谢谢大家！', '会议要求：', '努力开创新局面。”', '（记者 张三）', '现将有关事项通知如下；']) {
      expect(unfinishedEnd([paragraph(end)]), end).toBeUndefined();
    }
    expect(unfinishedEnd([paragraph('会议召开。'), { type: 'heading', depth: 2, text: '二、下一步工作' }])).toBeUndefined();
    expect(unfinishedEnd([])).toBeUndefined();
  });
});
