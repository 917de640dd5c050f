/**
 * Worker thread that writes one Pagefind bundle (see pagefind-bundles.ts).
 * Pagefind's Node API runs one backend process per loaded module and handles
 * its messages one at a time, so bundles are indexed at the same time only
 * from separate threads, each loading the API and starting its own process.
 * Plain TypeScript that Node runs as it is (type stripping): the thread
 * starts outside the build's module loader.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** What the main thread sends: one custom record and where to write its bundle. */
export interface BundleJob {
  url: string;
  content: string;
  language: string;
  outputPath: string;
}

/** Adds the record and writes the bundle; returns Pagefind's errors. */
async function writeOneBundle(job: BundleJob): Promise<string[]> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) return errors;
    const added = await index.addCustomRecord({ url: job.url, content: job.content, language: job.language });
    if (added.errors.length > 0) return added.errors;
    return (await index.writeFiles({ outputPath: job.outputPath })).errors;
  } finally {
    await pagefind.close();
  }
}

writeOneBundle(workerData as BundleJob).then(
  (errors) => parentPort?.postMessage(errors),
  (error: unknown) => parentPort?.postMessage([String(error)]),
);
