/**
 * Read-stage timing on the 143 government reports: the UTF-8 txt files, the
 * same re-encoded as GBK (the detection path that scores GB18030 against
 * Big5) and the docx originals. Not a test; run from the project root:
 * `node tests/ingest/read/bench-read.ts`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readDraft } from '../../../src/ingest/read/index.ts';

const corpus = new URL('../../../../shared/corpus/govreports-2024/', import.meta.url).pathname;
const filesIn = (dir: string) => readdirSync(dir).sort().map((name) => join(dir, name));

async function time(label: string, files: readonly string[]): Promise<void> {
  await readDraft(files[0]!); // warm-up: module loading and JIT
  const start = performance.now();
  let lines = 0;
  for (const file of files) lines += (await readDraft(file)).lines.length;
  const ms = performance.now() - start;
  console.log(`${label}: ${files.length} files, ${lines} lines, ${ms.toFixed(0)} ms, ${(ms / files.length).toFixed(2)} ms/file, ${((1000 * files.length) / ms).toFixed(0)} files/s`);
}

const gbk = mkdtempSync(join(tmpdir(), 'huibian-bench-gbk-'));
try {
  for (const file of filesIn(join(corpus, 'txt'))) writeFileSync(join(gbk, file.split('/').pop()!), iconv.encode(readFileSync(file, 'utf8'), 'gbk'));
  await time('txt (UTF-8)', filesIn(join(corpus, 'txt')));
  await time('txt (GBK)', filesIn(gbk));
  await time('docx', filesIn(join(corpus, 'docx')));
} finally {
  rmSync(gbk, { recursive: true, force: true });
}
