/** Report pages in a real browser: both scripts, the switch, anchors, copying, literal text. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness/site-context.ts';

const site = useSite();

const SPEECH = '2024-yanhu-speech-6cf5f85f';
const HANT_ORIGINAL = '2025-zhashui-summary-357e50fc';
const TRAPS = '2024-zhuxi-news-15f4992e';
const CANONICAL = 'https://huibian.example.org';

/** Text of a paragraph without its ¶/copy tools. */
function paragraphText(page: Page, id: string): Promise<string> {
  return page.locator(`#${id}`).evaluate((element) => {
    const clone = element.cloneNode(true) as Element;
    for (const tools of clone.querySelectorAll('.ptools')) tools.remove();
    return clone.textContent ?? '';
  });
}

async function open(path: string, options?: Parameters<typeof site.newPage>[0]): Promise<Page> {
  const page = await site.newPage(options);
  const response = await page.goto(`${site.origin}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

const clipboard = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());

/**
 * Turns paragraph `selector` into one short line of text, `slack` px wider
 * than the text (0: the line is full), its tools after it; returns the text's
 * natural width and where the text and the tools are drawn.
 */
function oneLineParagraph(page: Page, selector: string, slack: number) {
  return page.locator(selector).evaluate((para, slack) => {
    const tools = para.querySelector('.ptools')!;
    para.replaceChildren('卫生健康工作会议', tools);
    para.style.textIndent = '0';
    const range = document.createRange();
    range.setStart(para, 0);
    range.setEnd(para, 1);
    const natural = range.getBoundingClientRect().width;
    para.style.width = `${Math.ceil(natural) + slack}px`;
    const { top, bottom, width } = range.getBoundingClientRect();
    const box = tools.getBoundingClientRect();
    return { natural, text: { top, bottom, width }, tools: { top: box.top, bottom: box.bottom } };
  }, slack);
}

describe('both scripts', () => {
  it('render a Simplified original in Simplified and converted to Traditional', async () => {
    const hans = await open(`/zh-hans/reports/${SPEECH}/`);
    expect(await hans.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await hans.textContent('h1')).toBe('在2024年全区卫生健康工作会议上的讲话');
    const hant = await open(`/zh-hant/reports/${SPEECH}/`);
    expect(await hant.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(await hant.textContent('h1')).toBe('在2024年全區衛生健康工作會議上的講話');
    // Surnames and known conversion errors are corrected.
    expect(await paragraphText(hant, 'p-0d3e4f')).toContain('范海峰同志通報了全區醫療機構運行情況，余主任');
    expect(await paragraphText(hant, 'p-8f3k2a')).toContain('折合佔比');
    expect(await hant.textContent('.report-meta')).toContain('運城市鹽湖區衛生健康局');
  });

  it('show a Traditional original from the original text, and convert it for Simplified', async () => {
    const source = readFileSync(`tests/fixtures/site/reports/${HANT_ORIGINAL}.mdx`, 'utf8');
    const original = /<P id="p-4b7d1e">\s*([\s\S]*?)\s*<\/P>/.exec(source)?.[1];
    const hant = await open(`/zh-hant/reports/${HANT_ORIGINAL}/`);
    expect(await paragraphText(hant, 'p-4b7d1e')).toBe(original);
    expect(await hant.locator('.converted-note').count()).toBe(0);
    const hans = await open(`/zh-hans/reports/${HANT_ORIGINAL}/`);
    expect(await paragraphText(hans, 'p-4b7d1e')).toContain('着力以“建强龙头”提升县级医疗能力');
    expect(await hans.locator('.converted-note').count()).toBe(1);
  });

  it('link each page to its twin', async () => {
    const page = await open(`/zh-hans/reports/${SPEECH}/`);
    expect(await page.getAttribute('link[hreflang="zh-Hant"]', 'href')).toBe(`${CANONICAL}/zh-hant/reports/${SPEECH}/`);
    expect(await page.getAttribute('link[hreflang="zh-Hans"]', 'href')).toBe(`${CANONICAL}/zh-hans/reports/${SPEECH}/`);
    expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBe('在2024年全区卫生健康工作会议上的讲话');
    expect(await page.getAttribute('meta[property="og:type"]', 'content')).toBe('article');
  });

  it('switch script on the same report and paragraph, and remember the choice', async () => {
    const page = await open(`/zh-hans/reports/${SPEECH}/#p-8f3k2a`);
    await page.click('.script-switch a[lang="zh-Hant"]');
    await page.waitForURL(`**/zh-hant/reports/${SPEECH}/#p-8f3k2a`);
    expect(await page.evaluate(() => localStorage.getItem('huibian-script'))).toBe('hant');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-8f3k2a');
    await page.goto(`${site.origin}/`);
    await page.waitForURL(`${site.origin}/zh-hant/`);
  });
});

