/**
 * Listings longer than one page, in a real browser: a site built from a
 * synthetic archive (tests/bench/synthetic-corpus.ts, a few hundred reports
 * recombined from ../shared/corpus). Pages in both orders hold every report
 * exactly once in the right order, work without JavaScript, and the jump and
 * grid links land on the page that holds the year.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/synthetic-corpus.ts';
import { fixtureReports, fixtureYear, type FixtureReport } from './harness/fixture-reports.ts';
import { useSite } from './harness/site-context.ts';

/** Enough reports for the largest genre to fill more than one page of 100. */
const COUNT = 320;
/** Generated before the site is built (the same files every run, so the build is reused); .bench/ is not committed. */
const CONTENT = join('.bench', `e2e-corpus-${COUNT}`);
await generateCorpus({ count: COUNT, out: CONTENT, seed: 7 });

const site = useSite(CONTENT);

const SLUGS: Record<string, string> = { 会议报道: 'news', 讲话: 'speech', 工作总结: 'summary', 工作报告: 'work-report', 其他: 'other' };

let reader: Page | undefined;
/** Goes to `path` in one shared page and checks it exists. */
async function visit(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = options.javaScriptEnabled === false ? await site.newPage(options) : (reader ??= await site.newPage());
  await page.goto('about:blank');
  const response = await page.goto(`${site.origin}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

const listedIds = (page: Page): Promise<string[]> =>
  page.$$eval('.listing .report-list-title', (links) => links.map((a) => /\/reports\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1] ?? ''));

const dateKey = (report: FixtureReport): string => report.data.date ?? fixtureYear(report) ?? '';

/** Newest first, ties by id, undated last; and oldest first: the dated part reversed, undated still last. */
function orders(reports: readonly FixtureReport[]): { newest: string[]; oldest: string[] } {
  const byId = (a: FixtureReport, b: FixtureReport): number => (a.id < b.id ? -1 : 1);
  const dated = reports.filter((r) => dateKey(r) !== '').toSorted((a, b) => (dateKey(a) === dateKey(b) ? byId(a, b) : dateKey(a) < dateKey(b) ? 1 : -1));
  const undated = reports.filter((r) => dateKey(r) === '').toSorted(byId);
  return { newest: [...dated, ...undated].map((r) => r.id), oldest: [...dated.toReversed(), ...undated].map((r) => r.id) };
}

/** Reads every page of a listing in one order, following its pagination. */
async function readAllPages(first: string, options: { javaScriptEnabled?: boolean } = {}): Promise<{ ids: string[]; pages: string[] }> {
  const ids: string[] = [];
  const pages: string[] = [];
  for (let path: string | null = first; path; ) {
    const page = await visit(path, options);
    pages.push(path);
    ids.push(...(await listedIds(page)));
    path = await page.locator('.pagination a[rel="next"]').getAttribute('href', { timeout: 1000 }).catch(() => null);
  }
  return { ids, pages };
}

describe('a listing of several pages', () => {
  const reports = () => fixtureReports(CONTENT);
  const largestGenre = (): { genre: string; members: FixtureReport[] } => {
    const byGenre = Map.groupBy(reports(), (r) => r.data.genre);
    const [genre, members] = [...byGenre].sort((a, b) => b[1].length - a[1].length)[0]!;
    return { genre, members };
  };

  it('holds every report once, newest first, in pages of 100', async () => {
    const { genre, members } = largestGenre();
    expect(members.length).toBeGreaterThan(100);
    const { ids, pages } = await readAllPages(`/zh-hans/genres/${SLUGS[genre]}/`);
    expect(pages).toEqual([`/zh-hans/genres/${SLUGS[genre]}/`, ...Array.from({ length: pages.length - 1 }, (_, i) => `/zh-hans/genres/${SLUGS[genre]}/page/${i + 2}/`)]);
    expect(pages).toHaveLength(Math.ceil(members.length / 100));
    expect(ids).toEqual(orders(members).newest);
  });

  it('exists oldest first as real pages, reached without JavaScript', async () => {
    const { genre, members } = largestGenre();
    const first = await visit(`/zh-hant/genres/${SLUGS[genre]}/page/2/`, { javaScriptEnabled: false });
    expect(await first.isVisible('.sort-control')).toBe(true);
    expect(await first.getAttribute('.sort-control a[aria-current="page"]', 'href')).toBe(`/zh-hant/genres/${SLUGS[genre]}/`);
    const oldest = await first.getAttribute('.sort-control a:not([aria-current])', 'href');
    expect(oldest).toBe(`/zh-hant/genres/${SLUGS[genre]}/oldest/`);
    const { ids, pages } = await readAllPages(oldest!, { javaScriptEnabled: false });
    expect(pages.slice(1).every((path) => /\/oldest\/page\/\d+\/$/.test(path))).toBe(true);
    expect(ids).toEqual(orders(members).oldest);
  });

  it('jumps to each year on the page where it starts', async () => {
    const { genre, members } = largestGenre();
    const page = await visit(`/zh-hans/genres/${SLUGS[genre]}/oldest/`);
    const jumps = await page.$$eval('.listing-jump a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    const years = new Set(members.map((r) => fixtureYear(r) ?? 'undated'));
    expect(jumps).toHaveLength(years.size);
    for (const href of jumps) {
      const url = new URL(href, `${site.origin}/zh-hans/genres/${SLUGS[genre]}/oldest/`);
      const target = await visit(`${url.pathname}${url.hash}`);
      const key = url.hash.replace('#s-', '');
      const heading = target.locator(`h3[id="s-${key}"]`);
      expect(await heading.count(), href).toBe(1);
      // The section's first report on that page is the first of that year in this order.
      const firstOfYear = orders(members).oldest.find((id) => (fixtureYear(members.find((r) => r.id === id)!) ?? 'undated') === key);
      const firstListed = await target.$eval(`section:has(> h3[id="s-${key}"]) .report-list-title`, (a) => a.getAttribute('href'));
      expect(firstListed, href).toContain(`/${firstOfYear}/`);
    }
  });

  it('keeps every grid link on a page that exists and holds that year', async () => {
    const page = await visit('/zh-hans/regions/');
    const cells = await page.$$eval('.region-grid td.filled a', (links) => links.map((a) => ({ href: a.getAttribute('href') ?? '', count: Number(a.textContent) })));
    const total = cells.reduce((sum, cell) => sum + cell.count, 0);
    expect(total).toBe(reports().filter((r) => r.data.region.code && fixtureYear(r)).length);
    for (const cell of cells) {
      const url = new URL(cell.href, site.origin);
      const html = await (await page.request.get(`${site.origin}${url.pathname}`)).text();
      expect(html, cell.href).toContain(`id="${url.hash.slice(1)}"`);
    }
  });

  it('counts the archive on the home page as the files say', async () => {
    const page = await visit('/zh-hant/');
    const all = reports();
    expect(await page.textContent('[data-count="reports"] strong')).toBe(String(COUNT));
    expect(await page.textContent('[data-count="regions"] strong')).toBe(String(new Set(all.map((r) => r.data.region.code)).size));
    expect(await page.textContent('[data-count="institutions"] strong')).toBe(String(new Set(all.flatMap((r) => r.data.institution ?? [])).size));
  });
});
