import { describe, expect, it } from 'vitest';
import { isBoilerplateLine, stripSiteBoilerplate } from '../../../../src/ingest/clean/lines/site-boilerplate.ts';

describe('document-site boilerplate', () => {
  it('recognises numbered membership and copyright disclaimers', () => {
    expect(isBoilerplateLine('  4. 4、该文档为VIP文档，如果想要下载，成为VIP会员后，下载免费。', false)).toBe(true);
    expect(isBoilerplateLine('3. 本站所有资源来源于用户上传或网络，仅作为参考学习使用，如有侵权请联系站长删除！', false)).toBe(true);
    expect(isBoilerplateLine('特别声明：以上文章内容仅代表作者本人观点，不代表新浪网观点或立场。', false)).toBe(true);
    expect(isBoilerplateLine('VIP专免', false)).toBe(true);
    expect(isBoilerplateLine('共12页', false)).toBe(true);
  });

  it("recognises a document site's notes on its copy, wherever they stand", () => {
    for (const line of [
      '免费预览已结束，剩余 8 页可下载查看',
      '剩餘 8 頁未讀，繼續閱讀',
      '1、本文档共12页，可阅读全部内容。',
      '内容来自用户分享和网络整理，不保证内容的准确性，如有侵权内容，请联系管理员处理，谢谢！',
    ]) {
      expect(isBoilerplateLine(line, false), line).toBe(true);
    }
  });

  it('keeps body text that mentions one or two such words', () => {
    expect(isBoilerplateLine('群众可通过手机下载电子健康卡，用户数达到12万。', false)).toBe(false);
    expect(isBoilerplateLine('加强知识产权保护，维护版权。', false)).toBe(false);
  });

  it('cuts a paywall marker, keeps the text before it and flags the gap', () => {
    const result = stripSiteBoilerplate(['二是基层卫生体系重塑升级。我们将 ……（快文网http://www.fanwy.cn省略852字，正式会员可完整阅读）…… ']);
    expect(result.lines.map((l) => l.trim())).toEqual(['二是基层卫生体系重塑升级。我们将']);
    expect(result.notes).toEqual([{ kind: 'flagged', note: '原文在此处被网站截去约 852 字，正文不完整', text: '二是基层卫生体系重塑升级。我们将' }]);
    expect(stripSiteBoilerplate(['正文到此。此处隐藏2746个字']).lines).toEqual(['正文到此。']);
  });

  it('removes a lock on the rest of the text below it, and flags the end as missing', () => {
    const body = ['会议召开。', '会议指出，要加强管理，抓好落实，确保各项任务落地见效。'];
    for (const lock of ['余下全文请登录后查看', '剩余80%未读，点击阅读全文', '登录后阅读全文']) {
      const result = stripSiteBoilerplate([...body, lock]);
      expect(result.lines, lock).toEqual(body);
      expect(result.notes.find((note) => note.kind === 'flagged'), lock).toEqual({ kind: 'flagged', note: '原文此后的内容被网站隐藏（须登录或付费），正文不完整', text: body[1] });
    }
    // A sentence on the remaining funds is the report's.
    expect(stripSiteBoilerplate([...body, '剩余资金全部用于基层医疗机构设备购置。']).lines).toHaveLength(3);
  });

  it('removes an advertising sentence glued before the text', () => {
    const result = stripSiteBoilerplate(['老金范文，海量公文素材资料，下载网址：www.laojinfanwen.com，润笔请加微：liaoda199。 2023年，我局深入学习。']);
    expect(result.lines).toEqual(['  2023年，我局深入学习。']);
    expect(result.notes[0]?.kind).toBe('removed');
  });

  it("removes a repost's notice to the rights holder, on its own line or run onto the last paragraph's", () => {
    expect(stripSiteBoilerplate(['会议要求各地抓好落实。', '本文来源于“健康发布”微信公众号，如有侵权请联系删除。']).lines).toEqual(['会议要求各地抓好落实。']);
    expect(stripSiteBoilerplate(['会议要求各地抓好落实。版权归原作者所有，转载请注明出处。']).lines).toEqual(['会议要求各地抓好落实。 ']);
    expect(stripSiteBoilerplate(['文中观点仅代表作者本人，不代表本平台立场。']).lines).toEqual([]);
    expect(stripSiteBoilerplate(['本文轉載自健康報，如有侵權請聯繫刪除。']).lines).toEqual([]);
    expect(stripSiteBoilerplate(['图片来自网络，请联系我们删除。']).lines).toEqual([]);
  });

  it('keeps sentences about rights and deletions that are the report', () => {
    const lines = ['依法打击侵犯知识产权行为，查处侵权案件12起。', '删除重复数据3000余条，转载率明显下降。', '加强联系，删除冗余环节。'];
    expect(stripSiteBoilerplate(lines).lines).toEqual(lines);
  });

  it('keeps a public-account sentence in a report', () => {
    expect(stripSiteBoilerplate(['群众可关注微信公众号：健康青阳，查询就诊信息。']).lines).toEqual(['群众可关注微信公众号：健康青阳，查询就诊信息。']);
  });
});
