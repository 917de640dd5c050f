/**
 * Run by `bench:ingest` in a fresh process: how long loading the pipeline and
 * each report take while V8 is still compiling and optimising (the start of
 * every ingest run). Prints `{ loadMs, reportMs: [...] }` as JSON, the reports
 * in the order given on the command line, each ingested and composed in this
 * thread as a run's thread does (nothing is written).
 */
import { enableCompileCache } from 'node:module';

// As `cli.js` does: the modules come from the compile cache the benchmark's runs filled.
enableCompileCache();
const started = performance.now();
const { ingestInput } = await import('../../src/ingest/pipeline.ts');
const loadMs = performance.now() - started;
const reportMs: number[] = [];
for (const file of process.argv.slice(2)) {
  const start = performance.now();
  const result = await ingestInput(file, process.cwd(), true);
  reportMs.push(performance.now() - start);
  if ('error' in result) throw result.error;
}
console.log(JSON.stringify({ loadMs, reportMs }));
