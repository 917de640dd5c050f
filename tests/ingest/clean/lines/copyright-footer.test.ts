import { describe, expect, it } from 'vitest';
import { isFooterLine, stripCopyrightFooters } from '../../../../src/ingest/clean/lines/copyright-footer.ts';

describe('site footers', () => {
  it('removes ICP and copyright lines; the owner becomes a host hint', () => {
    const result = stripCopyrightFooters([
      '会前，中心副主任王红亮传达了近期省市相关文件和会议精神。',
      'Copyright © 2021 黄冈市疾病预防控制中心 版权所有',
      '电话:0713-12320  地址:湖北省黄冈市黄州城东新区白潭湖大道以东 备案号:鄂ICP备11019339号-1',
    ]);
    expect(result.lines).toEqual(['会前，中心副主任王红亮传达了近期省市相关文件和会议精神。']);
    expect(result.hints.hosts).toEqual(['黄冈市疾病预防控制中心']);
    expect(result.hints.sites).toEqual([]);
    expect(result.hints.dates).toEqual([]);
  });

  it('takes contact lines only around the body', () => {
    expect(isFooterLine('地址:青阳县九华西路 电话:0566-5021225', true)).toBe(true);
    expect(isFooterLine('地址:青阳县九华西路 电话:0566-5021225', false)).toBe(false);
    expect(isFooterLine('新闻热线：0571-12345678\u3000投稿邮箱：tougao@example.com', true)).toBe(true);
  });

  it("takes a government site's badges alone on a line around the body", () => {
    for (const line of ['党政机关', '我为政府网站找错', '黨政機關']) expect(isFooterLine(line, true), line).toBe(true);
    expect(isFooterLine('党政机关', false)).toBe(false);
    expect(isFooterLine('党政机关要带头过紧日子。', true)).toBe(false);
  });

  it('keeps a body sentence about copyright', () => {
    expect(isFooterLine('加强网络信息版权所有权保护，依法打击侵权行为。', false)).toBe(false);
  });
});
