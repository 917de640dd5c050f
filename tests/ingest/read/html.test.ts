import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../../src/ingest/read/html-hints.ts';
import { readHtml, readHtmlString } from '../../../src/ingest/read/read-html.ts';

const BODY = '<p>现在，我代表市人民政府向大会报告工作，请予审议。</p><p>一、2023年工作回顾</p>';

function text(html: string): string {
  return readHtmlString(html, 'UTF-8').text;
}

describe('HTML text', () => {
  it('decodes entities and keeps markup-like text as text', () => {
    expect(text('<p>&lt;script&gt;alert(1)&lt;/script&gt; 与 AT&amp;T&nbsp;&#x4e2d;&#22269;</p>')).toBe('<script>alert(1)</script> 与 AT&T\u00a0中国');
  });

  it('drops scripts, styles and other invisible elements', () => {
    const html = `<html><head><style>p{color:red}</style><script>var 统计 = "代码";</script></head><body>
      <noscript>请启用脚本</noscript><template><p>模板文字</p></template><iframe src="x">框架</iframe>
      <svg><text>图形文字</text></svg><button>分享</button>${BODY}<script>document.write("广告")</script></body></html>`;
    expect(text(html)).toBe('现在，我代表市人民政府向大会报告工作，请予审议。\n\n一、2023年工作回顾');
  });

  it('drops page navigation, headers, footers, asides and forms, and says so', () => {
    const html = `<body><header>卫生健康委员会</header><nav><a href="/">首页</a> &gt; <a href="/news">工作动态</a></nav>
      ${BODY}<aside>相关文章</aside><form><input name="q"> 搜索</form><footer>版权所有 ©2019 备案号</footer></body>`;
    const read = readHtmlString(html, 'UTF-8');
    expect(read.text).toBe('现在，我代表市人民政府向大会报告工作，请予审议。\n\n一、2023年工作回顾');
    expect(read.messages).toEqual([expect.objectContaining({ rule: 'html-furniture', kind: 'removed', note: expect.stringContaining('5 处') })]);
  });

  it("drops a list of links outside <nav> (an old site's menu in a layout table, other pages' titles) and says so", () => {
    const menu = '<ul><li><a href="/a">通知公告</a></li><li><a href="/b">工作动态</a></li></ul>';
    const related = '<ol><li><a href="/1">全省卫生健康工作会议召开</a> | </li><li><a href="/2">国家卫生健康委召开新闻发布会</a></li></ol>';
    const read = readHtmlString(`<table><tr><td>${menu}</td><td>${BODY}${related}</td></tr></table>`, 'UTF-8');
    expect(read.text).toBe('现在，我代表市人民政府向大会报告工作，请予审议。\n\n一、2023年工作回顾');
    expect(read.messages).toEqual([expect.objectContaining({ rule: 'html-furniture', note: expect.stringContaining('2 处') })]);
    // A list of text stays, and so does one whose items say more than their links.
    const kept = '<ul><li>门诊人次增长12%</li><li>住院人次增长8%</li></ul><ul><li><a href="/x">附件1</a>：2024年工作要点</li><li><a href="/y">附件2</a>：任务分工</li></ul>';
    expect(text(kept)).toBe('门诊人次增长12%\n\n住院人次增长8%\n\n附件1：2024年工作要点\n\n附件2：任务分工');
  });

  it('drops hidden elements (where injected spam hides) and says so', () => {
    const read = readHtmlString(`<div style="display: none">澳门赌场网址</div><p hidden>隐藏</p>${BODY}`, 'UTF-8');
    expect(read.text).not.toMatch(/赌场|隐藏/);
    expect(read.messages).toEqual([expect.objectContaining({ rule: 'html-hidden', note: expect.stringContaining('2 处') })]);
  });

  it('reads an article the page hides until a script shows it, and says so', () => {
    const article = `<div id="js_content" style="visibility: hidden; opacity: 0;">${BODY}<p>会议要求，各单位要抓好落实，确保各项任务按期完成。</p></div>`;
    const read = readHtmlString(`<h1>工作报告</h1><div style="display:none">广告</div>${article}<p>预览时标签不可点</p>`, 'UTF-8');
    expect(read.text).toBe('工作报告\n\n现在，我代表市人民政府向大会报告工作，请予审议。\n\n一、2023年工作回顾\n\n会议要求，各单位要抓好落实，确保各项任务按期完成。\n\n预览时标签不可点');
    expect(read.messages.map((message) => message.rule)).toEqual(['html-revealed', 'html-hidden']);
    // Hidden text shorter than what the page shows stays hidden.
    expect(text(`<div style="visibility:hidden">隐藏的关键词堆砌</div>${BODY}`)).not.toContain('隐藏');
  });

  it('makes block elements paragraphs and keeps inline elements inline', () => {
    const html = '<h1>工作报告</h1><div><p>卫生<strong>健康</strong><a href="#">委员会</a><span>召开会议</span></p><ul><li>第一项</li><li>第二项</li></ul></div><blockquote>引文</blockquote>';
    expect(text(html).split('\n\n')).toEqual(['工作报告', '卫生健康委员会召开会议', '第一项', '第二项', '引文']);
  });

  it('makes <br> a line break and a double <br> a paragraph break', () => {
    expect(text('<p>第一行<br>第二行<br/><br>第二段</p>')).toBe('第一行\n第二行\n\n第二段');
  });

  it('joins source line breaks between Chinese characters without a space, and keeps a space between words', () => {
    expect(text('<p>全市地区\n  生产总值\n971.3亿元，GDP\ngrowth</p>')).toBe('全市地区生产总值 971.3亿元，GDP growth');
  });

  it('makes table rows paragraphs and separates cells by a space', () => {
    const html = '<table><tr><th>指标</th><th>数值</th></tr><tr><td>床位数</td><td>1200张</td></tr></table>';
    expect(text(html)).toBe('指标 数值\n\n床位数 1200张');
  });

  it("keeps a row of a Word table on one line, though Word sets a paragraph in every cell", () => {
    const html = '<table><tr><td><p>指标</p></td><td><p>本年</p></td></tr><tr><td><p>门诊人次（万）</p></td><td><p>131.2</p></td></tr></table>';
    expect(text(html)).toBe('指标 本年\n\n门诊人次（万） 131.2');
  });

  it('sets the paragraphs and list items of one short cell a space apart, not run together', () => {
    const html = '<table><tr><td><p>张晓明</p><p>李建国</p></td><td><ul><li>通知公告</li><li>工作动态</li></ul></td></tr></table>';
    expect(text(html)).toBe('张晓明 李建国 通知公告 工作动态');
  });

  it('keeps the paragraphs of an article a page lays out in a table cell', () => {
    const first = '3月1日，全县卫生健康工作会议召开，会议总结了去年工作，部署了今年的重点任务。';
    const html = `<table><tr><td><p>${first}</p><p>会议要求，各单位要抓好落实。</p></td></tr></table>`;
    expect(text(html)).toBe(`${first}\n\n会议要求，各单位要抓好落实。`);
  });

  it("keeps a paragraph's full-width indentation, which tells paragraph starts in hard-wrapped text", () => {
    expect(text('<p>\u3000\u3000根据市政府办公厅要求，我们重点对照日常</p><p>履职清单逐项梳理年度任务完成情况。</p><p>  ordinary spaces go  </p>')).toBe(
      '\u3000\u3000根据市政府办公厅要求，我们重点对照日常\n\n履职清单逐项梳理年度任务完成情况。\n\nordinary spaces go',
    );
  });

  it('keeps the line breaks of <pre>', () => {
    expect(text('<pre>第一行\n第二行</pre>')).toBe('第一行\n第二行');
  });

  it('drops footnote back-links', () => {
    expect(text('<ol><li id="footnote-1"><p>注释文字 <a href="#footnote-ref-1">↑</a></p></li></ol>')).toBe('注释文字');
  });
});

