/**
 * Entry point of an ingest worker thread (loaded by the pool's bootstrap,
 * which has turned on the compile cache): runs the tasks the pool sends and
 * answers with their results.
 */
import { parentPort } from 'node:worker_threads';
import type { Tasks } from './tasks.ts';

const { tasks } = await import('./tasks.ts');

/** A task request: its number, the task's name and its arguments. */
export interface TaskRequest {
  id: number;
  name: keyof Tasks;
  args: unknown[];
}

/** A task's answer: its result, or the message of what it threw. */
export interface TaskResponse {
  id: number;
  result?: unknown;
  error?: string;
}

/** Runs one task and answers. */
async function answer({ id, name, args }: TaskRequest): Promise<void> {
  try {
    const result = await (tasks[name] as (...args: unknown[]) => unknown)(...args);
    parentPort?.postMessage({ id, result } satisfies TaskResponse);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies TaskResponse);
  }
}

/**
 * Tasks run one after the other: the pool sends several ahead so the worker
 * never waits for the main thread, but a Word document in the middle of its
 * (asynchronous) unzipping holds its XML in memory: with up to four at once,
 * the 143 government reports' .docx peaked at 470–525 MB, one at a time at
 * 435–480 MB, in the same time.
 */
let queue = Promise.resolve();
parentPort?.on('message', (request: TaskRequest) => {
  queue = queue.then(() => answer(request));
});
