import { describe, expect, it } from 'vitest';
import { closeDoubleSpacing } from '../../../src/ingest/clean/lines/double-spacing.ts';
import { readLines, wrapWidth } from '../../../src/ingest/clean/lines/layout.ts';
import { joinLines } from '../../../src/ingest/clean/lines/layout.ts';
import { reflow } from '../../../src/ingest/structure/reflow.ts';

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

  it('keeps a heading without a number apart in text of one paragraph per line', () => {
    const lines = [
      '一年来，我们坚持扩内需、保主体，经济恢复回升向好',
      '融入“双圈”推进有序。遂宁安居通用机场投运，成达万高铁超额完成年度投资任务。',
      '产业质效稳步提升',
      '现代制造提档扩能。锂电产业营收突破千亿元，新增规上工业企业百家。',
      '城乡面貌持续改善。城市能级提升见效，乡村振兴扎实推进。',
    ];
    expect(reflow(lines).paragraphs).toEqual(lines);
    // The same line in text broken anywhere (most lines end no sentence) runs on.
    const broken = ['一年来，我们坚持扩内需、保主体，经济恢复回升向好', '融入“双圈”推进有序，遂宁安居通用机场投运，成达万高', '铁超额完成年度投资任务，成南高速扩容加速推进，遂渝高', '速扩容开工建设。'];
    expect(reflow(broken).paragraphs).toEqual([broken.join('')]);
  });

  it('runs on lines broken off a paragraph in text of one paragraph per line', () => {
    const lines = [
      '五是社会事业全面进步。民生支出占一般公共预算支出比重达到79%，新建改扩建中小学10所，增设学生过街天桥6',
      '座。推进校车运营整合，搭建智慧化校车监管平台。',
      '六是政府建设持续加强。依法行政水平不断提高，政务服务效能明显提升。',
      '七是安全形势总体平稳。安全生产事故起数和死亡人数实现双下降。',
    ];
    expect(reflow(lines).paragraphs).toEqual([lines[0]! + lines[1]!, lines[2], lines[3]]);
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
    // Short lines sharing a width beside paragraphs on one line each: a headline, its repeat, a list item.
    const paragraph = '会议强调，要持续深化医药卫生体制改革，推进卫生健康事业高质量发展，加强公共卫生体系建设，提升服务能力和水平。'.repeat(3);
    expect(wrapWidth(readLines(['卫生健康局2023年工作总结汇编（5篇）', '卫生健康局2023年工作总结汇编（5篇）', paragraph, '附件：1.2024年重点工作任务分解表', paragraph]))).toBeUndefined();
    const read = readLines(['??會議指出，要加強管理。', '??會議要求，抓好落實。', '??會上傳達了批示。']);
    expect(read.map((line) => line.text)).toEqual(['會議指出，要加強管理。', '會議要求，抓好落實。', '會上傳達了批示。']);
    expect(read.every((line) => line.indented)).toBe(true);
  });

  /** A paragraph broken every `width` characters, its first line indented by two full-width spaces when `indent`. */
  function broken(text: string, width: number, indent = false): string[] {
    const set = indent ? `\u3000\u3000${text}` : text;
    const lines: string[] = [];
    for (let at = 0; at < set.length; at += width) lines.push(set.slice(at, at + width));
    return lines;
  }
  const paragraphs = [
    '一年来，我们精准施策、靶向发力，经济发展迈出新步伐。牢牢把握疫后经济恢复发展的关键期，全面稳经济、保增长、促发展。',
    '我们开拓进取、实干笃行，对外开放取得新成果。抢抓封关运作前的窗口期，推进开放政策红利充分释放，实际使用外资稳步提高。',
    '我们坚持人民至上，民生福祉持续增进。民生投入占财政支出达到八成，城乡居民收入增长快于经济增长，群众获得感不断增强。',
  ];

  it('reads a double-spaced extraction, once the clean step took its blank lines out', () => {
    const lines = paragraphs.flatMap((text) => broken(text, 16)).flatMap((line) => [line, '']);
    expect(reflow(closeDoubleSpacing(lines).lines).paragraphs).toEqual(paragraphs);
  });

  it('runs a paragraph on across a blank line after a comma, not after a salutation or before a heading', () => {
    const broken = ['城市品质显著提升，顺利通过国家卫生城市复审。乡村建设行动深入推进，', '', '新（改）建农村公路1874公里、里程数居全省第2位。'];
    expect(reflow(['这一年，我们大力推进融合发展，城乡建设绘就新图景。', '', ...broken]).paragraphs).toEqual([
      '这一年，我们大力推进融合发展，城乡建设绘就新图景。',
      '城市品质显著提升，顺利通过国家卫生城市复审。乡村建设行动深入推进，新（改）建农村公路1874公里、里程数居全省第2位。',
    ]);
    expect(reflow(['同志们，', '', '今天，我们召开全市卫生健康工作会议，主要任务是总结工作、部署任务。']).paragraphs).toHaveLength(2);
    expect(reflow(['过去一年，全市卫生健康事业取得了新的进展，', '', '二、2024年工作安排']).paragraphs).toHaveLength(2);
  });

  it('keeps paragraphs of different lengths set apart by blank lines apart', () => {
    const texts = Array.from({ length: 12 }, (_, i) => `第${i + 1}项工作扎实推进，${'各项指标稳步提升，'.repeat(1 + (i % 4))}成效明显。`);
    expect(reflow(texts.flatMap((text) => [text, ''])).paragraphs).toEqual(texts);
  });

  it('reads long indented paragraphs, a line that ends a sentence at the page edge included', () => {
    // Broken every 28 characters, the indentation counted: the first line ends exactly at a full stop.
    const opening = '一年来，我们精准施策、靶向发力，经济发展迈出新步伐。';
    const texts = [`${opening}${paragraphs[1]}${paragraphs[2]}`, `${paragraphs[2]}${paragraphs[1]}`];
    const lines = texts.flatMap((text) => broken(text, 28, true));
    expect(lines[0]).toBe(`\u3000\u3000${opening}`);
    expect(reflow(lines).paragraphs).toEqual(texts);
  });

  it('runs on a heading the page width cut, and a full line whatever its follower starts with', () => {
    const lines = [
      '（六）促进城乡融合发展，城镇建设和乡村振兴取得扎实成',
      '效。加速推动以县城为重要载体的新型城镇化，常住人口城镇化率',
      '提高1.2个百分点。习近平总书记亲赴门头沟区看望慰问“23',
      '·7”极端强降雨受灾群众，我们牢记嘱托，全力推进灾后恢复重建。',
      '二、2024年主要工作',
      ...broken(paragraphs[0]!, 28),
    ];
    expect(reflow(lines).paragraphs).toEqual([lines.slice(0, 4).join(''), '二、2024年主要工作', paragraphs[0]]);
  });

  it('joins the two halves of a number without a space', () => {
    expect(joinLines('全市地区生产总值9', '71.3亿元')).toBe('全市地区生产总值971.3亿元');
  });
});
