import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTaskPool, runAll, workersFor } from '../../../src/ingest/write/task-pool.ts';
import { OTHER_REPORT, REPORT, tempDir } from './fixtures.ts';

describe('workersFor', () => {
  it('uses no worker for short runs and, for long ones, one per core besides the main thread', () => {
    expect(workersFor(5, 2)).toBe(0);
    expect(workersFor(59, 2)).toBe(0);
    expect(workersFor(143, 2)).toBe(1);
    expect(workersFor(600, 2)).toBe(1);
    expect(workersFor(5000, 1)).toBe(0);
    expect(workersFor(5000, 8)).toBe(7);
    expect(workersFor(150, 8)).toBe(2);
  });
});

describe('runAll', () => {
  it('keeps the order of the items and runs no more than `parallel` at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    const results = await runAll([30, 10, 20, 0], 2, async (ms) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return ms * 2;
    }, (_result, ms) => done.push(ms));
    expect(results).toEqual([60, 20, 40, 0]);
    expect(most).toBe(2);
    expect(done.sort()).toEqual([0, 10, 20, 30]);
  });
});

describe('createTaskPool', () => {
  it('ingests in worker threads exactly as in this thread, errors included', async () => {
    const dir = tempDir();
    const sources = [join(dir, 'a.txt'), join(dir, 'missing.txt'), join(dir, 'b.txt')];
    writeFileSync(sources[0]!, REPORT);
    writeFileSync(sources[2]!, OTHER_REPORT);
    const run = async (size: number) => {
      const pool = await createTaskPool(size);
      try {
        return await runAll(sources, pool.parallel, (source) => pool.run('ingest', source, dir, false));
      } finally {
        await pool.close();
      }
    };
    const [local, pooled] = [await run(0), await run(2)];
    expect(pooled.map((result) => ('input' in result ? result.input.ingested.sha256 : result.error.message))).toEqual(
      local.map((result) => ('input' in result ? result.input.ingested.sha256 : result.error.message)),
    );
    const first = pooled[0]!;
    expect('input' in first && first.input.signature).toBeInstanceOf(Uint32Array);
    expect('input' in first && first.input.match).toEqual('input' in local[0]! && local[0].input.match);
  });
});
