/**
 * Browse pages in a real browser, both scripts: home counts, region / year /
 * institution / genre / meeting-type listings, the region × year grid, sort
 * order, RSS, sitemap, 404, twin links and accessibility. Expected values are
 * computed from the fixture files, so added fixtures keep the tests true.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './harness/browser.ts';
import { fixtureReports, fixtureYear, type FixtureReport } from './harness/fixture-reports.ts';
import { useSite } from './harness/site-context.ts';

const site = useSite();
const REPORTS = fixtureReports();
const SCRIPTS = ['zh-hans', 'zh-hant'] as const;
const CANONICAL = 'https://huibian.example.org';

async function open(path: string, options?: Parameters<typeof site.newPage>[0]): Promise<Page> {
  const page = await site.newPage(options);
  const response = await page.goto(`${site.origin}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

let reader: Page | undefined;
/** Goes to `path` in one shared page: for checks that only read (a fresh context per page is slow). */
async function visit(path: string): Promise<Page> {
  reader ??= await site.newPage();
  // A change of #hash alone would not load the page (and give no response).
  await reader.goto('about:blank');
  const response = await reader.goto(`${site.origin}${path}`);
  expect(response?.status(), path).toBe(200);
  return reader;
}

/** Report ids a listing page links to, in order. */
function listedIds(page: Page): Promise<string[]> {
  return page.$$eval('.listing .report-list-title', (links) =>
    links.map((a) => /\/reports\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1] ?? ''),
  );
}

/** Sort key of a fixture as the archive orders it: its date, else its year. */
const dateKey = (report: FixtureReport): string => report.data.date ?? fixtureYear(report) ?? '';

/** Ids newest first (ties by id), undated last: the order a listing shows by default. */
function newestFirst(reports: readonly FixtureReport[]): string[] {
  const byId = (a: FixtureReport, b: FixtureReport): number => (a.id < b.id ? -1 : 1);
  const dated = reports.filter((r) => dateKey(r) !== '');
  const undated = reports.filter((r) => dateKey(r) === '');
  return [
    ...dated.toSorted((a, b) => (dateKey(a) === dateKey(b) ? byId(a, b) : dateKey(a) < dateKey(b) ? 1 : -1)),
    ...undated.toSorted(byId),
  ].map((report) => report.id);
}

const distinct = (values: Array<string | undefined>): Set<string> => new Set(values.filter((v): v is string => v !== undefined));
const within = (report: FixtureReport, code: string): boolean => {
  const own = report.data.region.code;
  if (!own) return false;
  const prefix = code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code;
  return own.startsWith(prefix);
};

describe('home', () => {
  for (const script of SCRIPTS) {
    it(`counts reports, regions, years and institutions as the fixtures have them (${script})`, async () => {
      const page = await visit(`/${script}/`);
      const count = (key: string): Promise<string | null> => page.textContent(`[data-count="${key}"] strong`);
      expect(await count('reports')).toBe(String(REPORTS.length));
      expect(await count('regions')).toBe(String(distinct(REPORTS.map((r) => r.data.region.code)).size));
      expect(await count('years')).toBe(String(distinct(REPORTS.map(fixtureYear)).size));
      expect(await count('institutions')).toBe(String(distinct(REPORTS.map((r) => r.data.institution)).size));
      const provinces = distinct(REPORTS.map((r) => r.data.region.code?.slice(0, 2))).size;
      expect(await page.textContent('[data-count="regions"]')).toContain(String(provinces));
      // Newest reports, newest first, and a search box going to the script's search page.
      expect(await page.$$eval('.report-list-title', (links) => links.map((a) => /reports\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1])))
        .toEqual(newestFirst(REPORTS).slice(0, 10));
      expect(await page.getAttribute('main form[role="search"]', 'action')).toBe(`/${script}/search/`);
    });
  }
});

