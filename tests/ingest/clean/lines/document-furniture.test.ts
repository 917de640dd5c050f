import { describe, expect, it } from 'vitest';
import { isColophonLine, mastheadIssuers, stripDocumentFurniture } from '../../../../src/ingest/clean/lines/document-furniture.ts';

const BODY = '2023年，县卫生健康委坚持以习近平新时代中国特色社会主义思想为指导，推进卫生健康事业高质量发展。';

describe('official document furniture', () => {
  it('removes the masthead and the signer above the body, the masthead naming the issuer; the number stays', () => {
    const result = stripDocumentFurniture(['青阳县卫生健康委员会文件', '', '青卫发〔2023〕12号　　签发人：张三', '', '县卫健委2023年工作总结', '', BODY]);
    expect(result.lines).toEqual(['', '青卫发〔2023〕12号', '', '县卫健委2023年工作总结', '', BODY]);
    expect(result.hints.issuers).toEqual(['青阳县卫生健康委员会']);
    expect(result.notes.map((note) => note.note)).toEqual(['删除公文版头与版记 1 行：「青阳县卫生健康委员会文件」', '删除文号后的签发人 1 处：「签发人：张三」']);
  });

  it('removes a signer on a line of its own and a disclosure note above the body', () => {
    const result = stripDocumentFurniture(['湖卫健发[2023]第1号', '签发人：李 四', '（此件主动公开）', BODY]);
    expect(result.lines).toEqual(['湖卫健发[2023]第1号', BODY]);
  });

  it('removes the disclosure note and the colophon after the signature, not the signature', () => {
    const lines = [BODY, '', '青阳县卫生健康委员会', '2023年11月7日', '', '（此件公开发布）', '', '抄送：市委办公室，市政府办公室。', '———————————', '青阳县卫生健康委员会办公室　　2023年11月7日印发'];
    expect(stripDocumentFurniture(lines).lines).toEqual([BODY, '', '青阳县卫生健康委员会', '2023年11月7日', '', '']);
  });

  it('takes a joint masthead and a congress, and no title that ends in 文件', () => {
    expect(mastheadIssuers('某某市卫生健康委员会　某某市财政局文件')).toEqual(['某某市卫生健康委员会', '某某市财政局']);
    expect(mastheadIssuers('青阳县人民代表大会文件')).toEqual(['青阳县人民代表大会']);
    expect(mastheadIssuers('认真学习贯彻上级文件')).toBeUndefined();
    expect(mastheadIssuers('关于转发省卫生健康委员会文件的通知')).toBeUndefined();
    expect(mastheadIssuers('>政务频道>政务公开>本局文件')).toBeUndefined();
  });

  it('leaves colophon words inside the text, and numbers cited in the body', () => {
    const lines = ['会议要求，抄送：各县区的报表要按时报送。', BODY, '按照湘卫发〔2024〕3号要求，各地认真组织实施。'];
    expect(stripDocumentFurniture(lines).lines).toEqual(lines);
    expect(isColophonLine('抄送：市委办公室，市政府办公室。')).toBe(true);
    expect(isColophonLine('二〇二四年一月六日印发')).toBe(true);
    expect(isColophonLine('会议要求认真学习2024年1月6日印发')).toBe(false);
  });
});
