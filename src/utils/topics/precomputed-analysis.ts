/**
 * Hands the analysis worker's result from the build's integration to the
 * pages. Astro loads the integration with its config and the pages from
 * Vite's build, each with its own copy of every module, so the two share
 * only the process's global object.
 */
import type { PrecomputedAnalysis } from './corpus-analysis.ts';

const KEY = Symbol.for('huibian.precomputedAnalysis');

interface Holder {
  [KEY]?: Promise<PrecomputedAnalysis | undefined>;
}

/** Offers the pages an analysis being computed (`undefined` if it fails). */
export function offerPrecomputedAnalysis(analysis: Promise<PrecomputedAnalysis | undefined>): void {
  (globalThis as Holder)[KEY] = analysis;
}

/** The analysis offered, when one was (only `astro build` offers one). */
export function precomputedAnalysis(): Promise<PrecomputedAnalysis | undefined> {
  return (globalThis as Holder)[KEY] ?? Promise.resolve(undefined);
}
