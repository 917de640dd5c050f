/**
 * Search in a real browser through the real built Pagefind bundles, on the
 * search fixture site (tests/fixtures/search), indexed in several bundles as
 * a large archive is: result counts against ground truth computed
 * independently (tests/support/search-ground-truth.ts), both scripts,
 * filters, sorting, paging, highlighting, paragraph links, the one-character
 * hint, the keyboard shortcut, the first search's preloaded files and the
 * links to the topic and formulation pages a query names (the curated topics
 * and formulations of content/ apply).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { toTraditional } from '../../src/lib/script.ts';
import { formulationSlug } from '../../src/utils/topics/formulations.ts';
import { seriousAxeViolations } from './harness/browser.ts';
import { useSite } from './harness/site-context.ts';
import { fold, matchingReports, reportTexts } from '../support/search-ground-truth.ts';

// About 1,400 index positions in bundles of at most 400: reports of several bundles, several reports per bundle.
const site = useSite('tests/fixtures/search', { HUIBIAN_SEARCH_BUNDLE_POSITIONS: '400' });

/** Queries with matches in the fixtures, each run in Simplified and in Traditional. */
const QUERIES = [
  '医共体',
  '紧密型县域医共体',
  '心电一张网',
  '优质服务基层行',
  '一岗双责',
  '卫生健康',
  '卫生健康 2024',
  '家庭医生签约',
  '医疗医保医药',
  '2024年',
  '2020年',
  '5G',
  '1+1+X',
  'his系统',
  'GDP',
  '显著',
  '着力',
  '王建国',
  '巩义市',
];

let texts: Map<string, string[]>;
beforeAll(() => {
  texts = reportTexts(site.dist);
  const catalog = JSON.parse(readFileSync(join(site.dist, 'search-data', 'catalog-hans.json'), 'utf8')) as { bundles: string[] };
  expect(catalog.bundles.length).toBeGreaterThan(2);
});

