import { describe, expect, it } from 'vitest';
import { isStrayLine, stripStrayCode } from '../../../../src/ingest/clean/lines/stray-code.ts';

describe('stray code and counters', () => {
  it('recognises code fragments, counters, separators and page numbers', () => {
    for (const line of ['");', '}', '47 3124739', '|', '- 12 -', '— 3 —', '·3·', '• 12 •', '第3页 共10页', '2/10']) expect(isStrayLine(line), line).toBe(true);
    // A page number whose closing dash a cut lost, and a letter a cut script left (承德's and 百色's government reports end so).
    for (const line of ['— 23', 's', 'px']) expect(isStrayLine(line), line).toBe(true);
  });

  it('keeps text, years and layout markers for their own rule', () => {
    for (const line of ['2024', '01', '会议召开。', '“健康中国”', '1+1+X', 'CT检查', 'ABC']) expect(isStrayLine(line), line).toBe(false);
  });

  it('takes a page number out with the blank lines around it, so a paragraph the page break cut reads on', () => {
    const result = stripStrayCode(['全市基层医疗卫生', '', '— 3 —', '', '机构服务能力持续提升。', '', '下一段。']);
    expect(result.lines).toEqual(['全市基层医疗卫生', '机构服务能力持续提升。', '', '下一段。']);
    expect(result.notes[0]?.note).toBe('删除残留代码与计数 1 行：「— 3 —」');
    // Other stray lines leave the blank lines as they are.
    expect(stripStrayCode(['正文。', '', '");', '', '下一段。']).lines).toEqual(['正文。', '', '', '下一段。']);
  });

  it('takes out a running head standing by the page numbers of two pages or more, with its blank lines', () => {
    const head = '政府工作报告（2024年）';
    const lines = ['全市经济运行稳中', '', '— 2 —', '', head, '向好。', '基层医疗卫生机构', '', '— 3 —', '', head, '服务能力持续提升。'];
    const result = stripStrayCode(lines);
    expect(result.lines).toEqual(['全市经济运行稳中', '向好。', '基层医疗卫生机构', '服务能力持续提升。']);
    expect(result.notes.map((note) => note.note)).toEqual(['删除残留代码与计数 2 行：「— 2 —」「— 3 —」', `删除页眉与水印 2 行：「${head}」「${head}」`]);
    // Once only, or a sentence, it stays.
    expect(stripStrayCode(['正文', '— 2 —', head, '正文。']).lines).toEqual(['正文', head, '正文。']);
    expect(stripStrayCode(['— 2 —', '会议召开。', '— 3 —', '会议召开。']).lines).toEqual(['会议召开。', '会议召开。']);
  });

  it("takes out a site's watermark that recurs through the text", () => {
    const mark = '豆丁网 www.docin.com';
    const lines = ['会议召开。', mark, '会议指出，要加强管理。', mark, '会议要求，抓好落实。', mark];
    expect(stripStrayCode(lines).lines).toEqual(['会议召开。', '会议指出，要加强管理。', '会议要求，抓好落实。']);
    // Once is no watermark; a sentence that gives an address is text.
    expect(stripStrayCode(lines.slice(0, 3)).lines).toEqual(lines.slice(0, 3));
    const sentence = '详情请登录www.nhc.gov.cn查询。';
    expect(stripStrayCode([sentence, sentence, sentence]).lines).toEqual([sentence, sentence, sentence]);
  });

  it('removes them with a note', () => {
    const result = stripStrayCode(['正文。', '47 3124739', '");']);
    expect(result.lines).toEqual(['正文。']);
    expect(result.notes[0]?.note).toContain('2 行');
  });
});
