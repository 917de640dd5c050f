/**
 * Astro integration: `astro build` starts the topics analysis
 * (src/utils/topics/corpus-analysis.ts) in a worker thread as soon as its
 * config is known, so that it runs on the second core while the main thread
 * syncs the collections and bundles the pages, instead of in front of the
 * first topic or report page. The pages take its result if it was computed
 * on the entries the collections hold, and compute the analysis themselves
 * otherwise (and under `astro dev`, which follows edits).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentPaths, type ContentPaths } from '../utils/content-paths.ts';
import { topicsEnabled, type PrecomputedAnalysis } from '../utils/topics/corpus-analysis.ts';
import { offerPrecomputedAnalysis } from '../utils/topics/precomputed-analysis.ts';

/** The analysis of the files at `paths`, from a worker thread; `undefined` if it fails (the pages then analyse the collections). */
export function analyseInWorker(paths: ContentPaths, logger: AstroIntegrationLogger): Promise<PrecomputedAnalysis | undefined> {
  return new Promise((done) => {
    const worker = new Worker(new URL('../utils/topics/analysis-worker.ts', import.meta.url), { workerData: paths });
    // A build that fails before its pages does not wait for it.
    worker.unref();
    worker.once('message', done);
    worker.once('error', (error) => {
      logger.warn(`the topics analysis worker failed (${error.message}); the pages analyse the collections themselves`);
      done(undefined);
    });
    worker.once('exit', () => done(undefined));
  });
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
        offerPrecomputedAnalysis(
          analyseInWorker({ reports: resolve(root, paths.reports), topics: resolve(root, paths.topics), formulations: resolve(root, paths.formulations) }, logger),
        );
      },
    },
  };
}
