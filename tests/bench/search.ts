/**
 * `npm run bench:search [-- --keep] [--scale 5000]`: the search benchmark.
 *
 * Ingests all of ../shared/corpus (seeds, pages, government work reports)
 * with the real `npm run ingest` into a temporary content folder, builds the
 * site (the search index with it), serves it on loopback with gzip (as a web
 * server would) and runs the policy terms of search-terms.ts in both scripts
 * in headless Chromium, each query typed into the search page. Per query it
 * prints the reports found, the ground truth (tests/support/search-ground-truth.ts,
 * computed independently by substring matching), recall, precision, the
 * bytes transferred and the time to its first result shown. The first query
 * of each script loads the page and the index; the others run in the same
 * page, as a reader's next searches do.
 *
 * Times are what the bar names: for the first query, from navigation start
 * to the first result shown (measured on FIRST_QUERY_LOADS fresh page loads
 * of each script, cold browser contexts, the scripts taking turns, and given
 * as median and range); for the others, from submitting the query (the
 * search page's start mark) to the first result shown. "Shown" is the search page's first-result mark:
 * the first result's title and metadata are in the page (its passages load
 * after), as src/scripts/search/marks.ts says.
 *
 * `--scale N` also indexes N synthetic reports (the corpus's paragraphs
 * recombined, about 5,000 characters each, as the build benchmark's archive)
 * and prints Pagefind's CPU time and peak memory.
 *
 * Goals: recall and precision 1.0 for every query of two or more characters;
 * first results ≤ 300 ms on loopback; ≤ 150 KB transferred for a query after
 * the first. CPU times are printed beside wall times: the machine is shared.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { Script } from '../../src/lib/report-schema.ts';
import { toTraditional } from '../../src/lib/script.ts';
import { SEARCH_MARKS } from '../../src/scripts/search/marks.ts';
import { scriptSegment, SITE_SCRIPTS } from '../../src/utils/locale.ts';
import { launchBrowser } from '../e2e/harness/browser.ts';
import { serveStatic } from '../e2e/harness/static-server.ts';
import { matchingReports, queryWords, reportTexts } from '../support/search-ground-truth.ts';
import { measureIndexScale } from './search-scale.ts';
import { SEARCH_TERMS } from './search-terms.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = ['seeds', 'pages', 'govreports-2024/txt'].map((dir) => join(ROOT, '../shared/corpus', dir));
const GOAL = { milliseconds: 300, kilobytes: 150 };
/** Fresh page loads per script over which the first query's time is measured. */
const FIRST_QUERY_LOADS = 25;

/** What one query measured. */
interface QueryRow {
  script: Script;
  query: string;
  first: boolean;
  /** Undefined for a query the page does not search (a one-character word). */
  truth?: number;
  found: number;
  count: number;
  recall: number;
  precision: number;
  kilobytes: number;
  milliseconds: number;
}

/** Runs a command under /usr/bin/time -v: wall and CPU seconds, peak memory (largest process), output. */
function timed(command: string[], env: NodeJS.ProcessEnv = {}): { seconds: number; cpuSeconds: number; peakMb: number; output: string } {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-v', ...command], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  const figure = (label: string): number => Number(new RegExp(`${label}: ([\\d.]+)`).exec(result.stderr)?.[1] ?? NaN);
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: figure('User time \\(seconds\\)') + figure('System time \\(seconds\\)'),
    peakMb: figure('Maximum resident set size \\(kbytes\\)') / 1024,
    output: result.stdout,
  };
}

/** Counts bytes transferred (headers and encoded bodies) and waits for the network to fall quiet. */
function trackNetwork(page: Page): { reset: () => void; bytes: () => number; quiet: () => Promise<void> } {
  let bytes = 0;
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfailed', () => inFlight--);
  page.on('requestfinished', (request) => {
    inFlight--;
    request
      .sizes()
      .then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize))
      .catch(() => undefined);
  });
  return {
    reset: () => (bytes = 0),
    bytes: () => bytes,
    quiet: async () => {
      for (let quietFor = 0; quietFor < 200; quietFor = inFlight === 0 ? quietFor + 50 : 0) await page.waitForTimeout(50);
    },
  };
}

