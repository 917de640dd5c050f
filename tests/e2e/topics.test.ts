/**
 * Topic and formulation pages in a real browser, both scripts, on a fixture
 * of three reports (one of them Traditional) that share a topic, formulations
 * and a passage; the curated topics of content/topics apply, and the
 * fixture's own curation of formulations.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formulationSlug } from '../../src/utils/topics/formulations.ts';
import { seriousAxeViolations } from './harness/browser.ts';
import { useSite } from './harness/site-context.ts';

const site = useSite('tests/fixtures/topics');

const HANT = '2023-hangzhou-report-a1b2c3d4';
const SPEECH = '2024-hefei-speech-e5f6a7b8';
const SUMMARY = '2024-zhejiang-summary-c9d0e1f2';
const CANONICAL = 'https://huibian.example.org';

async function open(path: string, options?: { viewport: { width: number; height: number } }): Promise<Page> {
  const page = await site.newPage(options);
  const response = await page.goto(`${site.origin}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** Ids of the reports a page quotes, in order (from each source's link to its report). */
function quotedReports(page: Page): Promise<string[]> {
  return page.$$eval('.passage-source > .passage-meta > a', (links) => links.map((link) => link.getAttribute('href')!.split('/').at(-2)!));
}

/** Label → value of every bar of a chart, as the reader sees them (each row: label, bar, count). */
function bars(page: Page, chart: string): Promise<Record<string, number>> {
  return page.$$eval(`svg[data-chart="${chart}"] g`, (rows) =>
    Object.fromEntries(rows.map((row) => [row.querySelector('text:first-child')?.textContent, Number(row.querySelector('text:last-of-type')?.textContent)])),
  );
}

/** Every paragraph link of a page's passages lands on an element with that id on its report page. */
async function expectAnchorsExist(page: Page): Promise<number> {
  const hrefs = await page.$$eval('.passage a.pl', (links) => links.map((link) => link.getAttribute('href') ?? ''));
  for (const href of hrefs) {
    const [path, anchor] = href.split('#');
    const report = await open(path!);
    expect(await report.locator(`[id="${anchor}"]`).count(), href).toBe(1);
    await report.close();
  }
  return hrefs.length;
}

describe('topic index', () => {
  it('lists every topic with its report count, grouped, in both scripts', async () => {
    const hans = await open('/zh-hans/topics/');
    expect(await hans.locator('.topic-list li').count()).toBeGreaterThanOrEqual(20);
    expect(await hans.locator('h2').count()).toBeGreaterThanOrEqual(5);
    const community = hans.locator('[data-topic="county-medical-community"]');
    expect(await community.locator('a').textContent()).toBe('医共体建设');
    expect(await community.locator('.topic-count').getAttribute('data-count')).toBe('2');
    const hant = await open('/zh-hant/topics/');
    expect(await hant.locator('[data-topic="county-medical-community"] a').textContent()).toBe('醫共體建設');
    expect(await hant.locator('[data-topic="county-medical-community"] .topic-count').textContent()).toBe('2 篇報告');
  });
});