describe('main content', () => {
  const furniture = '<div class="menu"><a>首页</a><a>机构概况</a><a>政务公开</a></div>';
  const article = `<article><h1>年度工作报告</h1>${BODY.repeat(3)}</article>`;

  it('keeps only a single <article> that holds most of the text, and says so', () => {
    const read = readHtmlString(`<body>${furniture}${article}<div>相关阅读：其他新闻</div></body>`, 'UTF-8');
    expect(read.text.split('\n\n')[0]).toBe('年度工作报告');
    expect(read.text).not.toMatch(/首页|相关阅读/);
    expect(read.messages).toEqual([expect.objectContaining({ rule: 'html-main-content', kind: 'removed', note: expect.stringContaining('2 行') })]);
  });

  it('keeps the whole body when there are several articles', () => {
    const read = readHtmlString(`<body>${furniture}${article}<article><p>另一篇文章的摘要</p></article></body>`, 'UTF-8');
    expect(read.text).toMatch(/^首页 ?机构概况/);
    expect(read.text).toContain('另一篇文章的摘要');
  });

  it('keeps the whole body when the article holds little of the text', () => {
    const read = readHtmlString(`<body><article><p>图片新闻</p></article>${BODY.repeat(3)}</body>`, 'UTF-8');
    expect(read.text).toMatch(/^图片新闻/);
    expect(read.messages).toEqual([]);
  });

  it('uses a single <main> when there is no article', () => {
    expect(readHtmlString(`<body>${furniture}<main>${BODY}</main></body>`, 'UTF-8').text).toMatch(/^现在，/);
  });
});

