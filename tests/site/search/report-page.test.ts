import { describe, expect, it } from 'vitest';
import { readReportPage } from '../../../src/utils/search/report-page.ts';

const FACETS = { year: 2024, genre: ['speech', '讲话'], meetings: [] };

/** A report page as the site renders it, reduced to what search reads. */
function page(body: string, title = '<h1 data-search-field="title">在2024年全区卫生健康工作会议上的讲话</h1>'): string {
  return `<!doctype html><html lang="zh-Hans"><head><title>x &lt; y</title><script>if (a < b) document.write("<p class='para' id='p-x'>no</p>")</script></head>
<body><article class="report" data-search-facets="${JSON.stringify(FACETS).replace(/"/g, '&quot;')}">${title}
<dl class="report-meta"><div><dt>日期</dt><dd data-search-field="date"><time datetime="2024-02-20">2024年2月20日</time></dd></div>
<div><dt>地区</dt><dd data-search-field="region"><a href="/r/1">山西省</a> › <a href="/r/2">运城市</a></dd></div>
<div><dt>原文编码</dt><dd>GB18030</dd></div></dl>
<nav class="toc"><a href="#p-k3x9a2">一、工作回顾</a></nav>
<div class="report-body">${body}</div></article></body></html>`;
}

describe('readReportPage', () => {
  it('reads the title, the marked metadata, the body blocks with anchors and the facets, without the tools or raw text', () => {
    const read = readReportPage(
      page(`<h2 id="p-k3x9a2" class="body-heading">一、工作回顾<span class="ptools" data-pagefind-ignore><a class="pl" href="#p-k3x9a2">¶</a></span></h2>
<div class="noted"><p id="p-8f3k2a" class="para">医共体建设
  全面推开，\\&lt;5%。<span class="ptools" data-pagefind-ignore><a href="#p-8f3k2a">¶</a><button type="button">复制</button></span></p>
<aside class="quality-notes"><p>存疑</p></aside></div>`),
    );
    expect(read.title).toBe('在2024年全区卫生健康工作会议上的讲话');
    expect(read.fields).toEqual([
      { name: 'title', text: '在2024年全区卫生健康工作会议上的讲话' },
      { name: 'date', text: '2024年2月20日' },
      { name: 'region', text: '山西省 › 运城市' },
    ]);
    expect(read.blocks).toEqual([
      { id: 'p-k3x9a2', kind: 'h', text: '一、工作回顾' },
      { id: 'p-8f3k2a', kind: 'p', text: '医共体建设 全面推开，\\<5%。' },
    ]);
    expect(read.facets).toEqual(FACETS);
  });

  it('skips the parallel-passage asides between paragraphs, and only those', () => {
    const aside = '<aside class="parallels">另见<ul><li><a href="/zh-hans/reports/a1/#p-1">2021 · 山东省</a></li><li>共 5 处</li></ul></aside>';
    const body = (between: string): string =>
      `<p id="p-1" class="para">医共体建设全面推开。</p>${between}<p id="p-2" class="para">&lt;aside class=&quot;parallels&quot;&gt;原文如此&lt;/aside&gt;</p>${between}`;
    const read = readReportPage(page(body(aside)));
    expect(read).toEqual(readReportPage(page(body(''))));
    expect(read.blocks.map((block) => block.text)).toEqual(['医共体建设全面推开。', '<aside class="parallels">原文如此</aside>']);
  });

  it('shows a derived title without making it searchable', () => {
    const read = readReportPage(page('', '<h1><span class="untitled">（无题）</span>柞水县卫生健康局 · 2025</h1>'));
    expect(read.title).toBe('（无题）柞水县卫生健康局 · 2025');
    expect(read.fields.map((field) => field.name)).toEqual(['date', 'region']);
  });

  it('fails on a page that is not a report page', () => {
    expect(() => readReportPage('<html><body><h1>汇编</h1></body></html>')).toThrow(/Not a report page/);
  });
});