describe('anchors and copying', () => {
  it('anchor every paragraph and heading with a unique stable id', async () => {
    const page = await open(`/zh-hans/reports/${SPEECH}/`);
    const ids = await page.$$eval('.report-body .para, .report-body .body-heading', (blocks) => blocks.map((b) => b.id));
    expect(ids).toHaveLength(16);
    expect(new Set(ids).size).toBe(16);
    for (const id of ids) expect(id).toMatch(/^p-[a-z0-9]+$/);
    const toc = await page.$$eval('.toc a', (links) => links.map((a) => a.getAttribute('href')));
    expect(toc).toEqual(['#p-k3x9a2', '#p-m2n4b6', '#p-r1t2y3', '#p-p7a8s9', '#p-h4j5k6', '#p-l7z8x9', '#p-n4m5q6']);
  });

  it('show the ¶ link on hover and on focus, and copy the paragraph URL', async () => {
    const page = await open(`/zh-hans/reports/${SPEECH}/`);
    const tools = page.locator('#p-8f3k2a .ptools');
    expect(await tools.evaluate((e) => getComputedStyle(e).opacity)).toBe('0');
    await page.hover('#p-8f3k2a');
    await expect.poll(() => tools.evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
    await page.mouse.move(0, 0);
    await page.focus('#p-q7w8e9 a.pl');
    await expect.poll(() => page.locator('#p-q7w8e9 .ptools').evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
    await page.click('#p-8f3k2a a.pl');
    await expect.poll(() => clipboard(page)).toBe(`${CANONICAL}/zh-hans/reports/${SPEECH}/#p-8f3k2a`);
    expect(new URL(page.url()).hash).toBe('#p-8f3k2a');
    expect(await page.textContent('[data-copy-status]')).toBe('已复制到剪贴板');
  });

  it('keep the tools on a paragraph\'s last line even when the text fills it (no empty-looking line)', async () => {
    const page = await open(`/zh-hans/reports/${SPEECH}/`);
    const line = await oneLineParagraph(page, '#p-8f3k2a', 0);
    const toolsMiddle = (line.tools.top + line.tools.bottom) / 2;
    expect(toolsMiddle).toBeGreaterThan(line.text.top);
    expect(toolsMiddle).toBeLessThan(line.text.bottom);
  });

  it('on a touch screen, do not spread a paragraph\'s last line when its tools go below it', async () => {
    const page = await open(`/zh-hans/reports/${SPEECH}/`, { viewport: { width: 360, height: 740 }, touch: true });
    // Room for the text, not for the tools after it.
    const line = await oneLineParagraph(page, '#p-8f3k2a', 8);
    expect(line.tools.top).toBeGreaterThan(line.text.bottom - 2);
    expect(line.text.width).toBeLessThan(line.natural + 1);
  });

  it('copy a passage with its short attribution and URL, in the page script', async () => {
    const page = await open(`/zh-hant/reports/${SPEECH}/`);
    await page.hover('#p-u4i5o6');
    await page.click('#p-u4i5o6 button.pc');
    await expect
      .poll(() => clipboard(page))
      .toBe(
        [
          '基本公共衛生服務項目人均補助標準提高到89元，家庭醫生簽約服務覆蓋率達到45%，重點人群簽約率達到75%。',
          '——《在2024年全區衛生健康工作會議上的講話》（運城市鹽湖區衛生健康局，2024年2月20日）',
          `${CANONICAL}/zh-hant/reports/${SPEECH}/#p-u4i5o6`,
        ].join('\n'),
      );
  });

  it('copy the GB/T 7714 reference with today as the access date', async () => {
    const page = await open(`/zh-hans/reports/${SPEECH}/`);
    await page.click('[data-copy-cite]');
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    await expect
      .poll(() => clipboard(page))
      .toBe(
        `范海峰. 在2024年全区卫生健康工作会议上的讲话[R/OL]. (2024-02-20)[${today}]. ${CANONICAL}/zh-hans/reports/${SPEECH}/`,
      );
    const hant = await open(`/zh-hant/reports/${HANT_ORIGINAL}/`);
    await hant.click('[data-copy-cite]');
    await expect
      .poll(() => clipboard(hant))
      .toBe(`柞水縣衛生健康局黨委. （無題）柞水縣衛生健康局黨委 · 工作總結 · 2025[R/OL]. [${today}]. ${CANONICAL}/zh-hant/reports/${HANT_ORIGINAL}/`);
  });

  it('fall back to the build date without JavaScript, and hide the copy buttons', async () => {
    const page = await open(`/zh-hans/reports/${SPEECH}/`, { javaScriptEnabled: false });
    expect(await page.textContent('[data-accessed]')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.isVisible('[data-copy-cite]')).toBe(false);
    expect(await page.locator('button.pc').first().evaluate((e) => getComputedStyle(e).display)).toBe('none');
    expect(await page.isVisible('#p-8f3k2a')).toBe(true);
  });

  it('place quality notes beside the paragraphs they concern', async () => {
    const page = await open(`/zh-hans/reports/${HANT_ORIGINAL}/`);
    expect(await page.textContent('.noted:has(#p-9c2f6a) .qnotes')).toContain('原文此处有字符丢失');
    expect(await page.$$eval('#quality li', (items) => items.length)).toBe(3);
    const para = await page.locator('#p-9c2f6a').boundingBox();
    const note = await page.locator('.noted:has(#p-9c2f6a) .qnotes').boundingBox();
    // Wide screen: in the right margin, level with the paragraph.
    expect(note && para && note.x).toBeGreaterThan((para?.x ?? 0) + (para?.width ?? 0));
    expect(Math.abs((note?.y ?? 0) - (para?.y ?? 0))).toBeLessThan(20);
  });
});

describe('text stays text', () => {
  it('shows trap text literally and runs nothing from the source', async () => {
    const page = await site.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${site.origin}/zh-hans/reports/${TRAPS}/`);
    const body = await page.locator('.report-body').evaluate((element) => {
      const clone = element.cloneNode(true) as Element;
      for (const tools of clone.querySelectorAll('.ptools, .qnotes')) tools.remove();
      return clone.textContent ?? '';
    });
    for (const literal of [
      '控制在<5%',
      '代号{X}须',
      '2019~2023年…2024~2025年',
      '3*4*5个',
      '<script>alert(1)</script>仍应原样显示',
      'import x from "y"，这一行以 import 开头',
      'a & b &amp; c',
      '一、<2024>年重点任务',
    ]) {
      expect(body).toContain(literal);
    }
    expect(await page.locator('.report-body :is(script, del, s, em, strong, blockquote, ol, ul, code)').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
