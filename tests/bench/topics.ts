/**
 * `npm run bench:topics [-- N …]`: the build-time cost of topics, formulations
 * and parallel passages without the pages: CPU time and heap growth of
 * `analyseCorpus` (the computation every page shares) on the synthetic
 * archives `bench:build` builds (synthetic-corpus.ts), for each size
 * (default 1000 and 5000), so the growth with N can be read off. What the
 * pages add is measured by `bench:build`, which builds the site with and
 * without topics.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { analyseCorpus } from '../../src/utils/topics/corpus-analysis.ts';
import { tempDir } from '../ingest/write/fixtures.ts';
import { curatedTopics, readReportEntries } from '../site/topics/corpus-truth.ts';
import { generateCorpus, loadDonors } from './synthetic-corpus.ts';

const sizes = process.argv.slice(2).filter((arg) => /^\d+$/.test(arg)).map(Number);
if (sizes.length === 0) sizes.push(1000, 5000);

const donors = await loadDonors();
const topics = curatedTopics();
console.log(`${topics.length} topics; synthetic archives from ${donors.length} real reports`);

for (const size of sizes) {
  const out = tempDir('huibian-bench-topics-');
  try {
    const { characters } = await generateCorpus({ count: size, out }, donors);
    const entries = readReportEntries(join(out, 'reports'));
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const analysis = analyseCorpus(entries, topics);
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    globalThis.gc?.();
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    const parallels = analysis.parallels.blocks.reduce((sum, byBlock) => sum + byBlock.size, 0);
    console.log(
      `${String(size).padStart(6)} reports (${(characters / 1e6).toFixed(1)} M chars): analysis ${seconds.toFixed(2)} s wall, ` +
        `${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU, heap +${heapMb.toFixed(0)} MB (after GC); ` +
        `${analysis.formulations.length} formulations, ${parallels} paragraphs with parallels`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
