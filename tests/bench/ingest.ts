/**
 * `npm run bench:ingest`: ingests the 143 government work reports of
 * ../shared/corpus/govreports-2024 (txt, then docx) into a temporary folder
 * with the real CLI, and prints reports per second (whole command, start-up
 * included), CPU time and peak memory (RSS of the whole process, worker
 * threads included, measured by /usr/bin/time or, without it, by the child's
 * resource usage). Goal: ≥ 200 reports/s on 2 cores, ≤ 500 MB.
 * The first run compiles the modules into a fresh compile cache, as the first
 * run after an install or a change does; the others find them there. One run
 * ingests four copies of the txt reports, where start-up counts less.
 * Two main-thread-only runs at once then show what a second core gives,
 * and the reports ingested one by one in a fresh process where a run's
 * start goes.
 * Then, for the steady state without start-up, it times each step of the
 * pipeline on the txt reports in this thread (mean CPU time of `--passes N`
 * passes, 3 unless given, the code warmed up by a first; the process's CPU
 * time, see `cpuMs`). `--steady-only` skips the command runs.
 * `--archive N[,N…]` instead times adding reports to a synthetic archive of
 * N entries (see `reportArchive`).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clean } from '../../src/ingest/clean/index.ts';
import { describe } from '../../src/ingest/describe/index.ts';
import type { Ingested } from '../../src/ingest/pipeline.ts';
import { readDraft } from '../../src/ingest/read/index.ts';
import { structure } from '../../src/ingest/structure/index.ts';
import { composeEntry } from '../../src/ingest/write/compose-entry.ts';
import { INDEX_FILE } from '../../src/ingest/write/archive-index.ts';
import { entryIdOf, sha256Hex } from '../../src/ingest/write/entry-id.ts';
import { prepareInput } from '../../src/ingest/write/prepare-input.ts';
import { median } from './median.ts';
import { generateCorpus } from './synthetic-corpus.ts';

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

/** Runs the CLI with `args`, timing it and taking its CPU time and peak RSS (without /usr/bin/time, those of this process's children: of all runs at once). */
async function measure(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Measure> {
  const cli = [process.execPath, join(ROOT, 'src/ingest/cli.js'), ...args];
  const timed = existsSync(TIME);
  const before = process.resourceUsage();
  const started = performance.now();
  const run = await new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(timed ? TIME : cli[0]!, timed ? ['-f', 'bench %M %U %S', ...cli] : cli.slice(1), {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject).on('close', (status) => resolve({ status, stderr }));
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`ingest failed (${run.status}):\n${run.stderr}`);
  const [peakKb, user, system] = (/bench (\d+) ([\d.]+) ([\d.]+)/.exec(run.stderr)?.slice(1) ?? []).map(Number);
  const after = process.resourceUsage();
  return {
    seconds,
    cpuSeconds: timed ? user! + system! : (after.userCPUTime - before.userCPUTime + after.systemCPUTime - before.systemCPUTime) / 1e6,
    peakMb: (timed ? peakKb! : after.maxRSS) / 1024,
    summary: run.stderr.trim().split('\n').filter((line) => line.startsWith('ingest:')).at(-1) ?? '',
  };
}

/** One benchmark line; `judged` when the run is one the goal names (one pass over the reports). */
function report(label: string, count: number, { seconds, cpuSeconds, peakMb, summary }: Measure, judged: boolean): void {
  const rate = count / seconds;
  const verdict = !judged
    ? 'not judged: the goal is on one pass over the reports'
    : rate >= GOAL_RATE && peakMb <= GOAL_MB
      ? 'meets the goal'
      : `goal: ≥ ${GOAL_RATE} reports/s, ≤ ${GOAL_MB} MB`;
  console.log(
    `${label.padEnd(24)} ${count} reports in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} reports/s, ` +
      `${cpuSeconds.toFixed(2)} s CPU (${((cpuSeconds * 1000) / count).toFixed(1)} ms a report), peak RSS ${peakMb.toFixed(0)} MB — ${verdict}`,
  );
  console.log(`${''.padEnd(24)} ${summary}`);
}

/** The inputs of one format, sorted. */
function corpusFiles(format: string): string[] {
  const dir = join(CORPUS, format);
  return readdirSync(dir).filter((name) => name.endsWith(`.${format}`)).sort().map((name) => join(dir, name));
}

/** Folders holding `count` copies of the inputs of one format (one copy each), made under `dir`. */
function copiesOf(format: string, count: number, dir: string): string[] {
  return Array.from({ length: count }, (_, i) => {
    const folder = join(dir, String(i + 1));
    cpSync(join(CORPUS, format), folder, { recursive: true });
    return folder;
  });
}

/**
 * CPU time of this process, in milliseconds: this thread's, plus the little
 * that V8's and libuv's helper threads spend on its behalf. Not
 * `process.threadCpuUsage()`: Linux brings a running thread's figure up to
 * date only at a scheduler tick or when the thread sleeps, so the time of
 * the steps that compute without sleeping was charged to the next step that
 * waits for the disk (read showed 2.6 ms a report, clean 0.4; they take
 * ~0.5 and ~1.7).
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Milliseconds of CPU per report each step takes, run one report after the other in this thread. */
async function stepTimes(files: readonly string[]): Promise<Record<string, number>> {
  const spent: Record<string, number> = { read: 0, clean: 0, structure: 0, describe: 0, 'prepare (match text, shingles)': 0, 'compose (anchors, MDX, YAML)': 0 };
  const time = <T>(step: string, run: () => T): T => {
    const started = cpuMs();
    const result = run();
    spent[step]! += cpuMs() - started;
    return result;
  };
  for (const file of files) {
    const started = cpuMs();
    const draft = await readDraft(file);
    spent.read! += cpuMs() - started;
    time('clean', () => clean(draft));
    time('structure', () => structure(draft));
    const description = time('describe', () => describe(draft));
    const ingested: Ingested = { draft, description, sha256: sha256Hex(readFileSync(file)) };
    const input = time('prepare (match text, shingles)', () => prepareInput(ingested, ROOT));
    time('compose (anchors, MDX, YAML)', () => composeEntry({ id: entryIdOf(input.ingested.sha256), primary: input, members: [input] }, undefined, undefined));
  }
  return Object.fromEntries(Object.entries(spent).map(([step, ms]) => [step, ms / files.length]));
}

/**
 * The runs, in order; `again` reuses the entries of the run before it, every
 * other run starts empty. `copies` ingests that many copies of the reports,
 * each in a folder of its own: a longer run, where start-up counts less (the
 * copies merge as duplicates, so it writes the entries of one).
 */
const RUNS: { label: string; format: string; args: string[]; again?: boolean; copies?: number }[] = [
  { label: 'txt, cold compile cache', format: 'txt', args: [] },
  { label: 'txt, new entries', format: 'txt', args: [] },
  { label: 'txt, again (unchanged)', format: 'txt', args: [], again: true },
  { label: 'txt, main thread only', format: 'txt', args: ['--workers', '0'] },
  { label: 'txt, four copies', format: 'txt', args: [], copies: 4 },
  { label: 'docx, new entries', format: 'docx', args: [] },
  { label: 'docx, main thread only', format: 'docx', args: ['--workers', '0'] },
];
/**
 * How much a second core gives this work: two main-thread-only runs at once
 * against the one alone before them. On the 2-core machines here they slow
 * each other by about a third, as threads sharing one core would.
 */
async function reportTwoAtOnce(work: string, env: NodeJS.ProcessEnv, alone: Measure): Promise<void> {
  const files = corpusFiles('txt');
  const run = (name: string) => measure(['--out', join(work, name), '--overrides', join(work, 'overrides'), '--workers', '0', ...files], env);
  const both = await Promise.all([run('at once 1'), run('at once 2')]);
  const slowest = Math.max(...both.map((measured) => measured.seconds));
  console.log(
    `${'txt, two at once'.padEnd(24)} main thread only each: ${both.map((measured) => measured.seconds.toFixed(2)).join(' s and ')} s against ${alone.seconds.toFixed(2)} s alone: ` +
      `two runs at once do ${((2 * alone.seconds) / slowest).toFixed(2)}× the work of one in the same time`,
  );
}

/**
 * Where a run's start goes: the txt reports ingested one by one in a fresh
 * process (`first-reports.ts`), the modules from the compile cache: loading
 * the pipeline, the first report (each rule's first use), the next nine
 * (V8 still optimising), and the rest.
 */
async function reportFirstReports(env: NodeJS.ProcessEnv): Promise<void> {
  const files = corpusFiles('txt');
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'tests/bench/first-reports.ts'), ...files], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject).on('close', (status) => (status === 0 ? resolve(stdout) : reject(new Error(`first-reports.ts failed (${status})`))));
  });
  const { loadMs, reportMs } = JSON.parse(output) as { loadMs: number; reportMs: number[] };
  const [first, next, rest] = [reportMs[0]!, reportMs.slice(1, 10), reportMs.slice(10)];
  console.log(
    `${'txt, the first reports'.padEnd(24)} a fresh process, one report after the other: pipeline loaded in ${loadMs.toFixed(0)} ms; ` +
      `report 1 ${first.toFixed(0)} ms, 2–10 ${Math.min(...next).toFixed(1)}–${Math.max(...next).toFixed(1)} ms, ` +
      `11–${reportMs.length} median ${median(rest).toFixed(1)} ms, ${Math.min(...rest).toFixed(1)}–${Math.max(...rest).toFixed(1)} ms`,
  );
}

