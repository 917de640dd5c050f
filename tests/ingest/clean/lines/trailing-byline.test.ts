import { describe, expect, it } from 'vitest';
import { splitTrailingByline, stripTrailingBylines } from '../../../../src/ingest/clean/lines/trailing-byline.ts';

describe('trailing bylines', () => {
  it('cuts plain names from the last paragraph and keeps them as authors', () => {
    const lines = ['展望未来，柞水縣將繼續堅持黨建引領。', '為推進健康柞水建設貢獻力量。( 吳履山 董沛)', ''];
    const result = stripTrailingBylines(lines);
    expect(result.lines[1]).toBe('為推進健康柞水建設貢獻力量。');
    expect(result.hints.authors).toEqual(['吴履山', '董沛']);
    expect(result.notes[0]).toMatchObject({ kind: 'removed', text: '為推進健康柞水建設貢獻力量。' });
  });

  it('cuts reporter groups and contributors from any paragraph', () => {
    expect(splitTrailingByline('推进我市卫生健康事业高质量发展。(記者 潘世新)', false)?.hints.authors).toEqual(['潘世新']);
    expect(splitTrailingByline('在分会场参加会议。 (国家卫健委妇幼司供稿)', false)?.hints.sites).toEqual(['国家卫健委妇幼司']);
    expect(splitTrailingByline('会议圆满结束。（完）', false)?.text).toBe('会议圆满结束。');
  });

  it('cuts several groups run on after the text, and a keyed one where a cut text stops mid-sentence', () => {
    const both = splitTrailingByline('推进我市卫生健康事业高质量发展。(記者 潘世新)（来源：健康发布）', false);
    expect(both?.text).toBe('推进我市卫生健康事业高质量发展。');
    expect(both?.hints).toMatchObject({ authors: ['潘世新'], sites: ['健康发布'] });
    expect(splitTrailingByline('组织宣武医院与雄安新区管委会签署（来源：健康发布）', false)?.text).toBe('组织宣武医院与雄安新区管委会签署');
    // Names alone only after a sentence's end.
    expect(splitTrailingByline('组织宣武医院与雄安新区管委会签署（张玲）', true)).toBeUndefined();
  });

  it('drops an end mark on a line of its own', () => {
    const body = ['会议圆满结束。', '（完）'];
    expect(stripTrailingBylines(body).lines).toEqual(['会议圆满结束。', '']);
    expect(stripTrailingBylines(['会议圆满结束。', '【全文完】', '——完——']).lines).toEqual(['会议圆满结束。', '', '']);
    expect(stripTrailingBylines(['会议圆满结束。', '完成']).lines).toEqual(['会议圆满结束。', '完成']);
  });

  it('keeps brackets that are not bylines', () => {
    expect(splitTrailingByline('印发了《管理办法(试行)》', true)).toBeUndefined();
    expect(splitTrailingByline('参加会议的有各科室负责人（兼）', true)).toBeUndefined();
    expect(splitTrailingByline('完成全年任务。(2024)', true)).toBeUndefined();
    expect(splitTrailingByline('会议要求抓好落实。(张玲)', false)).toBeUndefined();
  });
});

describe('trailing bylines with keys', () => {
  it('takes a bracketed source or editor line off a paragraph', () => {
    expect(splitTrailingByline('会议圆满结束。（来源：健康报）', false)).toMatchObject({ text: '会议圆满结束。', hints: { sites: ['健康报'] } });
    expect(splitTrailingByline('会议圆满结束。[责任编辑：张三]', false)).toBeUndefined();
    expect(splitTrailingByline('会议圆满结束。(编辑：李四 审核：王五)', false)?.hints.editors).toEqual(['李四', '王五']);
  });
});