describe('region listings', () => {
  const provinceCodes = [...distinct(REPORTS.map((r) => (r.data.region.code ? `${r.data.region.code.slice(0, 2)}0000` : undefined)))];
  const regionCodes = [
    ...distinct(
      REPORTS.flatMap((r) => {
        const code = r.data.region.code;
        if (!code) return [];
        return [`${code.slice(0, 2)}0000`, ...(r.data.region.city ? [`${code.slice(0, 4)}00`] : []), ...(r.data.region.county ? [code] : [])];
      }),
    ),
  ];

  it('list every province with reports on the region index, with its count, in both scripts', async () => {
    for (const script of SCRIPTS) {
      const page = await visit(`/${script}/regions/`);
      const roots = await page.$$eval('.region-tree > li', (items) =>
        items.map((li) => ({ href: li.querySelector('a')?.getAttribute('href'), count: li.querySelector(':scope > .count')?.textContent })),
      );
      expect(roots).toEqual(
        provinceCodes.sort().map((code) => ({ href: `/${script}/regions/${code}/`, count: String(REPORTS.filter((r) => within(r, code)).length) })),
      );
    }
  });

  it('list the reports within each region at every level, newest first, with breadcrumbs', async () => {
    for (const code of regionCodes) {
      const expected = newestFirst(REPORTS.filter((r) => within(r, code)));
      for (const script of SCRIPTS) {
        const page = await visit(`/${script}/regions/${code}/`);
        expect(await listedIds(page), `${script} ${code}`).toEqual(expected);
        expect(await page.textContent('.listing-count')).toContain(String(expected.length));
        const crumbs = await page.$$eval('.breadcrumbs a', (links) => links.map((a) => a.getAttribute('href')));
        expect(crumbs.slice(0, 2)).toEqual([`/${script}/`, `/${script}/regions/`]);
        if (!code.endsWith('0000')) expect(crumbs).toContain(`/${script}/regions/${code.slice(0, 2)}0000/`);
      }
    }
  });

  it('name sub-regions with their counts and show their grid by year', async () => {
    const page = await visit('/zh-hant/regions/420000/');
    const children = await page.$$eval('.region-list a', (links) => links.map((a) => a.getAttribute('href')));
    expect(children.length).toBeGreaterThan(0);
    for (const href of children) {
      const code = /regions\/(\d{6})\//.exec(href ?? '')?.[1] ?? '';
      const count = await page.locator(`.region-list a[href="${href}"] + .count`).textContent();
      expect(count, code).toBe(String(REPORTS.filter((r) => within(r, code)).length));
    }
    expect(await page.locator('.region-grid').count()).toBe(1);
    expect(await page.textContent('h1')).toBe('湖北省');
  });
});

