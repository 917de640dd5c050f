import { describe, expect, it } from 'vitest';
import { stripPlatformTail } from '../../../../src/ingest/clean/lines/platform-tail.ts';

describe("a platform's page below the article", () => {
  const body = ['秭归县召开2024年全县卫生健康工作会议', '3月1日上午，秭归县召开全县卫生健康工作会议。', '会议强调，要持续推进县域医共体建设。'];

  it('goes from its first marker on, the account name and the dialogs with it', () => {
    const tail = ['预览时标签不可点', '阅读原文', '微信扫一扫', '关注该公众号', '继续滑动看下一个', '轻触阅读原文', '秭归卫健', '向上滑动看下一个', '知道了', '取消', '允许', '：', '。', '视频', '小程序', '赞'];
    const result = stripPlatformTail([...body, '', ...tail]);
    expect(result.lines.filter((line) => line !== '')).toEqual(body);
    expect(result.notes[0]?.note).toBe('删除公众号文末页面 16 行：「预览时标签不可点」「阅读原文」「微信扫一扫」等');
  });

  it('cuts nothing above the body or without a marker', () => {
    expect(stripPlatformTail(['轻触阅读原文', ...body]).lines).toEqual(['轻触阅读原文', ...body]);
    expect(stripPlatformTail([...body, '来源：秭归县卫生健康局']).lines).toEqual([...body, '来源：秭归县卫生健康局']);
  });

  it("takes a site's comment section below the body, and keeps a sentence that starts with the same words", () => {
    const comments = ['网友评论', '请文明上网，理性发言，遵守相关规定', '已有 0 人参与', '发表评论'];
    expect(stripPlatformTail([...body, ...comments]).lines).toEqual(body);
    for (const kept of ['网友评论说，这次会议部署的各项任务都很实在。', '网友评论区管理工作']) {
      expect(stripPlatformTail([...body, kept, body[1]!]).lines, kept).toEqual([...body, kept, body[1]]);
    }
    expect(stripPlatformTail([...body, '网友评论（3）', '好']).lines).toEqual(body);
  });
});
