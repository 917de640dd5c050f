/**
 * The `ingest` command (started by `cli.js`): turns raw reports into MDX
 * entries (or, with --json, prints what it found).
 * Bad inputs are reported on stderr with the file and the reason; the others
 * are still processed; the exit status is non-zero when any input failed.
 * Long runs go to worker threads (see write/task-pool.ts). The entries
 * already there are read through the archive index (write/archive-index.ts).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { InputResult } from './pipeline.ts';
import { formatOf } from './read/format.ts';
import type { EntryPlan } from './write/plan-entries.ts';
import type { PreparedInput } from './write/prepare-input.ts';
import { countRun, keptWarning, summaryLine } from './write/summary.ts';
import { createTaskPool, runAll, workersFor } from './write/task-pool.ts';
import type { EntryOutcome } from './write/write-entries.ts';

const USAGE = `usage: npm run ingest -- [options] <files or folders…>

  --out DIR        where entries are written (default: content/reports)
  --overrides DIR  curator overrides, one <id>.yml per entry (default: content/overrides)
  --force          replace entries that were edited by hand
  --json           write nothing; print one JSON object per ingested input
  --workers N      worker threads besides the main thread (default: one per other core for long runs, none for short ones)
  -h, --help       show this help`;

/** Runs with fewer inputs finish before a progress bar would help. */
const PROGRESS_MIN_INPUTS = 20;

/**
 * Entries written at once, in this thread: while one waits for the disk,
 * another is checked. Most were composed by the thread that ingested their
 * input (see `composeAlone`), so sending writes to workers would cost more in
 * copying plans than it saves.
 */
const WRITES_AT_ONCE = 4;

/** Expands folders into the ingestible files they contain (sorted, recursive); each path once. */
async function expandInputs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(path, { recursive: true })).sort();
      files.push(...names.map((name) => join(path, name)).filter((file) => formatOf(file)));
    } else {
      files.push(path);
    }
  }
  return [...new Set(files)];
}

/** Progress on stderr for long runs on a terminal (the bar's module is loaded only then); lines printed meanwhile go above the bar. */
async function createProgress(total: number) {
  if (!process.stderr.isTTY || total < PROGRESS_MIN_INPUTS) {
    return { tick() {}, grow(_more: number) {}, log: (line: string) => console.error(line), stop() {} };
  }
  const { MultiBar, Presets } = await import('cli-progress');
  const bars = new MultiBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  const bar = bars.create(total, 0);
  return {
    tick: () => bar.increment(),
    grow: (more: number) => bar.setTotal(bar.getTotal() + more),
    log: (line: string) => bars.log(`${line}\n`),
    stop: () => bars.stop(),
  };
}

/**
 * The modules that plan, write and report a run, loaded once the workers have
 * started: they load the pipeline meanwhile, rather than wait for these
 * (YAML, zod, script conversion) to load first.
 */
async function loadRunModules() {
  const [{ noteSignature, readArchiveIndex, saveArchiveIndex }, { loadExistingEntries }, { toJsonRecord }, { overridePath }, { planEntries }, { indexOutcome, writeEntry }] =
    await Promise.all([
      import('./write/archive-index.ts'),
      import('./write/existing-entries.ts'),
      import('./write/json.ts'),
      import('./write/overrides.ts'),
      import('./write/plan-entries.ts'),
      import('./write/write-entries.ts'),
    ]);
  return { noteSignature, readArchiveIndex, saveArchiveIndex, loadExistingEntries, toJsonRecord, overridePath, planEntries, indexOutcome, writeEntry };
}

/** The inputs that were ingested. */
function prepared(results: readonly InputResult[]): PreparedInput[] {
  return results.flatMap((result) => ('input' in result ? [result.input] : []));
}

/** Runs the command on this process's arguments; resolves to the exit status. */
export async function ingestCommand(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      out: { type: 'string', default: 'content/reports' },
      overrides: { type: 'string', default: 'content/overrides' },
      force: { type: 'boolean', default: false },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const options = { out: values.out, overrides: values.overrides, force: values.force };
  const sources = await expandInputs(positionals);
  const progress = await createProgress(sources.length);
  const workers = values.workers === undefined ? workersFor(sources.length) : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0) {
    console.error(`--workers: expected a whole number, got "${values.workers}"`);
    return 2;
  }
  const pool = await createTaskPool(workers);
  const { parallel } = pool;
  try {
    const { noteSignature, readArchiveIndex, saveArchiveIndex, loadExistingEntries, toJsonRecord, overridePath, planEntries, indexOutcome, writeEntry } =
      await loadRunModules();
    const results = await runAll(sources, parallel, (source) => pool.run('ingest', source, process.cwd(), !values.json), (result) => {
      if ('error' in result) progress.log(`error: ${result.error.message}`);
      progress.tick();
    });
    const inputs = prepared(results);
    const index = await readArchiveIndex(options.out);
    const existing = await loadExistingEntries(options.out, index);
    const plans = await planEntries(inputs, existing, async (entry) => {
      const signature = await pool.run('signature', entry.path);
      noteSignature(index, entry.id, signature);
      return signature;
    });
    let outcomes: EntryOutcome[] = [];
    if (values.json) {
      const idOf = new Map(plans.flatMap((plan) => plan.members.map((member) => [member, plan.id] as const)));
      for (const input of inputs) process.stdout.write(`${JSON.stringify(toJsonRecord(input.ingested, idOf.get(input)!))}\n`);
    } else {
      progress.grow(plans.length);
      const write = async (plan: EntryPlan) => {
        const outcome = await writeEntry(plan, options);
        await indexOutcome(index, outcome);
        return outcome;
      };
      outcomes = await runAll(plans, WRITES_AT_ONCE, write, (outcome) => {
        if (outcome.status === 'failed') progress.log(`error: ${outcome.error}`);
        if (outcome.status === 'kept') progress.log(keptWarning(outcome.path, overridePath(options.overrides, outcome.plan.id)));
        progress.tick();
      });
      // A cache: when it cannot be saved, the next run reads every entry.
      if (existing.size > 0 || outcomes.some((outcome) => outcome.status !== 'failed')) {
        await saveArchiveIndex(index).catch((error: Error) => progress.log(`warning: ${index.path}: not saved: ${error.message}`));
      }
    }
    progress.stop();
    const counts = countRun(results, outcomes);
    console.error(summaryLine(counts, !values.json));
    return counts.failed > 0 ? 1 : 0;
  } finally {
    await pool.close();
  }
}

