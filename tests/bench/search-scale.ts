/**
 * Indexing at scale, for `npm run bench:search -- --scale N`: N synthetic
 * reports made of the built corpus's headings and paragraphs (runs of
 * consecutive blocks from random reports, lengths log-normal around 5,000
 * characters, as the build benchmark's archive), indexed with the build's own
 * code (searchRecord, bundleWriter: bundles of POSITIONS_PER_BUNDLE positions,
 * two indexed at a time). Prints the Pagefind processes' CPU time and peak
 * memory (each, and all at once; read from /proc while they run), this
 * process's CPU time for the records, and the index's size; then runs the
 * benchmark's terms on that index in Chromium (the searches for the bigram
 * positions the search page makes) and prints the index bytes and time per
 * query.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseQuery } from '../../src/lib/search-query.ts';
import { SEARCH_SIMPLIFIERS } from '../../src/lib/search-simplify.ts';
import { bigramsChainUniquely } from '../../src/scripts/search/occurrences.ts';
import { reportHref } from '../../src/utils/hrefs.ts';
import { bundleWriter } from '../../src/utils/search/pagefind-bundles.ts';
import { readReportPage, type ReportPage } from '../../src/utils/search/report-page.ts';
import { bundlePath } from '../../src/utils/search/search-paths.ts';
import { searchRecord } from '../../src/utils/search/search-record.ts';
import { launchBrowser } from '../e2e/harness/browser.ts';
import { serveStatic } from '../e2e/harness/static-server.ts';
import { SEARCH_TERMS } from './search-terms.ts';
import { random } from './synthetic-corpus.ts';

/** N reports recombined from the donors' blocks. */
function syntheticPages(donors: readonly ReportPage[], count: number): ReportPage[] {
  const rng = random(20_240_220);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
  return Array.from({ length: count }, () => {
    const target = Math.min(40_000, Math.max(600, Math.exp(8.5 + 0.7 * (rng() + rng() + rng() - 1.5))));
    const head = pick(donors);
    const blocks: ReportPage['blocks'] = [];
    for (let length = 0; length < target; ) {
      const donor = pick(donors);
      const start = Math.floor(rng() * donor.blocks.length);
      for (const block of donor.blocks.slice(start, start + 3 + Math.floor(rng() * 8))) {
        blocks.push(block);
        length += block.text.length;
      }
    }
    return { ...head, blocks };
  });
}

/** CPU seconds and peak memory of this process's Pagefind children (the largest one's VmHWM, and all of them at once), sampled until stopped. */
function watchPagefind(): { stop: () => { cpuSeconds: number; peakMb: number; allPeakMb: number } } {
  const seen = new Map<number, { cpu: number; peak: number }>();
  let allPeakMb = 0;
  const sample = (): void => {
    let now = 0;
    for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[1]) !== process.pid || !stat.includes('(pagefind')) continue;
        const status = readFileSync(`/proc/${name}/status`, 'utf8');
        const peak = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
        now += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
        seen.set(Number(name), { cpu: (Number(fields[11]) + Number(fields[12])) / 100, peak });
      } catch {
        // The process ended between listing and reading.
      }
    }
    allPeakMb = Math.max(allPeakMb, now);
  };
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      clearInterval(timer);
      const all = [...seen.values()];
      return { cpuSeconds: all.reduce((sum, p) => sum + p.cpu, 0), peakMb: Math.max(0, ...all.map((p) => p.peak)), allPeakMb };
    },
  };
}

function directoryBytes(path: string): number {
  if (!existsSync(path)) return 0;
  if (statSync(path).isFile()) return statSync(path).size;
  return readdirSync(path).reduce((sum, name) => sum + directoryBytes(join(path, name)), 0);
}

/** The Pagefind searches the search page makes for a term's first reading: the positions of its bigrams (src/scripts/search/engine.ts). */
function termSearches(term: string): string[] {
  return parseQuery(term, SEARCH_SIMPLIFIERS).terms.flatMap(({ forms: [form] }) =>
    form ? (bigramsChainUniquely(form.chars) ? [form.bigrams.join(' ')] : [...new Set(form.bigrams)]) : [],
  );
}