describe('a topic page', () => {
  it('shows passages of Simplified and Traditional reports, grouped by year then region, with working paragraph links', async () => {
    for (const script of ['zh-hans', 'zh-hant']) {
      const page = await open(`/${script}/topics/county-medical-community/`);
      const years = await page.$$eval('.passage-year > h3', (headings) => headings.map((h) => h.textContent));
      expect(years).toEqual(['2024', '2023']);
      const sources = await quotedReports(page);
      expect(sources).toEqual([SPEECH, HANT]);
      expect(await page.locator('.subject-reports li').count()).toBe(2);
      expect(await expectAnchorsExist(page)).toBe(2);
    }
    const hant = await open('/zh-hant/topics/county-medical-community/');
    expect(await hant.locator('h1').textContent()).toBe('醫共體建設');
    expect(await hant.locator('.passage-region h4').allTextContents()).toEqual(['安徽省', '浙江省']);
    expect(await hant.locator('.passage').first().textContent()).toContain('推進縣域醫共體建設');
  });

  it('marks the topic terms in its passages, in both scripts', async () => {
    // The longest term wins where terms overlap: 紧密型县域医共体 holds 医共体.
    const hans = await open('/zh-hans/topics/county-medical-community/');
    expect(await hans.locator(`.passage-source:has(> .passage-meta > a[href$="/${HANT}/"]) .passage mark`).first().textContent()).toBe('紧密型县域医共体');
    for (const [script, term] of [['zh-hans', '医共体'], ['zh-hant', '醫共體']] as const) {
      const page = await open(`/${script}/topics/county-medical-community/`);
      const marks = await page.locator('.passage mark').allTextContents();
      expect(marks.length).toBeGreaterThanOrEqual(2);
      for (const mark of marks) expect(mark).toContain(term);
    }
  });

  it('draws the counts per year and per province as accessible SVG charts', async () => {
    const page = await open('/zh-hans/topics/county-medical-community/');
    expect(await bars(page, 'chart-years')).toEqual({ '2023': 1, '2024': 1 });
    expect(await bars(page, 'chart-provinces')).toEqual({ 安徽省: 1, 浙江省: 1 });
    const svg = page.locator('svg[data-chart="chart-years"]');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.locator('title').textContent()).toBe('各年份报告数');
    expect(await svg.locator('desc').textContent()).toContain('2023 1');
    const hant = await open('/zh-hant/topics/county-medical-community/');
    expect(await hant.locator('svg[data-chart="chart-provinces"] title').textContent()).toBe('各省份報告數');
  });

  it('shows the charts\' labels at a readable size on a desktop and on a phone', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
      const page = await open('/zh-hans/topics/county-medical-community/', { viewport });
      // The SVG scales to its box, its text with it: the size a label is drawn at.
      const sizes = await page.$$eval('svg[data-chart] text', (labels) =>
        labels.map((label) => {
          const svg = (label as SVGTextElement).ownerSVGElement!;
          return (parseFloat(getComputedStyle(label).fontSize) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
        }),
      );
      expect(sizes.length, `${viewport.width}px`).toBeGreaterThan(0);
      expect(Math.min(...sizes), `${viewport.width}px`).toBeGreaterThanOrEqual(12);
    }
  });

  it('copies a passage with its source and the paragraph URL of its report', async () => {
    const page = await open('/zh-hans/topics/county-medical-community/');
    const passage = page.locator(`.passage-source:has(> .passage-meta > a[href$="/${HANT}/"]) .passage`).first();
    await passage.hover();
    await passage.locator('button.pc').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('——《2023年杭州市卫生健康工作报告》');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split('\n');
    expect(lines[0]).toContain('深化紧密型县域医共体建设');
    expect(lines[2]).toBe(`${CANONICAL}/zh-hans/reports/${HANT}/#p-ha0001`);
  });

  it('links related topics', async () => {
    const page = await open('/zh-hans/topics/county-medical-community/');
    const related = await page.$$eval('nav[aria-labelledby="related-heading"] a', (links) => links.map((link) => link.getAttribute('href')));
    expect(related).toContain('/zh-hans/topics/primary-care/');
  });

  it('names the formulations that hold its terms, and each formulation its topics, in both scripts', async () => {
    const formulations = (page: Page) =>
      page.$$eval('nav[aria-labelledby="formulations-heading"] li', (items) => items.map((item) => [item.textContent, item.querySelector('a')!.getAttribute('href')]));
    expect(await formulations(await open('/zh-hant/topics/county-medical-community/'))).toEqual([
      ['縣域醫共體2 篇報告', `/zh-hant/formulations/${formulationSlug('县域医共体')}/`],
    ]);
    expect(await formulations(await open('/zh-hans/topics/integrity/'))).toEqual([['一岗双责2 篇报告', `/zh-hans/formulations/${formulationSlug('一岗双责')}/`]]);
    expect(await formulations(await open('/zh-hans/topics/patriotic-health/'))).toEqual([['爱国卫生运动1 篇报告', `/zh-hans/formulations/${formulationSlug('爱国卫生运动')}/`]]);
    expect(await formulations(await open('/zh-hans/topics/mental-health/'))).toEqual([]);
    const community = await open(`/zh-hans/formulations/${formulationSlug('县域医共体')}/`);
    expect(await community.$$eval('nav[aria-labelledby="topics-heading"] a', (links) => links.map((link) => [link.textContent, link.getAttribute('href')]))).toEqual([
      ['医共体建设', '/zh-hans/topics/county-medical-community/'],
    ]);
  });
});

