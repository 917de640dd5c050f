/**
 * Read-stage timing on the 143 government reports, txt and docx:
 * `node tests/ingest/read/bench-read.ts` (from the project root).
 * Not a test: prints milliseconds per file for each format.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDraft } from '../../../src/ingest/read/index.ts';

const corpus = new URL('../../../../shared/corpus/govreports-2024/', import.meta.url).pathname;

for (const format of ['txt', 'docx']) {
  const files = readdirSync(join(corpus, format)).map((name) => join(corpus, format, name));
  await readDraft(files[0]!); // warm-up: module loading and JIT
  const start = performance.now();
  let lines = 0;
  for (const file of files) lines += (await readDraft(file)).lines.length;
  const ms = performance.now() - start;
  console.log(`${format}: ${files.length} files, ${lines} lines, ${ms.toFixed(0)} ms, ${(ms / files.length).toFixed(2)} ms/file, ${((1000 * files.length) / ms).toFixed(0)} files/s`);
}
