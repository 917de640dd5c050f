import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile, ingestInput } from '../../src/ingest/pipeline.ts';
import { IngestError } from '../../src/ingest/types.ts';
import { REPORT, REPORT_LINES, tempDir } from './write/fixtures.ts';

describe('ingest pipeline', () => {
  it('reads, cleans, structures and describes one input, with the hash of its raw bytes', async () => {
    const path = join(tempDir(), 'report.txt');
    writeFileSync(path, REPORT);
    const ingested = await ingestFile(path);
    expect(ingested.sha256).toBe(createHash('sha256').update(REPORT).digest('hex'));
    expect(ingested.draft.blocks.map((block) => block.text)).toEqual(REPORT_LINES);
    expect(ingested.description.script).toBe('hans');
  });

  it('gives the error of an input that fails as its result, naming the file', async () => {
    const dir = tempDir();
    const missing = join(dir, 'missing.txt');
    const failed = await ingestInput(missing, dir);
    expect('error' in failed && failed.error).toBeInstanceOf(IngestError);
    expect('error' in failed && failed.error.message.startsWith(`${missing}: `)).toBe(true);
    const good = join(dir, 'good.txt');
    writeFileSync(good, REPORT);
    const done = await ingestInput(good, dir);
    expect('input' in done && done.input.file).toBe('good.txt');
  });
});
