/**
 * Metamorphic checks on reports the pipeline has never seen: the dev pages
 * made over as other sources present the same report (the other script,
 * another encoding, page furniture around the body, full-width digits, spam
 * injected, Windows line ends) must give the same metadata, and where the
 * text is unchanged the same paragraphs.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { ingestFile, type Ingested } from '../../src/ingest/pipeline.ts';
import { toSimplified, toTraditional } from '../../src/lib/script.ts';
import { tempDir } from './write/fixtures.ts';

const PAGES = new URL('../../../shared/corpus/pages/', import.meta.url);
/** Simplified to Hong Kong Traditional forms (`衞生`, `綫`), as Hong Kong papers print mainland news. */
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const pages = readdirSync(PAGES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(new URL(name, PAGES), 'utf8') }));

/** Page furniture of a scraped page: menus, breadcrumb, counters above; links, copyright and ICP lines below. */
const HEADER = ['首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流', '当前位置：首页 > 新闻动态 > 工作动态', '字号：大 中 小', '浏览次数：1024'];
const FOOTER = ['【打印本页】【关闭窗口】', '上一篇：关于做好节日期间值班工作的通知', '下一篇：我委召开专题会议部署重点工作', '版权所有 © 2024 本网站 保留所有权利', '网站标识码：1234567890  备案号：京ICP备12345678号'];
/** A document site's copy: its fields and buttons above the report, its preview's end, disclaimers and links below. */
const DOCUMENT_SITE_HEADER = ['豆丁网 > 行业资料 > 医药卫生 > 工作总结', '文档分类：行业资料', '上传人：ks****88', '上传时间：2023-05-06 09:12', '文档页数：12 页', '下载积分：3', '免费下载', '加入VIP，免费下载', '举报'];
const DOCUMENT_SITE_FOOTER = [
  '免费预览已结束，剩余 8 页可下载查看', '点击加载更多', '下载文档', '内容来自用户分享和网络整理，不保证内容的准确性，如有侵权内容，请联系管理员处理，谢谢！',
  '1、本文档共12页，可阅读全部内容。', '2、本文档内容版权归属内容提供方，所产生的收益全部归内容提供方所有。如果您对本文有版权争议，可选择认领，认领后既往收益都归您。',
  '相关文档', '卫生院工作总结范文.doc', '2023年卫生健康工作计划.docx', '关于我们 | 联系我们 | 用户协议 | 隐私政策', 'Copyright © 2008-2024 docin.com All Rights Reserved 豆丁网 浙ICP备10000000号-1',
];
/** A news portal's byline with bars, buttons and related news around a report. */
const PORTAL_HEADER = ['来源：健康报 | 作者：张三 李四 | 责任编辑：王五', '【字号 大 中 小】 【打印】 【关闭】'];
const PORTAL_FOOTER = ['【纠错】 【责任编辑：王五】', '（责任编辑：王五）', '扫一扫分享本页', '相关新闻', '• 全省卫生健康工作会议召开', '• 国家卫生健康委召开新闻发布会', '网站地图 | 联系我们 | 网站声明'];
/** Titles of other articles (other places, other meetings) listed below a report without a header. */
const OTHER_TITLES = ['河北省召开2024年卫生健康工作会议', '广东省卫生健康委员会部署安全生产工作', '湖南省卫健委召开党风廉政建设工作会议', '四川省妇幼保健院举行表彰大会'];
/** Spam lines injected into a body. */
const SPAM = ['澳门新葡京娱乐场官网注册送88元彩金，www.xpj8888.com', 'bet365体育在线投注，百家乐真人荷官，秒到账'];

