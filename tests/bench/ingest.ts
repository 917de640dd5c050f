/**
 * `npm run bench:ingest`: ingests the 143 government work reports of
 * ../shared/corpus/govreports-2024 (txt, then docx) into a temporary folder
 * with the real CLI, and prints reports per second and peak memory (RSS of
 * the whole process, worker threads included, measured by /usr/bin/time or,
 * without it, by the child's resource usage). Goal: ≥ 200 reports/s on 2 cores, ≤ 500 MB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpus/govreports-2024');
const TIME = '/usr/bin/time';
const GOAL_RATE = 200;
const GOAL_MB = 500;

interface Measure {
  seconds: number;
  peakMb: number;
  summary: string;
}

/** Runs the CLI with `args`, timing it and taking its peak RSS. */
function measure(args: string[]): Measure {
  const cli = [process.execPath, join(ROOT, 'src/ingest/cli.ts'), ...args];
  const timed = existsSync(TIME);
  const started = performance.now();
  const run = spawnSync(timed ? TIME : cli[0]!, timed ? ['-f', 'peak-kb %M', ...cli] : cli.slice(1), { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  const lines = run.stderr.trim().split('\n');
  const peakKb = timed ? Number(/peak-kb (\d+)/.exec(run.stderr)?.[1]) : process.resourceUsage().maxRSS;
  if (run.status !== 0 && !args.includes('--help')) throw new Error(`ingest failed (${run.status}):\n${run.stderr}`);
  return { seconds, peakMb: peakKb / 1024, summary: lines.filter((line) => line.startsWith('ingest:')).at(-1) ?? '' };
}

/** One benchmark line. */
function report(label: string, count: number, { seconds, peakMb, summary }: Measure, startup: number): void {
  const rate = count / seconds;
  const warm = count / Math.max(seconds - startup, 1e-3);
  const verdict = rate >= GOAL_RATE && peakMb <= GOAL_MB ? 'meets the goal' : `goal: ≥ ${GOAL_RATE} reports/s, ≤ ${GOAL_MB} MB`;
  console.log(
    `${label.padEnd(14)} ${count} reports in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} reports/s ` +
      `(${warm.toFixed(0)}/s after ${startup.toFixed(2)} s start-up), peak RSS ${peakMb.toFixed(0)} MB — ${verdict}`,
  );
  console.log(`${''.padEnd(14)} ${summary}`);
}

const startup = measure(['--help']).seconds;
for (const format of ['txt', 'docx']) {
  const dir = join(CORPUS, format);
  const files = readdirSync(dir).filter((name) => name.endsWith(`.${format}`)).sort().map((name) => join(dir, name));
  const work = mkdtempSync(join(tmpdir(), 'huibian-bench-'));
  const args = ['--out', join(work, 'reports'), '--overrides', join(work, 'overrides'), ...files];
  try {
    report(`${format} (new)`, files.length, measure(args), startup);
    report(`${format} (again)`, files.length, measure(args), startup);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
