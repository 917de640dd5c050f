/**
 * `npm run bench:build [-- --sizes 1000,5000] [--keep]`: builds the site from
 * synthetic archives (tests/bench/synthetic-corpus.ts) of each size and
 * prints, per phase, wall time, CPU time and peak memory, and for the build
 * the pages written and pages per second. The site is built twice: as it is,
 * and with topics, formulations and parallel passages switched off
 * (`HUIBIAN_TOPICS=off`), so the run prints what they add. `--pairs N`
 * builds both N times, each pair in a shuffled order (`--seed S` repeats
 * one), and gives the median share and the share of the summed times too: on
 * a shared machine one pair can be off by 30 s either way.
 * Goals: 5,000 reports (10,000 report pages) in ≤ 3 minutes and ≤ 5 GB on 2
 * cores; topics, formulations and parallel passages add ≤ 20 % to that build.
 *
 * Peak memory is the maximum RSS `/usr/bin/time -v` reports for the phase's
 * process (child processes included). The machine's load average is printed
 * first: figures taken while something else runs are not comparable.
 *
 * To add a phase (say, indexing the built site), append to `PHASES`: each
 * gets the run's folders and returns what it measured; phases run in order.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './median.ts';
import { generateCorpus, loadDonors } from './synthetic-corpus.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TIME = '/usr/bin/time';
/** Kilobytes per memory page (the unit of RSS in /proc/<pid>/stat). */
const PAGE_KB = 4;
const GOAL = { reports: 5000, seconds: 180, gigabytes: 5 };
/** Issue 5: topics, formulations and parallel passages add at most this share to the build of 5,000 reports. */
const TOPICS_GOAL = 0.2;

/** Folders of one benchmark run. */
export interface BenchRun {
  /** Reports in the synthetic archive. */
  size: number;
  /** HUIBIAN_CONTENT of the build: holds `reports/*.mdx`. */
  content: string;
  /** HUIBIAN_OUT of the build. */
  out: string;
}

/** What a phase measured; `seconds` is wall time. */
export interface PhaseResult {
  seconds: number;
  cpuSeconds?: number;
  peakMb?: number;
  /** Peak RSS of the phase's whole process tree at once, in MB (sampled). */
  treePeakMb?: number;
  /** Mean 1-minute load average of the machine while the phase ran. */
  load?: number;
  /** Extra figures, printed after the standard ones. */
  notes?: string[];
  /** Lines printed below the phase's line (e.g. a tool's own breakdown). */
  details?: string[];
  /** Seconds of named steps within the phase (see `ASTRO_STEPS`). */
  steps?: Record<string, number>;
}

/** One timed step of a run. */
export interface Phase {
  name: string;
  run: (run: BenchRun) => Promise<PhaseResult> | PhaseResult;
}

/** Resident memory of a process and all its descendants, in MB (0 once it has ended). */
function treeRssMb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state, ppid, … rss is field 24.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * PAGE_KB);
    } catch {
      // The process ended while /proc was read.
    }
  }
  let kb = 0;
  for (const pending = [root]; pending.length > 0; ) {
    const pid = pending.pop()!;
    kb += rss.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return kb / 1024;
}

/**
 * Runs a command under `/usr/bin/time -v`: wall time, CPU time (user +
 * system) of it and its children, peak RSS (the largest single process, as
 * `time` reports it, and the whole process tree at once, sampled every
 * second), and the machine's mean load average while it ran (the command's
 * own work counts in it).
 */