/** Runs the benchmark's terms on the bundles in `dir` and prints bytes and time per query (the first one loads Pagefind). */
async function queryCost(dir: string, bundles: number): Promise<void> {
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><title>scale</title></html>');
  const server = await serveStatic(dir, { gzip: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('requestfinished', (request) => void request.sizes().then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize)));
    await page.goto(`${server.origin}/`);
    const rows: Array<[string, number, number]> = [];
    for (const term of SEARCH_TERMS) {
      bytes = 0;
      const milliseconds = await page.evaluate(
        async ({ searches, paths }) => {
          const started = performance.now();
          const w = window as unknown as { pagefind?: { search: (term: string) => Promise<unknown>; mergeIndex: (path: string) => Promise<void> } };
          if (!w.pagefind) {
            w.pagefind = await import(paths[0]!);
            for (const path of paths.slice(1)) await w.pagefind!.mergeIndex(path);
          }
          await Promise.all(searches.map((search) => w.pagefind!.search(search)));
          return performance.now() - started;
        },
        { searches: termSearches(term), paths: Array.from({ length: bundles }, (_, n) => `${bundlePath(n)}${n === 0 ? 'pagefind.js' : ''}`) },
      );
      await page.waitForTimeout(100);
      rows.push([term, bytes / 1024, milliseconds]);
    }
    const later = rows.slice(1);
    const sorted = (values: number[]): number[] => values.sort((a, b) => a - b);
    const kb = sorted(later.map(([, kilobytes]) => kilobytes));
    const ms = sorted(later.map(([, , time]) => time));
    console.log(`  queries on this index (${later.length} after the first): index KB median ${kb[Math.floor(kb.length / 2)]!.toFixed(0)}, max ${kb.at(-1)!.toFixed(0)}; ms median ${Math.round(ms[Math.floor(ms.length / 2)]!)}, max ${Math.round(ms.at(-1)!)}; first query ${rows[0]![1].toFixed(0)} KB, ${Math.round(rows[0]![2])} ms`);
    const costliest = [...later].sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`  most bytes: ${costliest.map(([term, kilobytes, time]) => `${term} ${kilobytes.toFixed(0)} KB ${Math.round(time)} ms`).join('; ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Indexes `count` synthetic reports made from the built site in `dist` and prints the cost. */
export async function measureIndexScale(count: number, dist: string): Promise<void> {
  const reportsDir = join(dist, 'zh-hans', 'reports');
  const donors = readdirSync(reportsDir).map((id) => readReportPage(readFileSync(join(dist, reportHref('hans', id), 'index.html'), 'utf8')));
  const out = mkdtempSync(join(tmpdir(), 'huibian-bench-search-scale-'));
  const started = performance.now();
  const cpu = process.cpuUsage();
  const watcher = watchPagefind();
  let characters = 0;
  let positions = 0;
  let bundles = 0;
  try {
    const writer = bundleWriter(out);
    for (const page of syntheticPages(donors, count)) {
      const record = searchRecord(page);
      characters += record.length;
      positions += record.words;
      await writer.add(record.content, record.words);
    }
    bundles = (await writer.finish()).bundles.length;
    const pagefind = watcher.stop();
    const ownCpu = process.cpuUsage(cpu);
    const metaBytes = readdirSync(out).reduce((sum, bundle) => sum + readdirSync(join(out, bundle)).filter((name) => name.endsWith('.pf_meta')).reduce((s, name) => s + statSync(join(out, bundle, name)).size, 0), 0);
    const chunks = readdirSync(out).reduce((sum, bundle) => sum + readdirSync(join(out, bundle, 'index')).length, 0);
    console.log(`\nindexing ${count} synthetic reports (${(characters / 1e6).toFixed(1)} M search characters, ${(positions / 1e6).toFixed(2)} M index positions) in ${bundles} bundle(s):`);
    console.log(
      `  wall ${((performance.now() - started) / 1000).toFixed(1)} s; Pagefind CPU ${pagefind.cpuSeconds.toFixed(1)} s, peak ${Math.round(pagefind.peakMb)} MB (largest bundle process), ${Math.round(pagefind.allPeakMb)} MB (all at once); records (this process) CPU ${((ownCpu.user + ownCpu.system) / 1e6).toFixed(1)} s, RSS now ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`,
    );
    console.log(`  index on disk ${(directoryBytes(out) / 2 ** 20).toFixed(0)} MB (fragments ${(readdirSync(out).reduce((sum, bundle) => sum + directoryBytes(join(out, bundle, 'fragment')), 0) / 2 ** 20).toFixed(0)} MB), ${chunks} index chunks, metadata loaded first ${(metaBytes / 1024).toFixed(0)} KB`);
    await queryCost(out, bundles);
  } finally {
    watcher.stop();
    rmSync(out, { recursive: true, force: true });
  }
}
