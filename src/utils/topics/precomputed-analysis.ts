/**
 * Hands what the build's analysis worker computes from the build's
 * integration to the pages: the analysis, then every subject page's coverage.
 * Astro loads the integration with its config and the pages from Vite's
 * build, each with its own copy of every module, so the two share only the
 * process's global object.
 */
import type { PrecomputedAnalysis } from './corpus-analysis.ts';
import type { WrittenCoverage } from './subject-coverage.ts';

/** What the worker sends, each `undefined` if it fails. */
export interface WorkerResults {
  analysis: Promise<PrecomputedAnalysis | undefined>;
  coverage: Promise<WrittenCoverage | undefined>;
}

const KEY = Symbol.for('huibian.analysisWorker');

interface Holder {
  [KEY]?: WorkerResults;
}

/** Offers the pages what a worker is computing. */
export function offerWorkerResults(results: WorkerResults): void {
  (globalThis as Holder)[KEY] = results;
}

/** What was offered (only `astro build` offers anything). */
export function workerResults(): WorkerResults {
  return (globalThis as Holder)[KEY] ?? { analysis: Promise.resolve(undefined), coverage: Promise.resolve(undefined) };
}
