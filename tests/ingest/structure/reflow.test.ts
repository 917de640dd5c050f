import { describe, expect, it } from 'vitest';
import { joinLines, readLines, reflow, wrapWidth } from '../../../src/ingest/structure/reflow.ts';

describe('reflow', () => {
  it('keeps one paragraph per line, and paragraphs separated by blank lines', () => {
    expect(reflow(['会议召开。', '会议指出，要加强管理。']).paragraphs).toEqual(['会议召开。', '会议指出，要加强管理。']);
    expect(reflow(['', '    会议召开。', '', '    会议要求，抓好落实；', '    医院的药品采购人员要严格自律。']).paragraphs).toEqual([
      '会议召开。',
      '会议要求，抓好落实；',
      '医院的药品采购人员要严格自律。',
    ]);
  });

  it('joins PDF-style hard line breaks without spaces in CJK text', () => {
    const { paragraphs, joins } = reflow(['会议强调，要持续深化医药卫生体制改革，推进卫生健康事', '业高质量发展。', '会议要求，抓好落实。']);
    expect(paragraphs).toEqual(['会议强调，要持续深化医药卫生体制改革，推进卫生健康事业高质量发展。', '会议要求，抓好落实。']);
    expect(joins).toBe(1);
  });

  it('keeps one space between Latin words', () => {
    expect(joinLines('建设电子病历系统和 HIS', 'LIS 系统')).toBe('建设电子病历系统和 HIS LIS 系统');
    expect(joinLines('2023', '年')).toBe('2023年');
  });

  it('does not join headings, list items or title-like lines', () => {
    expect(reflow(['一、2023年工作回顾', '2023年是全面贯彻党的二十大精神的开局之年。']).paragraphs).toHaveLength(2);
    expect(reflow(['毛群安从以下七个方面阐述了2017年要落实的具体工作——', '堅持預防為主 提升人民群眾健康素質', '大力推進健康促進。']).paragraphs).toHaveLength(3);
    expect(reflow(['2016年绍兴市卫生计生工作总结', '2016年全市卫生计生工作全面贯彻落实党的十八届六中全会精神。']).paragraphs).toHaveLength(2);
    expect(reflow(['同志们：', '今天，我们召开全县卫生健康工作会议。']).paragraphs).toHaveLength(2);
  });

  it('uses indentation to find paragraph starts', () => {
    const lines = [
      '\u3000\u3000会议指出，过去一年全市卫生健康系统认真落实市委市政府决策部署。',
      '圆满完成了各项工作任务，并在健康扶贫等方面取得了新成效。',
      '\u3000\u3000会议要求，全市卫生健康系统要凝心聚力，坚定推动事业发展。',
      '要聚焦重点，扎实推进公立医院综合改革和县域医共体建设工作。',
      '\u3000\u3000会上，市卫生健康局作了系统全面的工作报告。',
    ];
    expect(reflow(lines).paragraphs).toHaveLength(3);
  });

  it('detects the fixed width of PDF lines and ??? indentation', () => {
    const pdf = readLines(['会议强调要持续深化医药卫生体制改革推进卫生健', '康事业高质量发展加强公共卫生体系建设提升服务', '能力和水平不断增强人民群众获得感幸福感安全感', '会议要求抓好落实。']);
    expect(wrapWidth(pdf)).toBe(22);
    const read = readLines(['??會議指出，要加強管理。', '??會議要求，抓好落實。', '??會上傳達了批示。']);
    expect(read.map((line) => line.text)).toEqual(['會議指出，要加強管理。', '會議要求，抓好落實。', '會上傳達了批示。']);
    expect(read.every((line) => line.indented)).toBe(true);
  });
});