describe('hints', () => {
  const page = `<html><head>
    <title>2024年卫生健康工作总结_工作动态_某市卫生健康委员会</title>
    <meta property="og:title" content="2024年卫生健康工作总结">
    <meta property="og:site_name" content="某市卫生健康委员会">
    <meta name="ArticleTitle" content="2024年卫生健康工作总结">
    <meta name="PubDate" content="2025-01-06 09:30">
    <meta name="ContentSource" content="办公室">
    <meta name="author" content="張偉">
    <meta property="article:published_time" content="2025-01-05T10:00:00+08:00">
    <meta property="og:url" content="https://example.gov.cn/art/2025/1/5/art_1.html">
    <link rel="canonical" href="https://example.gov.cn/art/2025/1/5/art_1.html">
    </head><body><h1>某市卫生健康委员会</h1>${BODY}</body></html>`;

  it('collects titles best first, without site names, deduplicated', () => {
    expect(readHtmlString(page, 'UTF-8').hints.titles).toEqual(['2024年卫生健康工作总结']);
    const plain = '<title>院长在年度工作会议上的讲话 - 某某医院</title><h1>院长在年度工作会议上的讲话（全文）</h1>';
    expect(readHtmlString(plain, 'UTF-8').hints.titles).toEqual(['院长在年度工作会议上的讲话（全文）', '院长在年度工作会议上的讲话']);
  });

  it("takes no site's name for a headline, stated or not", () => {
    // A site whose pages are all titled with its name, or a page title with no headline before the site's.
    expect(readHtmlString(`<title>某某卫生健康信息门户网站</title>${BODY}`, 'UTF-8').hints.titles).toEqual([]);
    expect(readHtmlString(`<title>_某市卫生健康委员会</title>${BODY}`, 'UTF-8').hints.titles).toEqual([]);
  });

  it("takes no site's logo or column set as the first heading, nor the site's name as og:title, for a headline", () => {
    expect(readHtmlString(`<header><h1 class="logo">某某市卫生健康委员会</h1></header>${BODY}`, 'UTF-8').hints.titles).toEqual([]);
    expect(readHtmlString(`<h1>工作动态</h1>${BODY}`, 'UTF-8').hints.titles).toEqual([]);
    expect(readHtmlString(`<meta property="og:title" content="某某市卫生健康委员会门户网站">${BODY}`, 'UTF-8').hints.titles).toEqual([]);
    expect(readHtmlString(`<h1>全县卫生健康工作会议召开</h1>${BODY}`, 'UTF-8').hints.titles).toEqual(['全县卫生健康工作会议召开']);
  });

  it('takes no column for a headline when the page title was made without one', () => {
    expect(readHtmlString(`<title> | 健康资讯 | 某某健康网</title>${BODY}`, 'UTF-8').hints.titles).toEqual([]);
    expect(readHtmlString(`<title>卫健要闻 | 某某健康网</title>${BODY}`, 'UTF-8').hints.titles).toEqual([]);
    expect(readHtmlString(`<title>工作動態_某某衛生健康委員會</title>${BODY}`, 'UTF-8').hints.titles).toEqual([]);
    expect(readHtmlString(`<title>某某健康网 - 全县卫生健康工作会议召开</title>${BODY}`, 'UTF-8').hints.titles).toEqual(['全县卫生健康工作会议召开']);
  });

  it('takes no sentence set as the title or heading for a headline', () => {
    const html = `<title>1月18日，全省卫生健康工作会议在福州召开。副省长出席会议</title><h1>奋进新征程！再创新佳绩</h1>${BODY}`;
    expect(readHtmlString(html, 'UTF-8').hints.titles).toEqual(['奋进新征程！再创新佳绩']);
  });

  it('keeps a subtitle dash inside the title and ignores a whole paragraph marked up as <h1>', () => {
    const html = `<title>凝心聚力 奋勇争先——在全市卫生健康工作会议上的讲话|某市人民政府</title><h1>${'正文'.repeat(60)}</h1>`;
    expect(readHtmlString(html, 'UTF-8').hints.titles).toEqual(['凝心聚力 奋勇争先——在全市卫生健康工作会议上的讲话']);
  });

  it('collects sites, authors (Simplified), dates and URLs', () => {
    const { hints } = readHtmlString(page, 'UTF-8');
    expect(hints.sites).toEqual(['办公室', '某市卫生健康委员会']);
    expect(hints.authors).toEqual(['张伟']);
    expect(hints.dates).toEqual(['2025-01-05', '2025-01-06']);
    expect(hints.urls).toEqual(['https://example.gov.cn/art/2025/1/5/art_1.html']);
  });

  it('normalises dates', () => {
    expect(normaliseDate('2024-01-05T10:00:00Z')).toBe('2024-01-05');
    expect(normaliseDate('2024/1/5 10:21')).toBe('2024-01-05');
    expect(normaliseDate('2024年1月5日')).toBe('2024-01-05');
    expect(normaliseDate('20240105')).toBe('2024-01-05');
    expect(normaliseDate('2024-03')).toBe('2024-03');
    expect(normaliseDate('2024-02-30')).toBeUndefined();
    expect(normaliseDate('昨天')).toBeUndefined();
  });
});