/**
 * Adding reports to an archive of `size` synthetic entries (see
 * synthetic-corpus.ts), five reports a run, five it has not seen each time:
 * the first run finds no archive index (it reads every entry, as ingest did
 * before there was one, and writes the index), the second and third have it
 * (the third adds five short web pages of the dev corpus: their sketches are
 * small), the fourth has it deleted again.
 */
async function reportArchive(work: string, env: NodeJS.ProcessEnv, size: number): Promise<void> {
  const archive = join(work, `archive-${size}`);
  await generateCorpus({ count: size, out: archive });
  const out = join(archive, 'reports');
  const files = corpusFiles('txt');
  // Into a folder of its own, so that no run below compiles the modules.
  await measure(['--out', join(work, 'warm-up'), files[0]!], env);
  const pages = join(ROOT, '../shared/corpus/pages');
  const shortPages = readdirSync(pages).filter((name) => name.endsWith('.txt')).sort().slice(0, 5).map((name) => join(pages, name));
  const runs = [
    { label: 'no index yet', inputs: files.slice(0, 5), drop: false },
    { label: 'with the index', inputs: files.slice(5, 10), drop: false },
    { label: 'with the index, web pages', inputs: shortPages, drop: false },
    { label: 'index deleted', inputs: files.slice(10, 15), drop: true },
  ];
  for (const { label, inputs, drop } of runs) {
    if (drop) rmSync(join(out, INDEX_FILE));
    const { seconds, peakMb, summary } = await measure(['--out', out, '--overrides', join(work, 'overrides'), ...inputs], env);
    console.log(`archive of ${size}, ${label}:`.padEnd(46) + ` ${inputs.length} reports added in ${seconds.toFixed(2)} s, peak RSS ${peakMb.toFixed(0)} MB`);
    console.log(`${''.padEnd(46)} ${summary}`);
  }
}

