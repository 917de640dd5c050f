import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../src/ingest/structure/blocks.ts';

describe('blocks', () => {
  it('gives numbered headings their depth', () => {
    const blocks = toBlocks(['一、  全面深化一个主题', '（一）全面落实常态化措施', '1.立足城市战略定位', '一是坚持党建引领', '正文。']);
    expect(blocks.map((b) => [b.type, b.depth, b.text])).toEqual([
      ['heading', 2, '一、全面深化一个主题'],
      ['heading', 3, '（一）全面落实常态化措施'],
      ['heading', 4, '1.立足城市战略定位'],
      ['heading', 4, '一是坚持党建引领'],
      ['paragraph', undefined, '正文。'],
    ]);
  });

  it('nests headings by the ranks the report uses: its highest at depth 2', () => {
    const depths = (paragraphs: string[]) => toBlocks(paragraphs).map((b) => (b.type === 'heading' ? b.depth : 0));
    // Parts above 一、: the parts at 2, not beside 一、.
    expect(depths(['第一部分　2023年工作回顾', '一、医改持续深化', '正文。', '第二部分　2024年重点任务', '一、深化医改', '（一）推进医共体建设', '正文。'])).toEqual([2, 3, 0, 2, 3, 4, 0]);
    // A report whose top level is （一）: depth 2, then 1. at 3.
    expect(depths(['（一）推进医共体建设', '1.完善分级诊疗', '正文。'])).toEqual([2, 3, 0]);
    // Part labels heading the report (as many government reports set them): the numbered sections nest under them.
    const labelled = ['2023年工作回顾', '一年来，全市经济稳中有进，各项工作取得新成效。', '2024年工作安排', '今年工作的总体要求是：稳中求进。', '一、建强现代化产业体系', '（一）做强先进制造业', '正文。'];
    expect(depths(labelled)).toEqual([2, 0, 2, 0, 3, 4, 0]);
    // A part label right above its first numbered section is one too.
    expect(depths(['2023年工作回顾', '一年来，全市经济稳中有进，各项工作取得新成效。', '2024年重点工作安排建议', '一、建强现代化产业体系', '正文。'])).toEqual([2, 0, 2, 3, 0]);
    // A label under numbered sections stays at 2, the numbering as it was.
    expect(depths(['一、2023年工作回顾', '正文。', '二、2024年工作', '总体要求和目标任务', '今年工作的总体要求是：稳中求进。', '（一）增强经济发展动能', '正文。'])).toEqual([2, 0, 2, 2, 0, 3, 0]);
  });

  it('closes up characters a heading or a line of its own spaced out for display', () => {
    const blocks = toBlocks(['一、2023年 工 作 回 顾', '正文。', '名 词 解 释', '政 府 工 作 报 告', '主持人：王 伟', '会议由王 伟 主持。']);
    expect(blocks.map((b) => b.text)).toEqual(['一、2023年工作回顾', '正文。', '名词解释', '政府工作报告', '主持人：王 伟', '会议由王 伟 主持。']);
  });

  it('keeps numbered paragraphs and 一是 runs as paragraphs', () => {
    const blocks = toBlocks(['（一）牢牢把握“十二个坚持”。一是坚持党的全面领导。这是最大优势。', '一是推进医疗集团建设。市中心医院医疗集团要通过资源下沉等方式扩大布局。']);
    expect(blocks.every((b) => b.type === 'paragraph')).toBe(true);
  });

  it('takes a short label before body text for a section heading', () => {
    const blocks = toBlocks(['会议指出', '2024年全省卫生健康系统深入贯彻习近平总书记重要指示批示精神，取得新成效。', '哈尔滨黑龙江省']);
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(toBlocks(['湖卫健发〔2023〕1号', '现将《要点》下发给你们，请认真贯彻执行。'])[0]?.type).toBe('paragraph');
  });
});
