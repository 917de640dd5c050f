/**
 * `npm run bench:topics`: the build-time cost of topics, formulations and
 * parallel passages on a synthetic corpus. The real corpus
 * (../shared/corpus) is ingested with the real CLI into a temporary folder;
 * its paragraphs are recombined (seeded, so every run builds the same corpus)
 * into N reports of ~6,000 characters, each with the year and region of a
 * random real report. Prints the CPU time and heap growth of `analyseCorpus`
 * (the whole computation pages share) for each size, so the growth with N can
 * be read off; the page rendering cost is measured by building the site
 * (see the README).
 *
 * Usage: node tests/bench/topics.ts [N …] [--write DIR]   (default N: 1000 5000)
 * `--write DIR` also writes the largest synthetic corpus as DIR/reports/*.mdx,
 * for a full `astro build` with HUIBIAN_CONTENT=DIR.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { reportSchema, type ReportFrontmatter } from '../../src/lib/report-schema.ts';
import { splitEntry } from '../../src/ingest/write/frontmatter.ts';
import { parseBody, renderBody } from '../../src/ingest/write/mdx-body.ts';
import { dumpFrontmatter } from '../../src/ingest/write/frontmatter.ts';
import { analyseCorpus, type ReportEntry, type TopicEntry } from '../../src/utils/topics/corpus-analysis.ts';
import { topicSchema } from '../../src/utils/topics/topic-schema.ts';
import { runCli, tempDir } from '../ingest/write/fixtures.ts';

const CORPUS = ['seeds', 'pages', 'govreports-2024/txt'].map((part) => join('../shared/corpus', part));
const REPORT_CHARS = 6000;

/** Mulberry32: a small seeded generator, so every run recombines the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const args = process.argv.slice(2);
const writeAt = args.indexOf('--write');
const writeDir = writeAt >= 0 ? args[writeAt + 1] : undefined;
const sizes = args.filter((arg, i) => /^\d+$/.test(arg) && !(writeAt >= 0 && i === writeAt + 1)).map(Number);
if (sizes.length === 0) sizes.push(1000, 5000);

// The real corpus, ingested.
const out = join(tempDir('huibian-bench-topics-'), 'reports');
const run = runCli(['--out', out, '--overrides', join(out, '..', 'overrides'), ...CORPUS]);
if (run.status !== 0) throw new Error(run.stderr);
const real = readdirSync(out).map((name) => {
  const { fields, body } = splitEntry(readFileSync(join(out, name), 'utf8'))!;
  return { fields, data: reportSchema.parse(fields), blocks: parseBody(body) };
});
const paragraphs = real.flatMap((report) => report.blocks.filter((block) => block.type === 'paragraph').map((block) => ({ block, script: report.data.script })));
const topics: TopicEntry[] = readdirSync('content/topics').map((file) => ({
  id: file.replace(/\.ya?ml$/, ''),
  data: topicSchema.parse(yaml.load(readFileSync(join('content/topics', file), 'utf8'))),
}));
console.log(`real corpus: ${real.length} reports, ${paragraphs.length} paragraphs; ${topics.length} topics`);

/** N synthetic reports: paragraphs of one script drawn at random up to ~6,000 characters, metadata of a random real report. */
function synthesise(count: number): ReportEntry[] {
  const next = random(count);
  return Array.from({ length: count }, (_, n) => {
    const model = real[Math.floor(next() * real.length)]!;
    const blocks = [];
    let chars = 0;
    const taken = new Set<string>();
    while (chars < REPORT_CHARS) {
      const { block, script } = paragraphs[Math.floor(next() * paragraphs.length)]!;
      if (script !== model.data.script || taken.has(block.anchor)) continue;
      taken.add(block.anchor);
      blocks.push(block);
      chars += block.text.length;
    }
    const data: ReportFrontmatter = { ...model.data, title: `合成报告 ${n}` };
    return { id: `synthetic-${String(n).padStart(6, '0')}`, data, body: renderBody(blocks) };
  });
}

for (const size of sizes) {
  const entries = synthesise(size);
  const chars = entries.reduce((sum, entry) => sum + (entry.body?.length ?? 0), 0);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const analysis = analyseCorpus(entries, topics);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const parallels = analysis.parallels.blocks.reduce((sum, byBlock) => sum + byBlock.size, 0);
  console.log(
    `${String(size).padStart(6)} reports (${(chars / 1e6).toFixed(1)} M chars of MDX): analysis ${seconds.toFixed(2)} s wall, ` +
      `${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU, heap +${heapMb.toFixed(0)} MB; ` +
      `${analysis.formulations.length} formulations, ${parallels} paragraphs with parallels`,
  );
  if (writeDir && size === Math.max(...sizes)) {
    const dir = join(writeDir, 'reports');
    mkdirSync(dir, { recursive: true });
    for (const entry of entries) writeFileSync(join(dir, `${entry.id}.mdx`), `---\n${dumpFrontmatter({ ...real[0]!.fields, ...entry.data, title: entry.data.title })}---\n\n${entry.body}`);
    console.log(`wrote ${entries.length} entries to ${dir}`);
  }
}