/** Waits until the page has finished its query (every shown result filled). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      ['done', 'hint', 'idle', 'error'].includes(document.querySelector<HTMLElement>('[data-search]')?.dataset.searchState ?? '') &&
      !document.querySelector('.search-result[aria-busy]'),
  );
}

async function openSearch(script: 'zh-hans' | 'zh-hant', query: string): Promise<Page> {
  const page = await site.newPage();
  await page.goto(`${site.origin}/${script}/search/?q=${encodeURIComponent(query)}`);
  await settled(page);
  return page;
}

async function submit(page: Page, query: string): Promise<void> {
  await page.fill('#page-q', query);
  await page.press('#page-q', 'Enter');
  await settled(page);
}

const count = async (page: Page): Promise<number> => Number(await page.getAttribute('[data-result-count]', 'data-result-count'));

/** Report ids of all results, loading every page of them. */
async function allResults(page: Page): Promise<string[]> {
  while (await page.locator('[data-search-more]').isVisible()) {
    await page.click('[data-search-more]');
    await settled(page);
  }
  return page.$$eval('.search-result-title a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[3]!));
}

describe('results against ground truth', () => {
  for (const script of ['zh-hans', 'zh-hant'] as const) {
    it(`are exactly the reports containing the query, Simplified and Traditional queries on ${script}`, async () => {
      const page = await openSearch(script, '');
      for (const query of QUERIES.flatMap((term) => [term, toTraditional(term)])) {
        await submit(page, query);
        const truth = matchingReports(texts, query);
        expect(truth.size, query).toBeGreaterThan(0);
        expect(await count(page), query).toBe(truth.size);
        expect(new Set(await allResults(page)), query).toEqual(truth);
      }
    });
  }

  it('do not match across paragraphs, and match across punctuation within one', async () => {
    const page = await openSearch('zh-hans', '医共体');
    const ids = await allResults(page);
    // “…紧密型县域医” ends a paragraph and “共体建设…” opens the next: no match there.
    expect(ids).not.toContain('2024-zhengzhou-news-a1000003');
    await submit(page, '心电一张网');
    expect(await allResults(page)).toContain('2024-zhengzhou-news-a1000003');
  });
});

describe('both scripts', () => {
  it('find reports of either original script and link to the pages of the reader’s script', async () => {
    const page = await openSearch('zh-hant', '医共体');
    const links = await page.$$eval('.search-result a', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((path) => path.startsWith('/zh-hant/reports/'))).toBe(true);
    const wuhan = page.locator('.search-result', { has: page.locator('a[href*="2023-wuhan-summary"]') });
    expect(await wuhan.locator('.search-passages mark').first().textContent()).toBe('醫共體');
    const simplified = await openSearch('zh-hans', '醫共體');
    expect(await allResults(simplified)).toContain('2024-taiyuan-speech-a1000001');
    expect(await simplified.locator('.search-passages mark').first().textContent()).toBe('医共体');
  });
});

describe('each result', () => {
  it('shows its matching paragraphs highlighted, each linking to its anchor, and counts the rest', async () => {
    const page = await openSearch('zh-hans', '医共体');
    const result = page.locator('.search-result', { has: page.locator('a[href*="2024-taiyuan-speech"]') });
    const passages = result.locator('.search-passages a');
    expect(await passages.count()).toBe(3);
    for (const mark of await result.locator('.search-passages mark').allTextContents()) expect(mark).toBe('医共体');
    expect(await result.locator('.search-result-more').textContent()).toContain('2');
    expect(await result.locator('.search-result-meta').textContent()).toContain('太原市卫生健康委员会');
    const href = await passages.nth(1).getAttribute('href');
    expect(href).toMatch(/^\/zh-hans\/reports\/2024-taiyuan-speech-a1000001\/#p-[0-9a-z]+$/);
    await passages.nth(1).click();
    await page.waitForURL(`**${href}`);
    const target = await page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
    expect(fold(target)).toContain('医共体');
  });

  it('highlights matches in the title and metadata', async () => {
    const page = await openSearch('zh-hans', '医共体');
    const gongyi = page.locator('.search-result', { has: page.locator('a[href*="2022-gongyi-news"]') });
    expect(await gongyi.locator('.search-result-meta mark').textContent()).toBe('医共体');
    await submit(page, '王建国');
    expect(await page.locator('.search-result-fields dt').textContent()).toBe('讲话人');
    expect(await page.locator('.search-result-fields mark').textContent()).toBe('王建国');
    await submit(page, '5G医疗');
    expect(await page.locator('.search-result-title mark').textContent()).toBe('5G+医疗');
    expect(await page.locator('.search-passages mark').first().textContent()).toBe('５Ｇ＋医疗');
  });
});

describe('filters, sorting and paging', () => {
  /** Truth counts per province: the reports whose region field names it. */
  const provinceCount = (query: string, province: string): number =>
    [...matchingReports(texts, query)].filter((id) => texts.get(id)!.some((text) => text.startsWith(fold(province)))).length;

  it('count each value over the results, narrow them, keep the state in the URL and go back', async () => {
    const page = await openSearch('zh-hans', '卫生健康');
    const total = await count(page);
    const henan = page.locator('[data-filter="province"] a[data-filter-value="410000"]');
    const shown = Number(await henan.locator('.search-filter-count').textContent());
    expect(shown).toBe(provinceCount('卫生健康', '河南省'));
    await henan.click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('province')).toBe('410000');
    expect(await count(page)).toBe(shown);
    expect(await page.locator('[data-filter="city"]').count()).toBe(1);
    const years = await page.$$eval('[data-filter="year"] a[data-filter-value]', (links) => links.map((link) => (link as HTMLElement).dataset.filterValue));
    expect(years).toEqual(['2024', '2022']);
    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('province')).toBeNull();
    expect(await count(page)).toBe(total);
  });

  it('on a phone, are a jump away from the results, and a filter brings its results into view', async () => {
    const desktop = await openSearch('zh-hans', '卫生健康');
    expect(await desktop.locator('.search-to-filters').isVisible()).toBe(false);
    const page = await site.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.origin}/zh-hans/search/?q=${encodeURIComponent('卫生健康')}`);
    await settled(page);
    const inView = (selector: string): Promise<boolean> =>
      page.$eval(selector, (element) => {
        const { top } = element.getBoundingClientRect();
        return top > -2 && top < innerHeight;
      });
    const searches = (): Promise<number> => page.evaluate(() => performance.getEntriesByName('huibian:search').length);
    expect(await inView('[data-search-filters]')).toBe(false);
    await page.click('.search-to-filters');
    expect(await inView('[data-search-filters]')).toBe(true);
    // Back over the jump: the same search, not run again.
    const before = await searches();
    await page.goBack();
    await page.waitForFunction(() => location.hash === '');
    expect(await searches()).toBe(before);
    await page.click('.search-to-filters');
    await page.click('[data-filter="province"] a[data-filter-value="410000"]');
    await settled(page);
    expect(await count(page)).toBe(provinceCount('卫生健康', '河南省'));
    expect(await inView('[data-result-count]')).toBe(true);
  });

  it('say when the filters, not the words, leave no result, and clear them', async () => {
    const page = await openSearch('zh-hans', '卫生健康');
    const total = await count(page);
    // A link kept from before, or a new query (it keeps the filters), can leave no result in them.
    await page.goto(`${site.origin}/zh-hans/search/?q=${encodeURIComponent('卫生健康')}&province=999999`);
    await settled(page);
    expect(await count(page)).toBe(0);
    expect(await page.textContent('.search-count')).toBe(`所选筛选条件下没有报告；不加筛选，共有 ${total} 篇报告包含这些词语。`);
    await page.click('.search-summary a:text("取消全部筛选")');
    await settled(page);
    expect(await count(page)).toBe(total);
    expect(new URL(page.url()).searchParams.get('province')).toBeNull();
  });

  it('sort by date, newest first, undated last', async () => {
    const page = await openSearch('zh-hans', '卫生健康');
    await page.click('.search-sort a:text("日期")');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('date');
    const ids = await allResults(page);
    expect(ids.at(-1)).toBe('undated-notice-a1000014');
    const years = ids.slice(0, -1).map((id) => Number(id.slice(0, 4)));
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('show ten results, then more until all are shown', async () => {
    const page = await openSearch('zh-hans', '卫生健康');
    expect(await count(page)).toBeGreaterThan(10);
    expect(await page.locator('.search-result').count()).toBe(10);
    expect(await allResults(page)).toHaveLength(await count(page));
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
  });
});

describe('the search page', () => {
  it('answers a one-character word with a hint, not partial results', async () => {
    const page = await openSearch('zh-hans', '医');
    expect(await page.locator('[data-search-status]').textContent()).toContain('单个字');
    expect(await page.locator('[data-result-count]').count()).toBe(0);
    await submit(page, '医共体 县');
    expect(await page.locator('[data-search-status]').textContent()).toContain('县');
    expect(await page.locator('.search-result').count()).toBe(0);
  });

  it('opens from any page with / or Ctrl-K', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/zh-hant/reports/2024-taiyuan-speech-a1000001/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-q');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-q');
  });

  it('preloads every file its first search loads but the query’s index chunks, each fetched once', async () => {
    const page = await site.newPage();
    const requested: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      requested.push(`${url.pathname}${url.search}`);
    });
    await page.goto(`${site.origin}/zh-hant/search/?q=${encodeURIComponent('醫共體')}`);
    await settled(page);
    expect(await count(page)).toBeGreaterThan(0);
    const preloaded = await page.$$eval('link[rel="preload"][as="fetch"]', (links) => links.map((link) => link.getAttribute('href')!));
    const { bundles } = JSON.parse(readFileSync(join(site.dist, 'search-data', 'catalog-hant.json'), 'utf8')) as { bundles: string[] };
    // The catalog, each bundle's entry and metadata, the WebAssembly.
    expect(preloaded).toHaveLength(2 + 2 * bundles.length);
    // A preload the page's request did not match would be fetched a second time.
    for (const href of preloaded) expect(requested.filter((url) => url === href), href).toHaveLength(1);
    const indexFiles = requested.filter((url) => /^\/(pagefind[^/]*\/(?!index\/|pagefind\.js$)|search-data\/catalog)/.test(url));
    expect(indexFiles.sort()).toEqual([...preloaded].sort());
  });

  it('preloads on the Traditional page exactly the modules a Traditional query adds, each fetched once', async () => {
    /** A search page's module preloads (but Pagefind's) and the scripts it requested for `query`. */
    const load = async (script: 'zh-hans' | 'zh-hant', query: string): Promise<{ preloaded: string[]; scripts: string[] }> => {
      const page = await site.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/_astro/') && pathname.endsWith('.js')) scripts.push(pathname);
      });
      await page.goto(`${site.origin}/${script}/search/?q=${encodeURIComponent(query)}`);
      await settled(page);
      expect(await count(page)).toBeGreaterThan(0);
      const preloaded = await page.$$eval('link[rel="modulepreload"]', (links) => links.map((link) => link.getAttribute('href')!));
      return { preloaded: preloaded.filter((href) => !href.startsWith('/pagefind')), scripts };
    };
    const traditional = await load('zh-hant', '醫共體');
    // The same page in Simplified, with a query needing no converter; it preloads none (a Traditional query is rare there).
    const simplified = await load('zh-hans', '医共体');
    expect(simplified.preloaded).toEqual([]);
    const converter = traditional.scripts.filter((file) => !simplified.scripts.includes(file));
    expect(converter.length).toBeGreaterThan(0);
    expect([...traditional.preloaded].sort()).toEqual([...converter].sort());
    for (const file of converter) expect(traditional.scripts.filter((url) => url === file), file).toHaveLength(1);
  });

  it('shows the count with the first result, never a list of empty items', async () => {
    const page = await site.newPage();
    // What the page shows after each batch of changes: the count, the items listed, those with their title.
    await page.addInitScript(() => {
      const shown: [string | null, number, number][] = [];
      (window as unknown as { shown: typeof shown }).shown = shown;
      new MutationObserver(() => {
        const items = document.querySelectorAll('[data-search-list] > li');
        const titled = [...items].filter((item) => item.querySelector('.search-result-title')?.textContent);
        shown.push([document.querySelector('[data-result-count]')?.getAttribute('data-result-count') ?? null, items.length, titled.length]);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(`${site.origin}/zh-hans/search/?q=${encodeURIComponent('医共体')}`);
    await settled(page);
    const shown = await page.evaluate(() => (window as unknown as { shown: [string | null, number, number][] }).shown);
    const withResults = shown.filter(([total, items]) => total !== null || items > 0);
    expect(withResults.length).toBeGreaterThan(0);
    for (const [total, items, titled] of withResults) {
      expect(total).toBe(String(await count(page)));
      expect(items).toBe(Math.min(10, await count(page)));
      expect(titled).toBeGreaterThan(0);
    }
  });

  it('points a word that names a topic or a formulation to its page, in either script', async () => {
    /** The subject lines once the page has looked them up (after its results). */
    const subjects = async (page: Page): Promise<string[][]> => {
      await page.waitForLoadState('networkidle');
      return page.$$eval('[data-search-subjects]:not([hidden]) .search-subject', (lines) => lines.map((line) => [line.textContent!, line.querySelector('a')!.getAttribute('href')!]));
    };
    const page = await openSearch('zh-hans', '紧密型县域医共体');
    expect(await subjects(page)).toEqual([
      ['相关专题：医共体建设', '/zh-hans/topics/county-medical-community/'],
      ['相关提法：紧密型县域医共体', `/zh-hans/formulations/${formulationSlug('紧密型县域医共体')}/`],
    ]);
    // A Traditional word among others, on the Traditional page; the link opens the page.
    const hant = await openSearch('zh-hant', '2024 「醫共體」');
    expect(await subjects(hant)).toEqual([['相關專題：醫共體建設', '/zh-hant/topics/county-medical-community/']]);
    expect(await seriousAxeViolations(hant)).toEqual([]);
    await hant.click('[data-search-subjects] a');
    await hant.waitForURL('**/zh-hant/topics/county-medical-community/');
    expect(await hant.locator('h1').textContent()).toBe('醫共體建設');
    // The topic's own name names it too.
    expect(await subjects(await openSearch('zh-hans', '医共体建设'))).toEqual([['相关专题：医共体建设', '/zh-hans/topics/county-medical-community/']]);
    // A new search replaces them; a word that names nothing shows none.
    await submit(page, '卫生健康');
    expect(await count(page)).toBeGreaterThan(0);
    expect(await subjects(page)).toEqual([]);
    expect(await page.locator('[data-search-subjects]').isHidden()).toBe(true);
  });

  it('has no serious accessibility violations with results and filters shown', async () => {
    const page = await openSearch('zh-hant', '衛生健康');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