describe('report pages', () => {
  it('list the topics a report touches', async () => {
    const page = await open(`/zh-hant/reports/${SPEECH}/`);
    const topics = await page.$$eval('.report-topics a', (links) => links.map((link) => link.getAttribute('data-topic')));
    expect(topics).toEqual(expect.arrayContaining(['county-medical-community', 'integrity', 'patriotic-health', 'quality-resources']));
  });

  it('link a passage that reappears elsewhere to the other occurrence, with its year and region', async () => {
    const page = await open(`/zh-hans/reports/${SPEECH}/`);
    const links = page.locator('#p-hb0002 + .parallels a');
    expect(await links.count()).toBe(1);
    expect(await links.getAttribute('href')).toBe(`/zh-hans/reports/${HANT}/#p-ha0002`);
    expect(await links.textContent()).toBe('2023 · 浙江省杭州市');
    expect(await page.locator('#p-hb0001 + .parallels').count()).toBe(0);
    const hant = await open(`/zh-hant/reports/${HANT}/`);
    expect(await hant.locator('#p-ha0002 + .parallels a').textContent()).toBe('2024 · 安徽省合肥市');
  });
});

describe('formulations', () => {
  it('list formulations of two reports or more and the curated ones, across scripts, sortable by frequency and by first appearance', async () => {
    const page = await open('/zh-hans/formulations/');
    const rows = () => page.$$eval('tbody tr', (list) => list.map((row) => row.querySelector('th a')?.textContent));
    // Most used first; ties go by first year, then by key. The fixture's curation
    // (tests/fixtures/topics/formulations.yml) adds 县域医共体 and 爱国卫生运动 (one
    // report, unquoted) and hides 1+1+X.
    expect(await rows()).toEqual(['一岗双责', '县域医共体', '三重一大', '爱国卫生运动']);
    expect(await page.locator('tbody th:has(.formulation-curated) a').allTextContents()).toEqual(['县域医共体', '爱国卫生运动']);
    await page.click('button[data-sort="first"]');
    const byFirst = await page.$$eval('tbody tr', (list) => list.map((row) => Number(row.getAttribute('data-first'))));
    expect(byFirst).toEqual([...byFirst].sort((a, b) => a - b));
    expect(await page.getAttribute('button[data-sort="first"]', 'aria-pressed')).toBe('true');
    const hant = await open('/zh-hant/formulations/');
    expect(await hant.locator('tbody th a').allTextContents()).toContain('一崗雙責');
    expect(await hant.locator('.formulation-curated').first().textContent()).toBe('編者收錄');
  });

  it('filter as the reader types part of a formulation, in either script, and say how many are shown', async () => {
    const page = await open('/zh-hans/formulations/');
    const visible = () => page.locator('tbody tr:visible th a').allTextContents();
    const filter = page.getByRole('searchbox', { name: '查找' });
    await filter.fill('县域');
    expect(await visible()).toEqual(['县域医共体']);
    expect(await page.locator('[data-filter-count]').textContent()).toBe('显示 1 条');
    // Traditional typed on the Simplified page, with punctuation and width as search ignores them.
    await filter.fill('「醫共」');
    expect(await visible()).toEqual(['县域医共体']);
    await filter.fill('三重一大 ');
    expect(await visible()).toEqual(['三重一大']);
    await filter.fill('不存在');
    expect(await visible()).toEqual([]);
    expect(await page.locator('[data-filter-count]').textContent()).toBe('显示 0 条');
    await filter.fill('');
    expect(await visible()).toHaveLength(4);
    expect(await page.locator('[data-filter-count]').textContent()).toBe('');
    const hant = await open('/zh-hant/formulations/');
    await hant.getByRole('searchbox', { name: '查找' }).fill('一岗');
    expect(await hant.locator('tbody tr:visible th a').allTextContents()).toEqual(['一崗雙責']);
  });

  it('keep each row to two lines of provinces on a phone, and list them all on a wide screen', async () => {
    // The fixture's formulations are used in a province or two: give the first row the thirty of a nationwide one.
    // Lines shown, and whether any text is cut off (measured, not counted from glyph widths: they depend on the fonts installed).
    const provinceLines = (page: Page) =>
      page.$eval('tbody tr .formulation-provinces', (cell) => {
        cell.textContent = Array.from({ length: 30 }, (_, i) => `第${i + 1}个自治区`).join('、');
        const lines = Math.round(cell.getBoundingClientRect().height / parseFloat(getComputedStyle(cell).lineHeight));
        return { lines, cut: cell.scrollHeight > cell.clientHeight + 1 };
      });
    expect(await provinceLines(await open('/zh-hans/formulations/', { viewport: { width: 360, height: 740 } }))).toEqual({ lines: 2, cut: true });
    const wide = await provinceLines(await open('/zh-hans/formulations/', { viewport: { width: 1280, height: 900 } }));
    expect(wide.cut).toBe(false);
    expect(wide.lines).toBeGreaterThan(2);
  });

  it('give each formulation a stable page with its passages', async () => {
    const page = await open(`/zh-hant/formulations/${formulationSlug('三重一大')}/`);
    expect(await page.locator('h1').textContent()).toBe('三重一大');
    const sources = await quotedReports(page);
    expect(sources.sort()).toEqual([SPEECH, SUMMARY].sort());
    // Each passage is the sentence using the formulation, the formulation marked.
    expect(await page.locator('.passage mark').allTextContents()).toEqual(['三重一大', '三重一大']);
    expect(await page.locator('.subject-note').textContent()).toContain('使用該提法的一句');
    expect(await page.locator('.subject-curated').count()).toBe(0);
    expect(await expectAnchorsExist(page)).toBe(2);
  });

  it('give a curated formulation its note and every report containing it, in either script; a hidden one no page', async () => {
    const health = await open(`/zh-hant/formulations/${formulationSlug('爱国卫生运动')}/`);
    expect(await health.locator('h1').textContent()).toBe('愛國衛生運動');
    expect(await health.locator('.subject-curated').textContent()).toBe('編者收錄：群眾性衛生運動');
    expect(await quotedReports(health)).toEqual([SPEECH]);
    const community = await open(`/zh-hans/formulations/${formulationSlug('县域医共体')}/`);
    expect((await quotedReports(community)).sort()).toEqual([HANT, SPEECH].sort());
    expect(await community.locator('.passage mark').allTextContents()).toEqual(['县域医共体', '县域医共体']);
    expect(await expectAnchorsExist(community)).toBe(2);
    const hidden = await site.newPage();
    expect((await hidden.goto(`${site.origin}/zh-hans/formulations/${formulationSlug('11x')}/`))?.status()).toBe(404);
  });
});

describe('accessibility', () => {
  it('has no serious axe violations on topic and formulation pages, in light and dark', async () => {
    const paths = ['/zh-hans/topics/', '/zh-hant/topics/county-medical-community/', '/zh-hans/formulations/', `/zh-hant/formulations/${formulationSlug('三重一大')}/`];
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const path of paths) {
        const page = await site.newPage();
        await page.emulateMedia({ colorScheme });
        await page.goto(`${site.origin}${path}`);
        expect(await seriousAxeViolations(page), `${path} (${colorScheme})`).toEqual([]);
      }
    }
  });
});