describe('year, institution, genre and meeting-type listings', () => {
  it('list each year’s reports, and the undated ones apart', async () => {
    const years = distinct(REPORTS.map(fixtureYear));
    const index = await visit('/zh-hant/years/');
    const links = await index.$$eval('.count-list a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([...[...years].sort().reverse().map((y) => `/zh-hant/years/${y}/`), '/zh-hant/years/undated/']);
    for (const year of years) {
      const page = await visit(`/zh-hans/years/${year}/`);
      expect(await listedIds(page), year).toEqual(newestFirst(REPORTS.filter((r) => fixtureYear(r) === year)));
    }
    const undated = await visit('/zh-hans/years/undated/');
    expect(await listedIds(undated)).toEqual(REPORTS.filter((r) => fixtureYear(r) === undefined).map((r) => r.id));
  });

  it('list each institution’s reports under its name in the page script', async () => {
    const index = await visit('/zh-hant/institutions/');
    const names = distinct(REPORTS.map((r) => r.data.institution));
    expect(await index.locator('.institution-list li').count()).toBe(names.size);
    for (const name of names) {
      const page = await visit(`/zh-hant/institutions/${encodeURIComponent(name)}/`);
      expect(await listedIds(page), name).toEqual(newestFirst(REPORTS.filter((r) => r.data.institution === name)));
    }
    const zhuxi = await visit(`/zh-hant/institutions/${encodeURIComponent('竹溪县卫生健康局')}/`);
    expect(await zhuxi.textContent('h1')).toBe('竹溪縣衛生健康局');
  });

  it('list each genre and meeting type, reached from the genre index', async () => {
    const index = await visit('/zh-hans/genres/');
    const links = await index.$$eval('.count-list a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.filter((href) => href.includes('/genres/'))).toHaveLength(distinct(REPORTS.map((r) => r.data.genre)).size);
    expect(links.filter((href) => href.includes('/meetings/'))).toHaveLength(distinct(REPORTS.flatMap((r) => r.data.meetingTypes)).size);
    for (const href of links) {
      const page = await visit(href);
      const ids = await listedIds(page);
      const label = (await page.textContent('h1')) ?? '';
      const expected = REPORTS.filter((r) => r.data.genre === label || (r.data.meetingTypes as readonly string[]).includes(label));
      expect(ids, href).toEqual(newestFirst(expected));
    }
  });

  it('link every listed report to its page, in the listing’s script', async () => {
    const page = await visit('/zh-hant/genres/speech/');
    for (const href of await page.$$eval('.report-list-title', (as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href).toMatch(/^\/zh-hant\/reports\/[^/]+\/$/);
      const response = await page.request.get(`${site.origin}${href}`);
      expect(response.status(), href).toBe(200);
    }
  });
});

describe('sort order', () => {
  const code = '420000';
  const expected = newestFirst(REPORTS.filter((r) => within(r, code)));

  it('lists newest first without JavaScript, and hides the switch it cannot run', async () => {
    const page = await open(`/zh-hans/regions/${code}/`, { javaScriptEnabled: false });
    expect(await listedIds(page)).toEqual(expected);
    expect(await page.isVisible('.sort-control')).toBe(false);
  });

  it('re-orders oldest first in place, keeps the order in the address, and back', async () => {
    const page = await open(`/zh-hant/regions/${code}/`);
    await page.click('.sort-control button[data-sort="oldest"]');
    const dated = expected.filter((id) => fixtureYear(REPORTS.find((r) => r.id === id)!) !== undefined);
    expect(await listedIds(page)).toEqual([...dated].reverse());
    expect(new URL(page.url()).searchParams.get('order')).toBe('oldest');
    expect(await page.getAttribute('.sort-control button[data-sort="oldest"]', 'aria-pressed')).toBe('true');
    const years = await page.$$eval('.listing-section h3', (hs) => hs.map((h) => h.id));
    expect(years).toEqual([...years].sort());
    await page.reload();
    expect(await listedIds(page)).toEqual([...dated].reverse());
    await page.click('.sort-control button[data-sort="newest"]');
    expect(await listedIds(page)).toEqual(expected);
    expect(new URL(page.url()).search).toBe('');
  });

  it('keeps undated reports last in both orders', async () => {
    const page = await open('/zh-hans/genres/other/');
    const undated = REPORTS.filter((r) => r.data.genre === '其他' && fixtureYear(r) === undefined).map((r) => r.id);
    expect(undated.length).toBeGreaterThan(0);
    if ((await page.locator('.sort-control button').count()) > 0) {
      await page.click('.sort-control button[data-sort="oldest"]');
    }
    expect((await listedIds(page)).slice(-undated.length)).toEqual(undated);
  });
});

describe('region × year grid', () => {
  it('shows every province, a count where the archive has reports and nothing where it has none', async () => {
    const page = await visit('/zh-hans/regions/');
    const rows = await page.$$eval('.region-grid tbody tr', (trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('th')?.textContent?.trim(),
        cells: [...tr.querySelectorAll('td:not(.total)')].map((td) => (td.classList.contains('filled') ? Number(td.textContent) : 0)),
      })),
    );
    expect(rows).toHaveLength(31);
    const years = await page.$$eval('.region-grid thead th', (ths) => ths.slice(1, -1).map((th) => th.textContent ?? ''));
    const dated = REPORTS.filter((r) => fixtureYear(r) !== undefined);
    expect(years[0]).toBe(dated.map((r) => fixtureYear(r)!).sort()[0]);
    expect(years.at(-1)).toBe(dated.map((r) => fixtureYear(r)!).sort().at(-1));
    const total = rows.reduce((sum, row) => sum + row.cells.reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(dated.filter((r) => r.data.region.code).length);
    expect(rows.filter((row) => row.cells.every((n) => n === 0)).length).toBe(31 - distinct(REPORTS.map((r) => r.data.region.code?.slice(0, 2))).size);
    const hubei = rows.find((row) => row.name === '湖北省')!;
    years.forEach((year, i) => {
      expect(hubei.cells[i], year).toBe(REPORTS.filter((r) => within(r, '420000') && fixtureYear(r) === year).length);
    });
  });

  it('links each filled cell to that region’s reports of that year', async () => {
    for (const path of ['/zh-hans/regions/', '/zh-hant/regions/420000/', '/zh-hans/regions/420300/']) {
      const page = await visit(path);
      const cells = await page.$$eval('.region-grid td.filled a', (links) =>
        links.map((a) => ({ href: a.getAttribute('href') ?? '', count: Number(a.textContent), label: a.getAttribute('aria-label') })),
      );
      expect(cells.length, path).toBeGreaterThan(0);
      for (const cell of cells) {
        const target = await visit(cell.href);
        const anchor = new URL(cell.href, site.origin).hash.slice(1);
        const year = anchor.replace(/^s-/, '');
        expect(await target.locator(`[id="${anchor}"]`).count(), cell.href).toBe(1);
        const dates = await target.$$eval(`section:has(> h3[id="${anchor}"]) time, section:has(> h3[id="${anchor}"]) .report-list-meta > span:first-child`, (els) =>
          els.map((e) => e.getAttribute('datetime') ?? e.textContent ?? ''),
        );
        expect(dates.length, cell.href).toBe(cell.count);
        for (const date of dates) expect(date.startsWith(year), cell.href).toBe(true);
        expect(cell.label).toContain(year);
      }
    }
  });
});

describe('feeds, sitemap and 404', () => {
  it('has an RSS feed of the newest reports per script', async () => {
    for (const script of SCRIPTS) {
      const page = await visit(`/${script}/`);
      const href = await page.getAttribute('link[type="application/rss+xml"]', 'href');
      expect(href).toBe(`/${script}/rss.xml`);
      const xml = await (await page.request.get(`${site.origin}${href}`)).text();
      const feed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          language: doc.querySelector('channel > language')?.textContent,
          links: [...doc.querySelectorAll('item > link')].map((l) => l.textContent),
          titles: [...doc.querySelectorAll('item > title')].map((l) => l.textContent),
        };
      }, xml);
      expect(feed.error).toBeNull();
      expect(feed.language).toBe(script === 'zh-hans' ? 'zh-Hans' : 'zh-Hant');
      expect(feed.links).toEqual(newestFirst(REPORTS).slice(0, 50).map((id) => `${CANONICAL}/${script}/reports/${id}/`));
      if (script === 'zh-hans') {
        // Titles are text, escaped once: a source's `<5‰ & 2019~2023年` reads as written.
        const trap = REPORTS.find((r) => r.data.title?.includes('<'));
        expect(feed.titles).toContain(trap?.data.title);
      }
    }
  });

  it('has a sitemap of every page in both scripts, each linked to its twin', async () => {
    const page = await site.newPage();
    const index = await (await page.request.get(`${site.origin}/sitemap-index.xml`)).text();
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(parts.length).toBeGreaterThan(0);
    const locs: string[] = [];
    for (const part of parts) {
      const xml = await (await page.request.get(`${site.origin}${part}`)).text();
      for (const [, loc] of xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)) {
        locs.push(loc!);
      }
      expect(xml).toContain('hreflang="zh-Hant"');
    }
    for (const script of SCRIPTS) {
      for (const report of REPORTS) expect(locs).toContain(`${CANONICAL}/${script}/reports/${report.id}/`);
      for (const path of ['', 'regions/', 'years/', 'institutions/', 'genres/', 'regions/420000/']) expect(locs).toContain(`${CANONICAL}/${script}/${path}`);
    }
    for (const loc of locs) {
      const response = await page.request.get(`${site.origin}${new URL(loc).pathname}`);
      expect(response.status(), loc).toBe(200);
    }
  });

  it('answers an unknown address with a 404 page in both scripts, the tried script first', async () => {
    const page = await site.newPage();
    const response = await page.goto(`${site.origin}/zh-hant/no-such-page/`);
    expect(response?.status()).toBe(404);
    const sections = await page.$$eval('.not-found section', (els) =>
      els.map((e) => ({ lang: e.getAttribute('lang'), top: e.getBoundingClientRect().top, home: e.querySelector('a[href$="/"]')?.getAttribute('href') })),
    );
    expect(sections.map((s) => s.lang).sort()).toEqual(['zh-Hans', 'zh-Hant']);
    const [first] = sections.toSorted((a, b) => a.top - b.top);
    expect(first?.lang).toBe('zh-Hant');
    expect(await page.textContent('.not-found-hant h1')).toBe('頁面不存在');
    expect(await page.textContent('.not-found-hans h1')).toBe('页面不存在');
    expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBeTruthy();
    expect(await page.getAttribute('link[rel="icon"]', 'href')).toBe('/favicon.svg');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('twin links and accessibility on listing pages', () => {
  const LISTINGS = [
    '/zh-hans/regions/',
    '/zh-hant/regions/420000/',
    '/zh-hans/regions/420324/',
    '/zh-hant/years/',
    '/zh-hans/years/2024/',
    '/zh-hant/institutions/',
    `/zh-hans/institutions/${encodeURIComponent('竹溪县卫生健康局')}/`,
    '/zh-hant/genres/',
    '/zh-hans/genres/speech/',
    '/zh-hant/meetings/annual/',
    '/zh-hans/',
  ];

  it('link each listing to its twin and carry the reader there with the switch', async () => {
    for (const path of LISTINGS) {
      const page = await visit(path);
      const twin = path.replace(/^\/zh-han([st])\//, (_, s: string) => `/zh-han${s === 's' ? 't' : 's'}/`);
      const hant = path.startsWith('/zh-hant/') ? path : twin;
      const hans = path.startsWith('/zh-hans/') ? path : twin;
      expect(await page.getAttribute('link[hreflang="zh-Hans"]', 'href'), path).toBe(`${CANONICAL}${hans}`);
      expect(await page.getAttribute('link[hreflang="zh-Hant"]', 'href'), path).toBe(`${CANONICAL}${hant}`);
      expect(await page.getAttribute('meta[property="og:url"]', 'content')).toBe(`${CANONICAL}${path}`);
      expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBeTruthy();
    }
    const page = await visit('/zh-hans/regions/420000/?order=oldest');
    await page.click('.script-switch a[lang="zh-Hant"]');
    await page.waitForURL('**/zh-hant/regions/420000/?order=oldest');
    expect(await page.getAttribute('.sort-control button[data-sort="oldest"]', 'aria-pressed')).toBe('true');
  });

  it('have no serious or critical axe violations, in light and dark', async () => {
    for (const path of LISTINGS) {
      const page = await visit(path);
      expect(await seriousAxeViolations(page), path).toEqual([]);
    }
    const dark = await site.newPage();
    await dark.emulateMedia({ colorScheme: 'dark' });
    await dark.goto(`${site.origin}/zh-hans/regions/`);
    expect(await seriousAxeViolations(dark)).toEqual([]);
  });

  it('fit a phone screen: the grid scrolls inside its frame, the page does not', async () => {
    for (const path of ['/zh-hans/regions/', '/zh-hant/regions/420000/', '/zh-hans/years/', '/zh-hant/institutions/']) {
      const page = await open(path, { viewport: { width: 360, height: 740 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
