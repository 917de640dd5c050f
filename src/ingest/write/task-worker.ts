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

parentPort?.on('message', async ({ id, name, args }: TaskRequest) => {
  try {
    const result = await (tasks[name] as (...args: unknown[]) => unknown)(...args);
    parentPort?.postMessage({ id, result } satisfies TaskResponse);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies TaskResponse);
  }
});
