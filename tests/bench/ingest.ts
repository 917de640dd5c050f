/**
 * `npm run bench:ingest`: ingests the 143 government work reports of
 * ../shared/corpus/govreports-2024 (txt, then docx) into a temporary folder
 * with the real CLI, and prints reports per second and peak memory (RSS of
 * the whole process, worker threads included, measured by /usr/bin/time or,
 * without it, by the child's resource usage). Goal: ≥ 200 reports/s on 2 cores, ≤ 500 MB.
 * Then, to show where the time goes, it times each step of the pipeline on
 * the txt reports in this thread.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clean } from '../../src/ingest/clean/index.ts';
import { describe } from '../../src/ingest/describe/index.ts';
import type { Ingested } from '../../src/ingest/pipeline.ts';
import { readDraft } from '../../src/ingest/read/index.ts';
import { structure } from '../../src/ingest/structure/index.ts';
import { composeEntry } from '../../src/ingest/write/compose-entry.ts';
import { entryIdOf, sha256Hex } from '../../src/ingest/write/entry-id.ts';
import { prepareInput } from '../../src/ingest/write/prepare-input.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpus/govreports-2024');
const TIME = '/usr/bin/time';
const GOAL_RATE = 200;
const GOAL_MB = 500;

interface Measure {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  summary: string;
}

/** Runs the CLI with `args`, timing it and taking its CPU time and peak RSS. */
function measure(args: string[]): Measure {
  const cli = [process.execPath, join(ROOT, 'src/ingest/cli.ts'), ...args];
  const timed = existsSync(TIME);
  const before = process.resourceUsage();
  const started = performance.now();
  const run = spawnSync(timed ? TIME : cli[0]!, timed ? ['-f', 'bench %M %U %S', ...cli] : cli.slice(1), { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`ingest failed (${run.status}):\n${run.stderr}`);
  const [peakKb, user, system] = (/bench (\d+) ([\d.]+) ([\d.]+)/.exec(run.stderr)?.slice(1) ?? []).map(Number);
  // Without /usr/bin/time: the children's figures of this process (peak of any child, CPU of all).
  const after = process.resourceUsage();
  return {
    seconds,
    cpuSeconds: timed ? user! + system! : (after.userCPUTime - before.userCPUTime + after.systemCPUTime - before.systemCPUTime) / 1e6,
    peakMb: (timed ? peakKb! : after.maxRSS) / 1024,
    summary: run.stderr.trim().split('\n').filter((line) => line.startsWith('ingest:')).at(-1) ?? '',
  };
}

/** One benchmark line. */
function report(label: string, count: number, { seconds, cpuSeconds, peakMb, summary }: Measure): void {
  const rate = count / seconds;
  const verdict = rate >= GOAL_RATE && peakMb <= GOAL_MB ? 'meets the goal' : `goal: ≥ ${GOAL_RATE} reports/s, ≤ ${GOAL_MB} MB`;
  console.log(
    `${label.padEnd(24)} ${count} reports in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} reports/s, ` +
      `${cpuSeconds.toFixed(2)} s CPU, peak RSS ${peakMb.toFixed(0)} MB — ${verdict}`,
  );
  console.log(`${''.padEnd(24)} ${summary}`);
}

/** The inputs of one format, sorted. */
function corpusFiles(format: string): string[] {
  const dir = join(CORPUS, format);
  return readdirSync(dir).filter((name) => name.endsWith(`.${format}`)).sort().map((name) => join(dir, name));
}

/** Milliseconds per report each step takes, run one report after the other in this thread. */
async function stepTimes(files: readonly string[]): Promise<Record<string, number>> {
  const spent: Record<string, number> = { read: 0, clean: 0, structure: 0, describe: 0, 'prepare (match text, shingles)': 0, 'compose (anchors, MDX, YAML)': 0 };
  const time = <T>(step: string, run: () => T): T => {
    const started = performance.now();
    const result = run();
    spent[step]! += performance.now() - started;
    return result;
  };
  for (const file of files) {
    const started = performance.now();
    const draft = await readDraft(file);
    spent.read! += performance.now() - started;
    time('clean', () => clean(draft));
    time('structure', () => structure(draft));
    const description = time('describe', () => describe(draft));
    const ingested: Ingested = { draft, description, sha256: sha256Hex(readFileSync(file)) };
    const input = time('prepare (match text, shingles)', () => prepareInput(ingested, ROOT));
    time('compose (anchors, MDX, YAML)', () => composeEntry({ id: entryIdOf(input.ingested.sha256), primary: input, members: [input] }, undefined, undefined));
  }
  return Object.fromEntries(Object.entries(spent).map(([step, ms]) => [step, ms / files.length]));
}

const RUNS: { label: string; format: string; args: string[] }[] = [
  { label: 'txt, new entries', format: 'txt', args: [] },
  { label: 'txt, again (unchanged)', format: 'txt', args: [] },
  { label: 'txt, 2 worker threads', format: 'txt', args: ['--workers', '2'] },
  { label: 'docx, new entries', format: 'docx', args: [] },
];
const work = mkdtempSync(join(tmpdir(), 'huibian-bench-'));
try {
  for (const { label, format, args } of RUNS) {
    const files = corpusFiles(format);
    // "again" reuses the entries of the run before it; every other run starts empty.
    const out = join(work, label.includes('again') ? 'txt, new entries' : label);
    report(label, files.length, measure(['--out', out, '--overrides', join(work, 'overrides'), ...args, ...files]));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const steps = await stepTimes(corpusFiles('txt'));
const total = Object.values(steps).reduce((sum, ms) => sum + ms, 0);
console.log(`\none thread, txt: ${total.toFixed(1)} ms per report (${(1000 / total).toFixed(0)} reports/s of CPU), of which:`);
for (const [step, ms] of Object.entries(steps)) console.log(`  ${step.padEnd(32)} ${ms.toFixed(2).padStart(6)} ms`);