/** Waits until the page has finished a query: a final state, every result filled. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      ['done', 'hint', 'idle', 'error'].includes(document.querySelector<HTMLElement>('[data-search]')?.dataset.searchState ?? '') &&
      !document.querySelector('.search-result[aria-busy]'),
    undefined,
    { timeout: 60_000 },
  );
}

/** Report ids of every result, after loading them all. */
async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    await more.click();
    await settled(page);
  }
  return page.$$eval('.search-result-title a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[3]!));
}

/** Milliseconds from a query's submission (or, for the page's first, from navigation) to its first result. */
function timeToFirstResult(page: Page, fromNavigation: boolean): Promise<number> {
  return page.evaluate(
    ({ marks, fromNavigation }) => {
      const first = performance.getEntriesByName(marks.firstResult)[0]?.startTime;
      const start = fromNavigation ? 0 : performance.getEntriesByName(marks.start)[0]?.startTime;
      return first === undefined || start === undefined ? NaN : first - start;
    },
    { marks: SEARCH_MARKS, fromNavigation },
  );
}

/**
 * Milliseconds from navigation to the first result of a query opened in a
 * fresh page (cold context). The wait puts no work on the page before that
 * moment: a small init script tells the console when the first-result mark
 * is set. (Waiting with Playwright's `waitForFunction`, as `settled` does,
 * loads Playwright's injected script into the page and polls on every frame,
 * on the page's own thread while it searches: measured, 29 and 36 ms more on
 * the medians of 30 interleaved fresh loads each.)
 */