describe('HTML encodings', () => {
  const page = (charsetMeta: string, body: string) => `<html><head>${charsetMeta}<title>工作总结</title></head><body><p>${body}</p></body></html>`;
  const simplified = '盐湖区医疗集团召开2024年度工作总结暨表彰大会，推动优质医疗资源扩容下沉。';
  const traditional = '衛生福利部召開年度工作檢討會議，部長強調要強化基層醫療體系。';

  it('reads a page that declares GBK in <meta charset>', () => {
    const read = readHtml(iconv.encode(page('<meta charset="gbk">', simplified), 'gbk'), 'page.html');
    expect(read).toMatchObject({ encoding: 'GB18030', text: simplified });
  });

  it('reads a page that declares gb2312 in http-equiv', () => {
    const meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">';
    expect(readHtml(iconv.encode(page(meta, simplified), 'gbk'), 'page.html')).toMatchObject({ encoding: 'GB18030', text: simplified });
  });

  it('reads a Big5 page, declared or not', () => {
    expect(readHtml(iconv.encode(page('<meta charset="big5">', traditional), 'big5'), 'page.html')).toMatchObject({ encoding: 'Big5', text: traditional });
    expect(readHtml(iconv.encode(page('', traditional), 'big5'), 'page.html')).toMatchObject({ encoding: 'Big5', text: traditional });
  });

  it('reads a page saved as UTF-8 that still declares GBK as UTF-8', () => {
    expect(readHtml(Buffer.from(page('<meta charset="gbk">', simplified)), 'page.html')).toMatchObject({ encoding: 'UTF-8', text: simplified });
  });

  it('lets a BOM win over the declaration', () => {
    const bytes = iconv.encode(page('<meta charset="gbk">', simplified), 'utf-16le', { addBOM: true });
    expect(readHtml(bytes, 'page.html')).toMatchObject({ encoding: 'UTF-16LE (BOM)', text: simplified });
  });
});
