/**
 * A pool of threads for the tasks of a run (`tasks.ts`): worker threads, and
 * the main thread itself. Reading, cleaning and describing a report is CPU
 * work, so a long run on two cores is shared by the main thread and one
 * worker (each thread pays for loading the pipeline and warming up its code:
 * measured, a worker adds about a third to the run's CPU time on the 143
 * government reports). With no workers the tasks run in this thread only.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TaskRequest, TaskResponse } from './task-worker.ts';
import type { Tasks } from './tasks.ts';

/**
 * A worker's entry, as JavaScript: it turns on the module compile cache
 * (see cli.js) before loading `task-worker.ts`. Started on the TypeScript
 * file itself, a worker first had Node load its type stripper to read that
 * file (~40 ms of CPU), the cache being off until the file ran.
 */
const WORKER_BOOTSTRAP = `require('node:module').enableCompileCache(); import(${JSON.stringify(new URL('./task-worker.ts', import.meta.url).href)});`;

/** Young-generation size of a worker's heap, in MB. */
const WORKER_YOUNG_MB = 16;

/**
 * Inputs per worker below which a worker is not worth starting. Measured on
 * the 2024 government work reports: a worker spends ~0.4 s of CPU loading the
 * pipeline (modules, gazetteer, conversion tries) while a report takes ~10 ms,
 * so a worker that takes half of a run pays off from a few dozen reports on.
 */
const INPUTS_PER_WORKER = 60;

/**
 * Tasks a worker holds at once: it goes on with the next while the main
 * thread, busy with tasks of its own (up to HERE_BACKLOG, one after the
 * other), cannot hand one out. Measured: with two, the worker idled a tenth
 * of the ingest phase.
 */
const WORKER_BACKLOG = 4;

/**
 * Tasks this thread runs at once: while one waits (for the disk reading an
 * entry, or for a Word document's asynchronous unzipping), another computes.
 * Measured on the 143 government reports, when inputs were still read
 * asynchronously too: with one at a time, this thread idled a tenth of the
 * ingest phase; three were no faster than two, and held a third Word document
 * in memory (peak near 490 MB instead of 450 MB on the .docx reports).
 */
const HERE_BACKLOG = 2;

/** Runs tasks by name, in workers and in this thread, or in this thread only. */
export interface TaskPool {
  /** Number of worker threads (0: in this thread only). */
  size: number;
  /** Tasks worth having in flight at once to keep every thread busy. */
  parallel: number;
  run<K extends keyof Tasks>(name: K, ...args: Parameters<Tasks[K]>): Promise<Awaited<ReturnType<Tasks[K]>>>;
  close(): Promise<void>;
}

/** How many workers a run of `inputs` inputs is worth besides the main thread: none for a small run, at most one per other core. */
export function workersFor(inputs: number, cores = availableParallelism()): number {
  return Math.max(0, Math.min(cores - 1, Math.floor(inputs / INPUTS_PER_WORKER)));
}

/** Runs a task of `tasks` by name in this thread. */
function runHere(tasks: Tasks, name: keyof Tasks, args: unknown[]): Promise<unknown> {
  return (tasks[name] as (...args: unknown[]) => Promise<unknown>)(...args);
}

/**
 * A pool of `size` worker threads and this thread; each takes the next task
 * when it has room (a worker holds up to WORKER_BACKLOG, this thread up to
 * HERE_BACKLOG). With a size of 0, every task runs in this thread.
 */
export async function createTaskPool(size: number): Promise<TaskPool> {
  type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };
  const pending = new Map<number, Pending>();
  const queue: TaskRequest[] = [];
  const held = new Map<Worker, Set<number>>();
  let next = 0;
  let heldHere = 0;
  const settle = (id: number, outcome: (task: Pending) => void) => {
    const task = pending.get(id);
    pending.delete(id);
    if (task) outcome(task);
  };
  const dispatch = () => {
    for (const [worker, ids] of held) {
      while (ids.size < WORKER_BACKLOG && queue.length > 0) {
        const request = queue.shift()!;
        ids.add(request.id);
        worker.postMessage(request);
      }
    }
    while (heldHere < HERE_BACKLOG && queue.length > 0) {
      heldHere++;
      const { id, name, args } = queue.shift()!;
      // After the workers' messages: a task here blocks this thread until it awaits.
      setImmediate(() => {
        runHere(tasks, name, args)
          .then(
            (result) => settle(id, (task) => task.resolve(result as never)),
            (error: unknown) => settle(id, (task) => task.reject(error instanceof Error ? error : new Error(String(error)))),
          )
          .finally(() => {
            heldHere--;
            dispatch();
          });
      });
    }
  };
  // A worker that dies (out of memory, a crash outside a task) fails the tasks it held; the others go on.
  const lose = (worker: Worker, error: Error) => {
    for (const id of held.get(worker) ?? []) settle(id, (task) => task.reject(error));
    held.delete(worker);
  };
  // Workers start loading the pipeline before this thread does, so both load at once.
  const workers = Array.from({ length: size }, () => {
    // A bounded young generation keeps each worker's memory near its live data
    // (measured: two workers 400 MB peak instead of 700 MB, at the same speed).
    const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    held.set(worker, new Set());
    worker.on('message', ({ id, result, error }: TaskResponse) => {
      held.get(worker)?.delete(id);
      settle(id, (task) => (error === undefined ? task.resolve(result as never) : task.reject(new Error(error))));
      dispatch();
    });
    // What a worker throws need not be an Error.
    worker.on('error', (error) => lose(worker, error instanceof Error ? error : new Error(String(error))));
    return worker;
  });
  const { tasks } = await import('./tasks.ts');
  return {
    size,
    parallel: size * WORKER_BACKLOG + HERE_BACKLOG + 1,
    run: (name, ...args) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        queue.push({ id, name, args });
        dispatch();
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * Runs `task` on every item, `parallel` at a time; results in the order of
 * the items, `onDone` told of each as it finishes.
 */
export async function runAll<T, R>(items: readonly T[], parallel: number, task: (item: T) => Promise<R>, onDone?: (result: R, item: T) => void): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
      onDone?.(results[i]!, items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, lane));
  return results;
}