async function firstQueryTime(browser: Browser, origin: string, script: Script, query: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript((mark) => {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName(mark).length > 0) console.debug(mark);
    }).observe({ type: 'mark' });
  }, SEARCH_MARKS.firstResult);
  const shown = page.waitForEvent('console', { predicate: (message) => message.text() === SEARCH_MARKS.firstResult, timeout: 60_000 });
  await page.goto(`${origin}/${scriptSegment(script)}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  await shown;
  const time = await timeToFirstResult(page, true);
  await context.close();
  return time;
}

/**
 * The first query's times in each script over `loads` fresh page loads, the
 * scripts taking turns, so that the machine's load at any moment weighs on
 * both alike.
 */
async function firstQueryTimes(browser: Browser, origin: string, firstQueries: ReadonlyMap<Script, string>, loads: number): Promise<Map<Script, number[]>> {
  const times = new Map<Script, number[]>([...firstQueries.keys()].map((script) => [script, []]));
  for (let i = 0; i < loads; i++) {
    for (const [script, query] of firstQueries) times.get(script)!.push(await firstQueryTime(browser, origin, script, query));
  }
  return times;
}

async function runQueries(browser: Browser, origin: string, script: Script, queries: readonly string[], texts: ReadonlyMap<string, readonly string[]>): Promise<QueryRow[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const network = trackNetwork(page);
  const searchPage = `${origin}/${scriptSegment(script)}/search/`;
  const rows: QueryRow[] = [];
  for (const [i, query] of queries.entries()) {
    network.reset();
    if (i === 0) await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
    else {
      await page.evaluate(() => performance.clearMarks());
      await page.fill('#page-q', query);
      await page.press('#page-q', 'Enter');
    }
    await settled(page);
    await network.quiet();
    const kilobytes = network.bytes() / 1024;
    const milliseconds = await timeToFirstResult(page, i === 0);
    const count = Number((await page.getAttribute('[data-result-count]', 'data-result-count').catch(() => null)) ?? 0);
    const found = new Set(await allResults(page));
    const searched = queryWords(query) !== undefined;
    const truth = matchingReports(texts, query);
    const right = [...found].filter((id) => truth.has(id)).length;
    rows.push({
      script,
      query,
      first: i === 0,
      ...(searched ? { truth: truth.size } : {}),
      found: found.size,
      count,
      recall: truth.size === 0 ? (found.size === 0 ? 1 : 0) : right / truth.size,
      precision: found.size === 0 ? (truth.size === 0 ? 1 : 0) : right / found.size,
      kilobytes,
      milliseconds,
    });
  }
  await context.close();
  return rows;
}

const pad = (value: string | number, width: number): string => String(value).padStart(width);
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;

function printRows(rows: readonly QueryRow[]): void {
  console.log(`\n${'script'.padEnd(6)} ${'query'.padEnd(16)} ${pad('found', 6)} ${pad('truth', 6)} ${pad('count', 6)} ${pad('recall', 7)} ${pad('prec.', 7)} ${pad('KB', 7)} ${pad('ms', 6)}`);
  for (const row of rows) {
    console.log(
      `${row.script.padEnd(6)} ${row.query.padEnd(16 - [...row.query].filter((c) => c > '\u2e80').length)} ${pad(row.found, 6)} ${pad(row.truth ?? '—', 6)} ${pad(row.count, 6)} ${pad(row.recall.toFixed(3), 7)} ${pad(row.precision.toFixed(3), 7)} ${pad(row.kilobytes.toFixed(1), 7)} ${pad(Number.isNaN(row.milliseconds) ? '—' : Math.round(row.milliseconds), 6)}${row.first ? '  (first: page load)' : ''}`,
    );
  }
}

function printSummary(rows: readonly QueryRow[], firstLoads: ReadonlyMap<Script, readonly number[]>): void {
  const searched = rows.filter((row) => row.truth !== undefined);
  const later = searched.filter((row) => !row.first);
  const withResults = later.filter((row) => !Number.isNaN(row.milliseconds));
  const exact = searched.filter((row) => row.recall === 1 && row.precision === 1 && row.count === row.found).length;
  console.log(`\nqueries: ${rows.length} (${searched.length} searched), exact (recall 1, precision 1, count right): ${exact} of ${searched.length}`);
  console.log(`recall: min ${Math.min(...searched.map((row) => row.recall)).toFixed(3)}; precision: min ${Math.min(...searched.map((row) => row.precision)).toFixed(3)}`);
  console.log(`KB per query after the first: median ${median(later.map((row) => row.kilobytes)).toFixed(1)}, max ${Math.max(...later.map((row) => row.kilobytes)).toFixed(1)} (goal ≤ ${GOAL.kilobytes})`);
  console.log(`ms from submitting a query on an open search page to its first result: median ${Math.round(median(withResults.map((row) => row.milliseconds)))}, max ${Math.round(Math.max(...withResults.map((row) => row.milliseconds)))} (goal ≤ ${GOAL.milliseconds})`);
  for (const row of rows.filter((candidate) => candidate.first)) {
    const times = firstLoads.get(row.script) ?? [];
    console.log(
      `ms from navigation to the first result, first query "${row.query}" (${row.script}, page and index loaded): median ${Math.round(median(times))}, range ${Math.round(Math.min(...times))}–${Math.round(Math.max(...times))} over ${times.length} fresh loads (goal ≤ ${GOAL.milliseconds}); ${row.kilobytes.toFixed(1)} KB`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { keep: { type: 'boolean' }, scale: { type: 'string' } } });
  console.log(`load average: ${loadavg().map((load) => load.toFixed(2)).join(' ')} (figures taken under load are not comparable)`);
  const work = mkdtempSync(join(tmpdir(), 'huibian-bench-search-'));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  mkdirSync(join(work, 'overrides'));
  try {
    const ingest = timed(['npm', 'run', '--silent', 'ingest', '--', '--out', join(content, 'reports'), '--overrides', join(work, 'overrides'), ...CORPUS]);
    console.log(`ingest: ${ingest.seconds.toFixed(1)} s wall, ${ingest.cpuSeconds.toFixed(1)} s CPU`);
    const build = timed([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], { HUIBIAN_CONTENT: content, HUIBIAN_OUT: dist });
    console.log(`build (site and search index): ${build.seconds.toFixed(1)} s wall, ${build.cpuSeconds.toFixed(1)} s CPU, peak ${Math.round(build.peakMb)} MB (largest process)`);
    console.log(build.output.split('\n').find((line) => line.includes('reports indexed'))?.trim() ?? '');
    const texts = reportTexts(dist);
    const server = await serveStatic(dist, { gzip: true });
    const browser = await launchBrowser();
    try {
      const rows: QueryRow[] = [];
      const firstQueries = new Map<Script, string>();
      for (const script of SITE_SCRIPTS) {
        const queries = SEARCH_TERMS.map((term) => (script === 'hans' ? term : toTraditional(term)));
        rows.push(...(await runQueries(browser, server.origin, script, queries, texts)));
        firstQueries.set(script, queries[0]!);
      }
      const firstLoads = await firstQueryTimes(browser, server.origin, firstQueries, FIRST_QUERY_LOADS);
      printRows(rows);
      printSummary(rows, firstLoads);
    } finally {
      await browser.close();
      await server.close();
    }
    if (values.scale) await measureIndexScale(Number(values.scale), dist);
  } finally {
    if (values.keep) console.log(`kept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