/** Above an article on WeChat, as a scrape of its text gives it: the byline (the account's name twice, the time left to the page's script), the call to follow. */
const WECHAT_HEAD = ['原创 健康发布 健康发布', '点击上方蓝字关注我们'];
/** The page below an article on WeChat, as a scrape of its text gives it. */
const WECHAT_TAIL = ['更多精彩内容，请关注“健康发布”微信公众号', '长按识别二维码关注我们', '预览时标签不可点', '阅读原文', '微信扫一扫', '关注该公众号', '继续滑动看下一个', '轻触阅读原文', '健康发布', '向上滑动看下一个', '知道了', '微信扫一扫', '使用小程序', '取消', '允许', '微信扫一扫可打开此内容，', '使用完整服务', '：', '，', '。', '视频', '小程序', '赞', '，轻点两下取消赞', '在看', '，轻点两下取消在看', '分享', '留言', '收藏', '听过'];

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 1–31 in Chinese numerals: 三, 十, 十二, 二十三. */
function chineseNumeral(n: number): string {
  const units = n % 10 === 0 ? '' : CHINESE_DIGITS[n % 10]!;
  if (n < 10) return units;
  return `${n >= 20 ? CHINESE_DIGITS[Math.floor(n / 10)]! : ''}十${units}`;
}

/** Metadata fields compared. */
const FIELDS = ['date', 'year', 'coveredYear', 'region', 'institution', 'genre', 'meetingTypes', 'speakers'] as const;

/** The page with lines set after its first line (where a headline stands) and after its end, as a site dresses a report. */
function dressed(text: string, afterFirst: readonly string[], atEnd: readonly string[] = []): Buffer {
  const [first = '', ...rest] = text.trimEnd().split('\n');
  return Buffer.from([first, ...afterFirst, ...rest, ...atEnd].join('\n'));
}

/** What ingest found in the original page (empty where it found nothing). */
interface Found {
  title: string;
  institution: string;
  date: string;
}

/** A variant: how a page is made over (given its text and what ingest found in the original), under what extension. */
interface Variant {
  name: string;
  bytes: (text: string, found: Found) => Buffer;
  extension?: '.html';
  sameParagraphs: boolean;
  sameTitle?: boolean;
}

/** The line that is the headline `title` alone, indented or not. */
function headlineLine(title: string): RegExp {
  return new RegExp(`^[ \\t\u3000]*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t\u3000]*$`, 'm');
}

/** Text as HTML writes it. */
function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Each line of the text as an HTML paragraph. */
function htmlParagraphs(text: string): string {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}

/** The page with lines set under the line that ends its headline (a headline may run over two lines); as it is when the headline is not found. */
function underHeadline(text: string, title: string, lines: readonly string[]): Buffer {
  const end = title.replace(/[^\p{Script=Han}\w]/gu, '').slice(-6);
  const textLines = text.split('\n');
  const at = end ? textLines.findIndex((line) => line.replace(/[^\p{Script=Han}\w]/gu, '').endsWith(end)) : -1;
  if (at < 0) return Buffer.from(text);
  return Buffer.from([...textLines.slice(0, at + 1), ...lines, ...textLines.slice(at + 1)].join('\n'));
}

/** A page as a news site serves it: its title and the site's name in `<title>`, the site's logo as its first heading, menus, a paragraph per line, a footer. */
function asHtmlPage(text: string, title: string): Buffer {
  return Buffer.from(
    `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}_卫生健康信息门户网站</title></head><body>` +
      `<header><h1 class="logo">某某市卫生健康委员会</h1></header>` +
      `<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻中心</a></div><div class="article">${htmlParagraphs(text)}</div>` +
      `<div class="footer">版权所有 卫生健康信息门户网站 京ICP备12345678号</div></body></html>`,
  );
}

/** A WeChat article's page saved before its script ran: no time in the byline, only where the account posted from (another province). */
function asWeChatPage(text: string, title: string): Buffer {
  return Buffer.from(
    `<!doctype html><html><head><meta charset="utf-8"><meta property="og:title" content="${escapeHtml(title)}"><title>${escapeHtml(title)}</title></head><body>` +
      `<h1 class="rich_media_title" id="activity-name">${escapeHtml(title)}</h1><div id="meta_content"><span class="rich_media_meta_text">原创</span> ` +
      `<a id="js_name">健康发布</a> <em id="publish_time"></em> <em id="js_ip_wording_wrp">发表于<span id="js_ip_wording">北京</span></em></div>` +
      `<div class="rich_media_content" id="js_content">${htmlParagraphs(text)}</div><div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div></body></html>`,
  );
}

