import { describe, expect, it } from 'vitest';
import { isChromeLine, stripPageChrome } from '../../../../src/ingest/clean/lines/page-chrome.ts';

describe('page chrome', () => {
  it('recognises lines made of page controls in either script', () => {
    for (const line of ['立即下载', '点击查看全文', '回首页', '返 回', '回顶部', '分享到:', '  • 【字体: 大  中 ', '【打印文本】', '扫一扫在手机打开当前页', '新浪新闻客户端', '【關閉】', '字体大小:【大】 【中】 【小】', '扫码关注 手机版']) {
      expect(isChromeLine(line), line).toBe(true);
    }
  });

  it("recognises a document site's buttons", () => {
    for (const line of ['举报', '免费下载', '加入VIP，免费下载', '点击加载更多', '下载文档']) expect(isChromeLine(line), line).toBe(true);
  });

  it('recognises calls to scan a QR code', () => {
    for (const line of ['扫描二维码关注我们', '长按识别二维码', '长按二维码识别', '長按識別二維碼']) expect(isChromeLine(line), line).toBe(true);
    expect(isChromeLine('通过扫描二维码识别患者身份，实现诊间结算。')).toBe(false);
  });

  it("recognises a WeChat article's call to follow and its buttons", () => {
    for (const line of ['点击蓝字 关注我们', '点击上方蓝字关注我们', '阅读原文', '微信扫一扫 关注该公众号', '赞 在看 分享 留言 收藏 听过']) expect(isChromeLine(line), line).toBe(true);
  });

  it('recognises buttons with how often they were pressed, not a count alone', () => {
    for (const line of ['在看 12', '赞 34', '点赞 3.4万', '分享 5 · 收藏 7', '写留言', '在看12赞34']) expect(isChromeLine(line), line).toBe(true);
    for (const line of ['2024', '12', '门诊 12万人次', '赞扬 12 名先进个人']) expect(isChromeLine(line), line).toBe(false);
  });

  it('recognises lines tagged as advertising, not a paragraph that names one', () => {
    expect(isChromeLine('【广告】扫码关注健康资讯，领取免费体检名额')).toBe(true);
    expect(isChromeLine('［推廣］下載客戶端')).toBe(true);
    expect(isChromeLine('广告')).toBe(true);
    expect(isChromeLine('严禁医疗机构发布虚假广告，规范医疗广告审查。')).toBe(false);
  });

  it('recognises site greetings', () => {
    expect(isChromeLine('您好:北京泰茂科技股份有限公司')).toBe(true);
    expect(isChromeLine('欢迎来到泰茂医疗器械招标网')).toBe(true);
  });

  it("recognises a banner for a site's app, whatever the site", () => {
    for (const line of ['新浪新闻客户端', '人民日报客户端', '央視新聞客戶端']) expect(isChromeLine(line), line).toBe(true);
    expect(isChromeLine('下载客户端查看全文的市民')).toBe(false);
  });

  it("recognises an article's length and reading time, a label of its text and a prompt to enlarge photos", () => {
    for (const line of ['本文共3000字，阅读约需8分钟', '全文约2500字　阅读需要7分钟', '阅读提示：本文约3200字，建议收藏后阅读', '预计阅读时间：5分钟', '本文約3000字', '正文', '【正文】', '（点击图片查看大图）']) {
      expect(isChromeLine(line), line).toBe(true);
    }
  });

  it('recognises a label announcing the full text below it, not a sentence ending so', () => {
    for (const line of ['全文如下：', '以下為講話全文：', '【附全文】', '讲话全文如下', '报告原文如下：']) expect(isChromeLine(line), line).toBe(true);
    for (const line of ['现将全文刊发如下：', '会议全文如下所示，请认真学习。', '全文']) expect(isChromeLine(line), line).toBe(false);
  });

  it("recognises a call to read more in the medium's app, and a report button, not a sentence about an app", () => {
    for (const line of ['（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）', '下载健康湖北客户端，看更多新闻', '举报/反馈']) expect(isChromeLine(line), line).toBe(true);
    expect(isChromeLine('下载“鄂汇办”APP办理业务的群众达10万人次')).toBe(false);
  });

  it('recognises topic tags alone on a line, not a heading with a hash before it', () => {
    for (const line of ['#卫生健康# #基层医疗#', '#健康中国 #医改', '＃醫改＃']) expect(isChromeLine(line), line).toBe(true);
    for (const line of ['#一、总体要求', '# 一、总体要求', '会议要求#卫生健康#工作落实', '#1']) expect(isChromeLine(line), line).toBe(false);
  });

  it('recognises a pager under a story split over pages, not a numbered line', () => {
    for (const line of ['上一页 1 2 3 下一页', '首页 上一页 下一页 尾页', '上一頁 [1] [2] 下一頁']) expect(isChromeLine(line), line).toBe(true);
    for (const line of ['1 2 3', '下一页内容更精彩，请继续阅读本文。']) expect(isChromeLine(line), line).toBe(false);
  });

  it('recognises a call to follow, whatever the account', () => {
    for (const line of ['点击上方“健康发布”，关注我们', '戳蓝字关注我们', '點擊上方藍字關注']) expect(isChromeLine(line), line).toBe(true);
  });

  it('recognises an invitation to follow the account for more', () => {
    const lines = ['更多精彩内容，请关注“健康发布”微信公众号', '欢迎关注健康发布视频号！', '长按识别二维码关注我们', '更多資訊，請關注「健康發布」微信公眾號'];
    for (const line of lines) expect(isChromeLine(line), line).toBe(true);
    const kept = ['我委微信公众号关注人数突破10万。', '要关注群众反映强烈的问题，及时回应社会关切。', '欢迎关注基层医疗卫生服务能力建设。'];
    for (const line of kept) expect(isChromeLine(line), line).toBe(false);
  });

  it('keeps text that merely mentions controls', () => {
    for (const line of ['分享经验', '会议中', '要返回基层服务群众。', '大中小型医院', '本文共分三个部分。', '阅读需要耐心，也需要方法。', '点击量超过10万次，关注度持续提升。']) {
      expect(isChromeLine(line), line).toBe(false);
    }
  });

  it('removes chrome lines with a note', () => {
    const result = stripPageChrome(['正文。', '回首页', '返 回']);
    expect(result.lines).toEqual(['正文。']);
    expect(result.notes).toHaveLength(1);
  });
});