export async function timedCommand(command: string[], env: NodeJS.ProcessEnv = {}): Promise<PhaseResult & { stdout: string }> {
  if (!existsSync(TIME)) throw new Error(`${TIME} is needed to measure peak memory (apt-get install time)`);
  const started = performance.now();
  const child = spawn(TIME, ['-v', ...command], { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const loads: number[] = [];
  let treePeakMb = 0;
  const sampler = setInterval(() => {
    loads.push(loadavg()[0]!);
    if (child.pid !== undefined) treePeakMb = Math.max(treePeakMb, treeRssMb(child.pid));
  }, 1000);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const stdout = Buffer.concat(out).toString('utf8');
  const stderr = Buffer.concat(err).toString('utf8');
  if (status !== 0) throw new Error(`${command.join(' ')} failed (${status}):\n${stdout}\n${stderr}`);
  const figure = (label: string): number => Number(new RegExp(`${label}: ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
  return {
    seconds,
    cpuSeconds: figure('User time \\(seconds\\)') + figure('System time \\(seconds\\)'),
    peakMb: figure('Maximum resident set size \\(kbytes\\)') / 1024,
    treePeakMb,
    ...(loads.length > 0 ? { load: loads.reduce((sum, load) => sum + load, 0) / loads.length } : {}),
    stdout,
  };
}

/** Files under `dir` whose name ends in `suffix`, counted. */
function countFiles(dir: string, suffix: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(suffix)) count++;
  }
  return count;
}

/** Sections of Astro's `--timings` report worth printing with every run: where the build's time went. */
const TIMING_SECTIONS = ['Build phases', 'Page rendering', 'Slowest pages', 'Integrations'];

/** The chosen sections of the `--timings` report at the end of Astro's log. */
function astroTimings(log: string): string[] {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const report = plain.slice(plain.lastIndexOf('build timings'));
  return report
    .split(/\n\s*\n/)
    .filter((block) => TIMING_SECTIONS.some((title) => block.trimStart().startsWith(title)))
    .flatMap((block) => block.split('\n'))
    .map((line) => `    ${line}`);
}

/**
 * Rows of Astro's `--timings` report that the topics share is split into:
 * page generation (where topics add their pages and asides), and the search
 * index (nearly the same work in both builds, so a pair's difference there
 * is mostly the machine's noise).
 */
const ASTRO_STEPS: Record<string, RegExp> = {
  'page generation': /^\s*generate pages\s+([\d.]+)(m?s)\b/m,
  'search index': /^\s*huibian-search-index\s+([\d.]+)(m?s)\b/m,
};

/** Seconds of each of ASTRO_STEPS in an Astro log (those it reports). */
function astroSteps(log: string): Record<string, number> {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const steps: Record<string, number> = {};
  for (const [step, row] of Object.entries(ASTRO_STEPS)) {
    const match = row.exec(plain);
    if (match) steps[step] = Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
  }
  return steps;
}

let donors: Awaited<ReturnType<typeof loadDonors>> | undefined;

/** The same build with topics, formulations and parallel passages switched off (src/utils/topics/corpus-analysis.ts). */
const TOPICS_OFF = 'build, no topics';

/**
 * A cold build of the site from `content` into `out` (--force: no
 * content-layer cache from an earlier run; --timings: Astro's own breakdown).
 * The disk is flushed first (`sync`): each build writes about half a
 * gigabyte, which the kernel otherwise writes out during the next build.
 */
async function astroBuild(content: string, out: string, env: NodeJS.ProcessEnv = {}): Promise<PhaseResult> {
  rmSync(out, { recursive: true, force: true });
  spawnSync('sync');
  const result = await timedCommand([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--force', '--timings'], {
    HUIBIAN_CONTENT: content,
    HUIBIAN_OUT: out,
    ...env,
  });
  const pages = countFiles(out, '.html');
  return { ...result, notes: [`${pages} pages`, `${(pages / result.seconds).toFixed(0)} pages/s`], details: astroTimings(result.stdout), steps: astroSteps(result.stdout) };
}

/** The build as it is. */
const BUILD = 'astro build';

/** The phases of a run, in order; the two builds run again for each further pair (`--pairs`). */
export const PHASES: Phase[] = [
  {
    name: 'generate corpus',
    async run({ size, content }) {
      const started = performance.now();
      donors ??= await loadDonors();
      const { characters } = await generateCorpus({ count: size, out: content }, donors);
      return { seconds: (performance.now() - started) / 1000, notes: [`${(characters / 1e6).toFixed(1)} M characters`] };
    },
  },
  {
    name: BUILD,
    run: ({ content, out }) => astroBuild(content, out),
  },
  {
    name: TOPICS_OFF,
    run: ({ content, out }) => astroBuild(content, `${out}-no-topics`, { HUIBIAN_TOPICS: 'off' }),
  },
];

/** The phases that run again for each further pair. */
const PAIRED = new Set([BUILD, TOPICS_OFF]);

/**
 * The order of each pair's two builds: as many pairs with topics first as
 * without (one more without for an odd count), shuffled by `seed`. Measured
 * on 2026-12-07 and -08: on the machines here a build now and then runs
 * 20–30 % slower in the parts that wait on the disk (writing the pages, the
 * search step), and one such spell came about ten minutes into every run, on
 * the fifth or sixth build, whatever it built. With the order reversed every
 * other pair the fifth build is always the third pair's build with topics,
 * so that pair came out far over the goal in all five such runs; one fixed
 * order puts the sixth on them. Shuffled, the spells fall on either kind by
 * chance. `true`: topics first.
 */
function pairOrders(pairs: number, seed: number): boolean[] {
  const orders = Array.from({ length: pairs }, (_, pair) => pair < pairs >> 1);
  // mulberry32: small, seedable, good enough to shuffle a handful of items.
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  for (let i = orders.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [orders[i], orders[j]] = [orders[j]!, orders[i]!];
  }
  return orders;
}

/** The phases of pair `pair` (from 1): all of them for the first, then the two builds, in the order given. */
function phasesOfPair(pair: number, topicsFirst: boolean): Phase[] {
  const builds = PHASES.filter((phase) => PAIRED.has(phase.name));
  if (!topicsFirst) builds.reverse();
  return pair === 1 ? [...PHASES.filter((phase) => !PAIRED.has(phase.name)), ...builds] : builds;
}

/**
 * What topics, formulations and parallel passages add to the build: the full
 * builds against the same builds with them switched off, pair by pair, in
 * wall and CPU time (CPU time is the figure to compare on a loaded machine);
 * with several pairs, the median of the pairs' shares. `label` names the line.
 */
function topicsShare(size: number, label: string, full: readonly PhaseResult[], without: readonly PhaseResult[]): string {
  const sign = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
  const wall = full.map((run, i) => [run.seconds, without[i]!.seconds] as const);
  const cpu = full.every((run, i) => run.cpuSeconds !== undefined && without[i]!.cpuSeconds !== undefined)
    ? full.map((run, i) => [run.cpuSeconds!, without[i]!.cpuSeconds!] as const)
    : undefined;
  const added = (pairs: ReadonlyArray<readonly [number, number]>): string =>
    `${sign(median(pairs.map(([a, b]) => a - b)))} s (${sign(median(pairs.map(([a, b]) => a / b - 1)) * 100)} %)`;
  const within = (pairs: ReadonlyArray<readonly [number, number]>): string => (median(pairs.map(([a, b]) => a / b - 1)) <= TOPICS_GOAL ? 'within' : 'OVER');
  const verdict = size === GOAL.reports ? `; goal ≤ ${TOPICS_GOAL * 100} %: wall ${within(wall)}${cpu ? `, CPU ${within(cpu)}` : ''}` : '';
  // Where the wall-time difference lies, step by step (medians of the pairs' differences).
  const steps = Object.keys(ASTRO_STEPS)
    .filter((step) => full.every((run, i) => run.steps?.[step] !== undefined && without[i]!.steps?.[step] !== undefined))
    .map((step) => `${step} ${sign(median(full.map((run, i) => run.steps![step]! - without[i]!.steps![step]!)))} s`);
  const split = steps.length > 0 ? ` (of which ${steps.join(', ')})` : '';
  return `${''.padStart(6)}          ${label}: wall ${added(wall)}${split}${cpu ? `, CPU ${added(cpu)}` : ''}${verdict}`;
}

/**
 * The same over every pair at once: the builds with topics against those
 * without, each side's times summed: a pair the machine slowed for a few
 * minutes weighs by what it cost, where the median sets it aside.
 */
function pooledShare(full: readonly PhaseResult[], without: readonly PhaseResult[]): string {
  const total = (runs: readonly PhaseResult[], figure: (run: PhaseResult) => number | undefined): number => runs.reduce((sum, run) => sum + (figure(run) ?? NaN), 0);
  const share = (figure: (run: PhaseResult) => number | undefined): string => {
    const [a, b] = [total(full, figure), total(without, figure)];
    const sign = a >= b ? '+' : '';
    return `${sign}${(a - b).toFixed(1)} s on ${b.toFixed(1)} s (${sign}${((a / b - 1) * 100).toFixed(1)} %)`;
  };
  const cpu = full.every((run, i) => run.cpuSeconds !== undefined && without[i]!.cpuSeconds !== undefined);
  return `${''.padStart(6)}          all ${full.length} pairs together (sums): wall ${share((run) => run.seconds)}${cpu ? `, CPU ${share((run) => run.cpuSeconds)}` : ''}`;
}

/** One line per phase. */
function printPhase(size: number, name: string, { seconds, cpuSeconds, peakMb, treePeakMb, load, notes = [], details = [] }: PhaseResult): void {
  const figures = [
    `${seconds.toFixed(1)} s`,
    ...(cpuSeconds !== undefined ? [`${cpuSeconds.toFixed(1)} s CPU`] : []),
    ...(peakMb !== undefined ? [`peak RSS ${(peakMb / 1024).toFixed(2)} GB`] : []),
    ...(treePeakMb !== undefined ? [`all processes ${(treePeakMb / 1024).toFixed(2)} GB`] : []),
    ...(load !== undefined ? [`load ${load.toFixed(1)}`] : []),
    ...notes,
  ];
  console.log(`${String(size).padStart(6)} reports  ${name.padEnd(18)} ${figures.join(', ')}`);
  for (const line of details) console.log(line);
}

/**
 * The build against the goal. Wall time is what the goal names, but on a
 * shared machine it grows with the others' load; CPU time does not, and on
 * an otherwise idle machine with 2 cores the wall time of this mostly
 * single-threaded build is about its CPU time.
 */
function goalVerdict({ seconds, cpuSeconds = NaN, peakMb = NaN, treePeakMb, load }: PhaseResult): string {
  const within = (value: number, limit: number): string => (value <= limit ? 'within' : 'OVER');
  const gigabytes = Math.max(peakMb, treePeakMb ?? 0) / 1024;
  return (
    `${''.padStart(6)}          goal for ${GOAL.reports} reports, ≤ ${GOAL.seconds} s and ≤ ${GOAL.gigabytes} GB: ` +
    `wall ${seconds.toFixed(0)} s (${within(seconds, GOAL.seconds)}), CPU ${cpuSeconds.toFixed(0)} s (${within(cpuSeconds, GOAL.seconds)}), ` +
    `${gigabytes.toFixed(2)} GB (${within(gigabytes, GOAL.gigabytes)})` +
    (load !== undefined ? `; mean load ${load.toFixed(1)} on ${availableParallelism()} cores` : '')
  );
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    keep: { type: 'boolean', default: false },
    pairs: { type: 'string', default: '1' },
    seed: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes: expected counts like 1000,5000, got "${values.sizes}"`);
const pairs = Number(values.pairs);
if (!Number.isInteger(pairs) || pairs < 1) throw new Error(`--pairs: expected a whole number ≥ 1, got "${values.pairs}"`);
const seed = values.seed === undefined ? Date.now() % 2 ** 32 : Number(values.seed);
if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed: expected a whole number ≥ 0, got "${values.seed}"`);
const orders = pairOrders(pairs, seed);

const work = join(ROOT, '.bench');
mkdirSync(work, { recursive: true });
const [load1, load5] = loadavg();
console.log(`bench:build on node ${process.version}; load average ${load1!.toFixed(2)} (1 min), ${load5!.toFixed(2)} (5 min)`);
if (pairs > 1) console.log(`pairs in the order ${orders.map((first) => (first ? 'with, without' : 'without, with')).join('; ')} (--seed ${seed})`);
for (const size of sizes) {
  const run: BenchRun = { size, content: join(work, `corpus-${size}`), out: join(work, `site-${size}`) };
  const results = new Map<string, PhaseResult[]>();
  for (let pair = 1; pair <= pairs; pair++) {
    for (const phase of phasesOfPair(pair, orders[pair - 1]!)) {
      const result = await phase.run(run);
      results.set(phase.name, [...(results.get(phase.name) ?? []), result]);
      printPhase(size, pairs > 1 && PAIRED.has(phase.name) ? `${phase.name} (${pair})` : phase.name, result);
    }
    const [full, without] = [results.get(BUILD), results.get(TOPICS_OFF)];
    if (full?.[pair - 1] && without?.[pair - 1]) console.log(topicsShare(size, `pair ${pair}: topics, formulations, parallels add`, [full[pair - 1]!], [without[pair - 1]!]));
  }
  const [full, without] = [results.get(BUILD), results.get(TOPICS_OFF)];
  if (pairs > 1 && full && without) {
    console.log(topicsShare(size, `median of ${pairs} pairs: topics, formulations, parallels add`, full, without));
    console.log(pooledShare(full, without));
  }
  if (size === GOAL.reports && full) console.log(goalVerdict(full[0]!));
  if (!values.keep) for (const out of [run.out, `${run.out}-no-topics`]) rmSync(out, { recursive: true, force: true });
}