/** The variants: how a page is made over, and whether its paragraphs (and title, in either script) must stay the same. */
const VARIANTS: Variant[] = [
  { name: 'in Traditional script', bytes: (text) => Buffer.from(toTraditional(text)), sameParagraphs: false, sameTitle: true },
  { name: 'in Hong Kong Traditional forms', bytes: (text) => Buffer.from(toHongKong(text)), sameParagraphs: false, sameTitle: true },
  { name: 'encoded as GB18030', bytes: (text) => iconv.encode(text, 'gb18030'), sameParagraphs: true },
  { name: 'with Windows line ends and a BOM', bytes: (text) => Buffer.from(`\ufeff${text.replace(/\n/g, '\r\n')}`), sameParagraphs: true },
  { name: 'with page furniture around the body', bytes: (text) => Buffer.from([...HEADER, ...text.trimEnd().split('\n'), ...FOOTER].join('\n')), sameParagraphs: true },
  {
    name: 'as a news portal prints it',
    bytes: (text) => dressed(text, PORTAL_HEADER, PORTAL_FOOTER),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: "with other articles' titles around it",
    bytes: (text) => dressed(text, ['要闻 | 河北省召开2024年卫生健康工作会议 | 广东省卫健委部署安全生产工作'], OTHER_TITLES),
    // A page cut short ends in a fragment, after which titles are no longer known for a list.
    sameParagraphs: false,
  },
  {
    name: 'with a comment section below it',
    bytes: (text) => dressed(text, [], ['网友评论', '请文明上网，理性发言，遵守相关规定', '已有 0 人参与', '发表评论', '登录 | 注册']),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: "with a repost's 原标题 and placeholders of photos and videos that did not load",
    bytes: (text) => dressed(text, [`原标题：${text.split('\n')[0]}`, '视频加载中...', '您的浏览器不支持视频播放', '[图片]'], ['（图片来源：网络）']),
    sameParagraphs: false,
    sameTitle: true,
  },
  {
    name: "as a document site's copy",
    bytes: (text) => dressed(text, DOCUMENT_SITE_HEADER, DOCUMENT_SITE_FOOTER),
    // Furniture inside the text can still change a mojibake repair's choice or a line rule's view of the body's end.
    sameParagraphs: false,
    sameTitle: true,
  },
  {
    name: "with a document site's watermark through it",
    bytes: (text) => {
      let lines = 0;
      return Buffer.from(text.split('\n').flatMap((line) => (line.trim() && ++lines % 4 === 0 ? [line, '豆丁网 www.docin.com'] : [line])).join('\n'));
    },
    // Once on a short page, a watermark cannot be told from a line of text.
    sameParagraphs: false,
    sameTitle: true,
  },
  {
    name: 'with spam lines injected',
    bytes: (text) => {
      const lines = text.trimEnd().split('\n');
      const at = Math.min(lines.length, 3);
      return Buffer.from([...lines.slice(0, at), SPAM[0]!, ...lines.slice(at), SPAM[1]!].join('\n'));
    },
    sameParagraphs: true,
  },
  { name: 'with every paragraph indented', bytes: (text) => Buffer.from(text.replace(/^(?=\S)/gm, '\u3000\u3000')), sameParagraphs: true },
  {
    name: 'as a WeChat article scraped as text',
    bytes: (text) => dressed(text, WECHAT_HEAD, WECHAT_TAIL),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: 'as a WeChat article scraped as text, in Traditional script',
    bytes: (text) => Buffer.from(toTraditional(dressed(text, WECHAT_HEAD, WECHAT_TAIL).toString())),
    sameParagraphs: false,
    sameTitle: true,
  },
  {
    name: 'with photo captions pointing at missing photos',
    bytes: (text) => Buffer.from(text.split('\n').flatMap((line, i) => (line.trim().length > 60 && i % 2 === 0 ? [line, '▲会议现场'] : [line])).join('\n')),
    sameParagraphs: true,
  },
  { name: 'with emoji before headings', bytes: (text) => Buffer.from(text.replace(/^(?=[一二三四五六七八九十]+、)/gmu, '📌')), sameParagraphs: true },
  {
    name: 'with headings spaced out for display',
    bytes: (text) => Buffer.from(text.replace(/^([一二三四五六七八九十]+、)([^，。\n]{2,12})$/gmu, (_, number: string, words: string) => number + words.replace(/(?<=\p{Script=Han})(?=\p{Script=Han})/gu, ' '))),
    sameParagraphs: true,
  },
  // Full-width digits are made ASCII before any rule reads a line: headings (`１．`), layout markers (`０１`), datelines and page numbers are found alike.
  { name: 'with full-width digits', bytes: (text) => Buffer.from(text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))), sameParagraphs: true, sameTitle: true },
  {
    name: 'with a sentence on a national meeting its staff attended in another province',
    bytes: (text) => {
      const lines = text.split('\n');
      const at = lines.findIndex((line) => line.trim().length > 60 && line.trim().endsWith('。'));
      if (at < 0) return Buffer.from(text);
      return Buffer.from([...lines.slice(0, at + 1), '上半年，组织人员参加在广州市召开的全国卫生健康信息化工作会议。', ...lines.slice(at + 1)].join('\n'));
    },
    sameParagraphs: false,
    sameTitle: true,
  },
  {
    name: "with a paragraph relaying national bodies' meetings and other places' experience",
    bytes: (text) => {
      const lines = text.split('\n');
      const at = lines.findIndex((line) => line.trim().length > 60 && line.trim().endsWith('。'));
      if (at < 0) return Buffer.from(text);
      const relayed = '会议传达学习了国家卫生健康委和国家疾控局有关会议精神，学习借鉴了浙江省、广东省深化医改的经验，持续深化与北京市朝阳区的对口帮扶合作。';
      return Buffer.from([...lines.slice(0, at + 1), relayed, ...lines.slice(at + 1)].join('\n'));
    },
    sameParagraphs: false,
    sameTitle: true,
  },
  {
    name: "as a government site's disclosure page, an HTML table of the document's fields above the text",
    bytes: (text, { title, institution, date }) => {
          const table = institution && date
        ? '<table><tr><td>索引号：</td><td>11341823MB1566401C/202311-00052</td><td>主题分类：</td><td>卫生、体育</td></tr>' +
          `<tr><td>发布机构：</td><td>${escapeHtml(institution)}</td><td>发文日期：</td><td>${date}</td></tr>` +
          `<tr><td>名\u3000\u3000称：</td><td colspan="3">${escapeHtml(title)}</td></tr><tr><td>文\u3000\u3000号：</td><td></td><td>有效性：</td><td>有效</td></tr></table>`
        : '';
          return Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${table}<div class="article">${htmlParagraphs(text)}</div></body></html>`);
    },
    extension: '.html',
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: "as an HTML page titled with its headline and the site's name",
    bytes: (text, { title }) => asHtmlPage(text, title),
    extension: '.html',
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: 'as a WeChat article page saved before its script ran, posted from another province',
    bytes: (text, { title }) => asWeChatPage(text, title),
    extension: '.html',
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: 'set a space apart throughout, as some PDF exports give it',
    // A space of the source comes out wider than the spacing.
    bytes: (text) => Buffer.from(text.replace(/ +/g, '   ').replace(/(?<=\S)(?=\S)/gu, ' ')),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: 'with lines tagged as advertising between its paragraphs',
    bytes: (text) => Buffer.from(text.split('\n').flatMap((line, i) => (line.trim().length > 60 && i % 3 === 0 ? [line, '【广告】扫码关注健康资讯，领取免费体检名额'] : [line])).join('\n')),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: 'set out as WeChat articles are: emoji lines between paragraphs, emoji around labels, topic tags below',
    bytes: (text) =>
      Buffer.from(
        [...text.trimEnd().split('\n').flatMap((line, i) => (line.trim().length > 60 && i % 4 === 0 ? [line, '👇👇👇', '◆ ◆ ◆'] : [line])), '', '#卫生健康# #基层医疗#'].join('\n'),
      ),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: 'with a label announcing the full text under its headline and a print date in its footer',
    bytes: (text, { title }) => underHeadline(`${text.trimEnd()}\n\n打印日期：2029-06-01　浏览：123次\n`, title, ['以下为全文：']),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: "with an editor's note under its headline",
    bytes: (text, { title }) => underHeadline(text, title, ['编者按：为展示基层卫生健康工作成效，本网特刊发此文，以飨读者。']),
    sameParagraphs: false,
    sameTitle: true,
  },
  {
    name: "with a page's prompts under its headline (a label of the text, its reading time, a call to follow, a prompt to enlarge photos)",
    bytes: (text, { title }) => underHeadline(text, title, ['本文共3000字，阅读约需8分钟', '点击上方“健康发布”，关注我们', '（点击图片查看大图）', '正文']),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: 'as an official document: its masthead and signer above, its disclosure note and colophon below',
    bytes: (text, { institution }) =>
      Buffer.from(
        [...(institution ? [`${institution}文件`, ''] : []), '签发人：张三', '', text.trimEnd(), '', '（此件公开发布）', '', '抄送：市委办公室，市政府办公室。', '', '某某市卫生健康委员会办公室\u3000\u30002024年1月6日印发'].join('\n'),
      ),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: 'with HTML entities left in its text',
    bytes: (text) => Buffer.from(text.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;').replace(/\u3000/g, '&nbsp;&nbsp;').replace(/—/g, '&mdash;')),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: 'with its date set beside its headline, as lists of articles set it',
    bytes: (text, { title, date }) => Buffer.from(title && /^\d{4}-\d{2}-\d{2}$/.test(date) ? text.replace(headlineLine(title), `${title}\u3000${date}`) : text),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: "with a note of the source of its figures, another province's body, at its end",
    bytes: (text) => Buffer.from(`${text.trimEnd()}\n（数据来源：浙江省统计局）\n资料来源：国家卫生健康委统计信息中心\n`),
    sameParagraphs: false,
    sameTitle: true,
  },
  {
    name: "with a news agency's dateline on a line of its own under its headline",
    bytes: (text, { title }) => underHeadline(text, title, ['新华社北京1月26日电（记者张晓明）']),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: "with a news flash's medium in brackets on a line of its own under its headline",
    bytes: (text, { title }) => underHeadline(text, title, ['【健康发布讯】']),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: "with links to the page's attachments below it",
    bytes: (text) => dressed(text, [], ['附件下载：', '关于印发2024年卫生健康工作要点的通知.docx', '附件1.pdf（125KB）']),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: "as a transcript with its editor's notes under its headline and at its end",
    bytes: (text, { title }) => Buffer.from(`${underHeadline(text, title, ['（根据录音整理，未经本人审阅）']).toString().trimEnd()}\n（标题为编者所加）\n`),
    sameParagraphs: true,
    sameTitle: true,
  },
  { name: 'with an end mark on a line of its own', bytes: (text) => Buffer.from(`${text.trimEnd()}\n（完）\n`), sameParagraphs: true },
  {
    name: 'with its headline in title marks',
    bytes: (text, { title }) => Buffer.from(title ? text.replace(headlineLine(title), `《${title}》`) : text),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: "with the site's breadcrumb and a repost notice below it",
    bytes: (text) => dressed(text, [], ['首页 > 工作动态 > 正文', '声明：本文转自“健康发布”，文章内容仅供参考，如有侵权，请联系删除。']),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: 'with a note of its photos after its headline, as news sites set it',
    bytes: (text, { title }) => Buffer.from(title ? text.replace(headlineLine(title), `${title}（图）`) : text),
    sameParagraphs: true,
    sameTitle: true,
  },
  {
    name: 'with its dates in Chinese numerals, as documents are signed',
    bytes: (text) => Buffer.from(text.replace(/(\d{4})年(\d{1,2})月(\d{1,2})日/g, (_, year: string, month: string, day: string) => `${[...year].map((digit) => CHINESE_DIGITS[Number(digit)]).join('')}年${chineseNumeral(Number(month))}月${chineseNumeral(Number(day))}日`)),
    sameParagraphs: false,
    sameTitle: true,
  },
];

/**
 * The page's lines broken at a fixed width, as a PDF extraction breaks them
 * (paragraphs indented); with `pageLines`, a page number every so many lines,
 * and with `head`, that running head at the top of each page.
 */
function fixedWidth(text: string, pageLines?: number, head?: string): string {
  const broken = text
    .split('\n')
    .filter((line) => line.trim())
    .flatMap((line) => `\u3000\u3000${line.trim()}`.match(/[\s\S]{1,34}/gu)!);
  const pageBreak = (page: number) => ['', `- ${page} -`, '', ...(head ? [head] : [])];
  return broken.flatMap((line, i) => (pageLines && i > 0 && i % pageLines === 0 ? [...pageBreak(i / pageLines), line] : [line])).join('\n');
}

/** Ingests each page made over by `bytes` (given its text and its original's title and institution), in a folder of its own. */
async function ingestAll(
  folder: string,
  bytes: Variant['bytes'],
  ingested: ReadonlyMap<string, Ingested> = new Map(),
  extension = '.txt',
): Promise<Map<string, Ingested>> {
  mkdirSync(folder, { recursive: true });
  const results = new Map<string, Ingested>();
  for (const { name, text } of pages) {
    const path = join(folder, name.replace(/\.txt$/, extension));
    const original = ingested.get(name)?.description;
    writeFileSync(path, bytes(text, { title: original?.title ?? '', institution: original?.institution ?? '', date: original?.date ?? '' }));
    results.set(name, await ingestFile(path));
  }
  return results;
}

describe('ingest on reports made over as other sources present them', async () => {
  const dir = tempDir();
  const originals = await ingestAll(join(dir, 'original'), (text) => Buffer.from(text));

  it('has the dev pages to compare', () => {
    expect(originals.size).toBeGreaterThan(40);
  });

  it.each(VARIANTS)('gives the same metadata (and paragraphs) $name', async ({ name, bytes, extension, sameParagraphs, sameTitle }) => {
    const variants = await ingestAll(join(dir, name.replace(/\W+/g, '-')), bytes, originals, extension);
    const differences: string[] = [];
    for (const [file, original] of originals) {
      const variant = variants.get(file)!;
      for (const field of FIELDS) {
        if (JSON.stringify(variant.description[field]) !== JSON.stringify(original.description[field])) differences.push(`${file} ${field}`);
      }
      // Titles keep the source's script: compared in Simplified.
      const title = (ingested: Ingested) => toSimplified(ingested.description.title ?? '');
      if (sameTitle && title(variant) !== title(original)) differences.push(`${file} title`);
      const paragraphs = (ingested: Ingested) => ingested.draft.blocks.map((block) => block.text);
      if (sameParagraphs && JSON.stringify(paragraphs(variant)) !== JSON.stringify(paragraphs(original))) differences.push(`${file} paragraphs`);
    }
    expect(differences).toEqual([]);
  });

  it('reads a fixed-width extraction across its page numbers and running heads as if no page ended there', async () => {
    const paragraphs = (ingested: Ingested) => ingested.draft.blocks.map((block) => block.text);
    const plain = await ingestAll(join(dir, 'fixed-width'), (text) => Buffer.from(fixedWidth(text)));
    for (const head of [undefined, '政府工作报告（2024年）']) {
      const paged = await ingestAll(join(dir, `fixed-width-paged-${head ? 'head' : 'plain'}`), (text) => Buffer.from(fixedWidth(text, 8, head)));
      // A running head is known by its repeats: pages with fewer than three page breaks are not compared.
      const compared = [...plain].filter(([file]) => !head || (fixedWidth(pages.find((page) => page.name === file)!.text).split('\n').length > 24));
      const differences = compared.filter(([file, ingested]) => JSON.stringify(paragraphs(paged.get(file)!)) !== JSON.stringify(paragraphs(ingested)));
      expect(differences.map(([file]) => file), head).toEqual([]);
    }
  });
});
