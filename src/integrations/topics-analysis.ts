/**
 * Astro integration: `astro build` starts the topics analysis
 * (src/utils/topics/corpus-analysis.ts) in a worker thread as soon as its
 * config is known, so that it runs on the second core while the main thread
 * syncs the collections and bundles the pages, instead of in front of the
 * first topic or report page; the worker then writes the topic and
 * formulation pages' coverage. The pages take the analysis if it was
 * computed on the entries the collections hold (and then the coverage), and
 * compute both themselves otherwise (and under `astro dev`, which follows
 * edits).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentPaths, type ContentPaths } from '../utils/content-paths.ts';
import type { AnalysisWorkerData } from '../utils/topics/analysis-worker.ts';
import { topicsEnabled, type PrecomputedAnalysis } from '../utils/topics/corpus-analysis.ts';
import { offerWorkerResults, type WorkerResults } from '../utils/topics/precomputed-analysis.ts';
import type { WrittenCoverage } from '../utils/topics/subject-coverage.ts';

/** What a worker computes from the files at `paths` for a site at `site`; each part `undefined` if it fails (the pages then compute it). */
export function analyseInWorker(paths: ContentPaths, site: string | undefined, logger: AstroIntegrationLogger): WorkerResults {
  const worker = new Worker(new URL('../utils/topics/analysis-worker.ts', import.meta.url), { workerData: { paths, site } satisfies AnalysisWorkerData });
  // A build that fails before its pages does not wait for it.
  worker.unref();
  // It sends the analysis, then the coverage: each waiter takes the next message, or nothing once the worker stops.
  const waiting: Array<(message: unknown) => void> = [];
  const next = <T>(): Promise<T | undefined> => new Promise((done) => waiting.push(done as (message: unknown) => void));
  const analysis = next<PrecomputedAnalysis>();
  const coverage = next<WrittenCoverage>();
  const stop = (): void => {
    for (const done of waiting.splice(0)) done(undefined);
  };
  worker.on('message', (message) => waiting.shift()?.(message));
  worker.once('error', (error) => {
    logger.warn(`the topics analysis worker failed (${error instanceof Error ? error.message : String(error)}); the pages compute what it did not send`);
    stop();
  });
  worker.once('exit', stop);
  return { analysis, coverage };
}

export default function topicsAnalysis(): AstroIntegration {
  let building = false;
  return {
    name: 'huibian-topics-analysis',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        if (!building || !topicsEnabled()) return;
        const root = fileURLToPath(config.root);
        const paths = contentPaths();
        offerWorkerResults(
          analyseInWorker(
            { reports: resolve(root, paths.reports), topics: resolve(root, paths.topics), formulations: resolve(root, paths.formulations) },
            config.site,
            logger,
          ),
        );
      },
    },
  };
}