/** The runs of RUNS, the two at once and the first reports, in `work`. */
async function reportRuns(work: string, env: NodeJS.ProcessEnv): Promise<void> {
  const measured = new Map<string, Measure>();
  for (const [i, { label, format, args, again, copies }] of RUNS.entries()) {
    const files = corpusFiles(format);
    const inputs = copies === undefined ? files : copiesOf(format, copies, join(work, `${label} inputs`));
    const out = join(work, again ? RUNS[i - 1]!.label : label);
    measured.set(label, await measure(['--out', out, '--overrides', join(work, 'overrides'), ...args, ...inputs], env));
    report(label, files.length * (copies ?? 1), measured.get(label)!, copies === undefined);
  }
  await reportTwoAtOnce(work, env, measured.get('txt, main thread only')!);
  await reportFirstReports(env);
}

/** The steady state: each step's CPU time per report, the mean of `--passes N` passes after a warm-up pass. */
async function reportSteadyState(): Promise<void> {
  const files = corpusFiles('txt');
  await stepTimes(files);
  const passes = Number(process.argv[process.argv.indexOf('--passes') + 1]) || 3;
  const perPass: Record<string, number>[] = [];
  for (let pass = 0; pass < passes; pass++) perPass.push(await stepTimes(files));
  const steps = Object.fromEntries(Object.keys(perPass[0]!).map((step) => [step, perPass.reduce((sum, times) => sum + times[step]!, 0) / passes]));
  const total = Object.values(steps).reduce((sum, ms) => sum + ms, 0);
  console.log(
    `\nsteady state, txt, one thread (mean of ${passes} passes): ${total.toFixed(2)} ms of CPU per report ` +
      `(${(1000 / total).toFixed(0)} reports/s a thread), of which:`,
  );
  for (const [step, ms] of Object.entries(steps)) console.log(`  ${step.padEnd(32)} ${ms.toFixed(2).padStart(6)} ms`);
}

const archiveArg = process.argv.indexOf('--archive');
const archiveSizes = archiveArg < 0 ? [] : (process.argv[archiveArg + 1] ?? '').split(',').map(Number);
if (archiveSizes.some((size) => !Number.isInteger(size) || size <= 0)) throw new Error('--archive: expected sizes such as 5000 or 5000,20000');

const work = mkdtempSync(join(tmpdir(), 'huibian-bench-'));
try {
  // A compile cache of the benchmark's own: empty for the first run, filled by it for the others.
  const env = { NODE_COMPILE_CACHE: join(work, 'compile-cache') };
  for (const size of archiveSizes) await reportArchive(work, env, size);
  if (archiveSizes.length === 0 && !process.argv.includes('--steady-only')) await reportRuns(work, env);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (archiveSizes.length === 0) await reportSteadyState();
