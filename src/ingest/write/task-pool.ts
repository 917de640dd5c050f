/**
 * A pool of worker threads for the tasks of a run (`tasks.ts`). Reading,
 * cleaning and describing a report is CPU work that one thread does at
 * about half the speed two cores can. With a size of 0 the tasks run in
 * this thread (runs of a few hundred reports finish before workers have
 * paid for loading their modules).
 * The main thread of a pooled run never loads the pipeline itself: the
 * converters and gazetteers live in the workers only.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TaskRequest, TaskResponse } from './task-worker.ts';
import type { Tasks } from './tasks.ts';

/** Young-generation size of a worker's heap, in MB. */
const WORKER_YOUNG_MB = 16;

/**
 * Inputs per worker below which a worker is not worth starting. Measured: a
 * worker spends ~0.7 s of CPU loading the pipeline (script converters,
 * gazetteers) while a report takes ~17 ms, so on 2 cores the 143 government
 * reports ran faster in one thread; a worker pays off over a few hundred reports.
 */
const INPUTS_PER_WORKER = 250;

/** Runs tasks by name, in workers or in this thread. */
export interface TaskPool {
  /** Number of worker threads (0: in this thread). */
  size: number;
  run<K extends keyof Tasks>(name: K, ...args: Parameters<Tasks[K]>): Promise<Awaited<ReturnType<Tasks[K]>>>;
  close(): Promise<void>;
}

/** How many workers a run of `inputs` inputs is worth: none for a small run, else one per core. */
export function workersFor(inputs: number, cores = availableParallelism()): number {
  const size = Math.min(cores, Math.floor(inputs / INPUTS_PER_WORKER));
  return size >= 2 ? size : 0;
}

/** A pool that runs tasks in this thread. */
async function localPool(): Promise<TaskPool> {
  const { tasks } = await import('./tasks.ts');
  return {
    size: 0,
    run: (name, ...args) => (tasks[name] as (...args: unknown[]) => Promise<never>)(...args),
    close: async () => {},
  };
}

/** A pool of `size` worker threads; each takes the next task when it is free. */
function workerPool(size: number): TaskPool {
  type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };
  const pending = new Map<number, Pending>();
  const queue: TaskRequest[] = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, number>();
  let alive = size;
  let next = 0;
  const settle = (id: number, outcome: (task: Pending) => void) => {
    const task = pending.get(id);
    pending.delete(id);
    if (task) outcome(task);
  };
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const request = queue.shift()!;
      running.set(worker, request.id);
      worker.postMessage(request);
    }
  };
  // A worker that dies (out of memory, a crash outside a task) fails its task; the others go on.
  const lose = (worker: Worker, error: Error) => {
    const id = running.get(worker);
    running.delete(worker);
    if (id !== undefined) settle(id, (task) => task.reject(error));
    if (--alive > 0) return;
    for (const request of queue.splice(0)) settle(request.id, (task) => task.reject(error));
  };
  const workers = Array.from({ length: size }, () => {
    // A bounded young generation keeps each worker's memory near its live data
    // (measured: two workers 400 MB peak instead of 700 MB, at the same speed).
    const worker = new Worker(new URL('./task-worker.ts', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    worker.on('message', ({ id, result, error }: TaskResponse) => {
      running.delete(worker);
      settle(id, (task) => (error === undefined ? task.resolve(result as never) : task.reject(new Error(error))));
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (error) => lose(worker, error));
    idle.push(worker);
    return worker;
  });
  return {
    size,
    run: (name, ...args) =>
      new Promise((resolve, reject) => {
        if (alive === 0) return reject(new Error('every ingest worker has stopped'));
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

/** A pool of `size` workers, or one that runs tasks in this thread when `size` is 0. */
export function createTaskPool(size: number): Promise<TaskPool> {
  return size > 0 ? Promise.resolve(workerPool(size)) : localPool();
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
