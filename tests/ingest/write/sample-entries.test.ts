/**
 * The bundled sample corpus stays what ingest makes of its sources: the
 * entries in content/reports are ingested again from content/sources/seeds
 * (as `npm run ingest:sample` does) into a copy, and no byte changes. An
 * entry left behind by an earlier pipeline fails here, not on a reader's page.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntries, ROOT, runCli, tempDir } from './fixtures.ts';

describe('the bundled sample entries', () => {
  it('are exactly what ingest writes from their sources today', () => {
    const bundled = join(ROOT, 'content/reports');
    const work = tempDir('huibian-sample-');
    const copy = join(work, 'reports');
    try {
      cpSync(bundled, copy, { recursive: true });
      const run = runCli(['--out', copy, '--overrides', join(ROOT, 'content/overrides'), join(ROOT, 'content/sources/seeds')]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toContain('0 new, 0 updated, 5 unchanged');
      expect(readEntries(copy)).toEqual(readEntries(bundled));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
