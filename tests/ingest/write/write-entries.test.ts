import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/ingest/pipeline.ts';
import { writeFileAtomic } from '../../../src/ingest/write/atomic-write.ts';
import { composeEntry, EntryError } from '../../../src/ingest/write/compose-entry.ts';
import { prepareInput } from '../../../src/ingest/write/prepare-input.ts';
import { loadExistingEntries } from '../../../src/ingest/write/existing-entries.ts';
import { planEntries } from '../../../src/ingest/write/plan-entries.ts';
import { writeEntry } from '../../../src/ingest/write/write-entries.ts';
import { OTHER_REPORT, REPORT, tempDir } from './fixtures.ts';

/** The prepared input of a report text. */
async function preparedReport(text = REPORT) {
  const dir = tempDir();
  const path = join(dir, 'report.txt');
  writeFileSync(path, text);
  return prepareInput(await ingestFile(path), dir);
}

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const dir = tempDir();
    const path = join(dir, 'entry.mdx');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['entry.mdx']);
  });

  it('fails without leaving anything when the folder is missing', async () => {
    const dir = tempDir();
    await expect(writeFileAtomic(join(dir, 'missing', 'entry.mdx'), 'text')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('composeEntry', () => {
  it('refuses metadata the schema refuses, naming the input and the field', async () => {
    const input = await preparedReport();
    input.ingested.description.date = '2024-13-01';
    const error = (() => {
      try {
        composeEntry({ id: 'abc', primary: input, members: [input] }, undefined, undefined);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EntryError);
    expect((error as Error).message).toMatch(new RegExp(`^${input.ingested.draft.source}: invalid metadata: date: `));
  });
});

describe('writeEntry', () => {
  it('fails one entry without touching the others', async () => {
    const good = await preparedReport();
    const bad = await preparedReport(OTHER_REPORT);
    bad.ingested.description.year = 20240;
    const out = join(tempDir(), 'reports');
    const plans = await planEntries([good, bad], await loadExistingEntries(out), () => Promise.reject(new Error('no entries yet')));
    const outcomes = await Promise.all(plans.map((plan) => writeEntry(plan, { out, overrides: join(out, 'none') })));
    const statusOf = new Map(outcomes.map((outcome) => [outcome.plan.id, outcome.status]));
    expect(statusOf.get(good.sha.slice(0, 12))).toBe('new');
    expect(statusOf.get(bad.sha.slice(0, 12))).toBe('failed');
    expect(outcomes.find((outcome) => outcome.status === 'failed')?.error).toMatch(/invalid metadata: year: /);
    expect(readdirSync(out)).toEqual([`${good.sha.slice(0, 12)}.mdx`]);
  });

  it('keeps a file it did not write (or can no longer read) unless forced', async () => {
    const input = await preparedReport();
    const out = join(tempDir(), 'reports');
    const [plan] = await planEntries([input], await loadExistingEntries(out), () => Promise.reject(new Error('no entries yet')));
    const options = { out, overrides: join(out, 'none') };
    expect((await writeEntry(plan!, options)).status).toBe('new');
    const path = join(out, `${plan!.id}.mdx`);
    writeFileSync(path, '---\ntitle: [broken\n---\n\n手工写的正文\n');
    expect((await writeEntry(plan!, options)).status).toBe('kept');
    expect(readFileSync(path, 'utf8')).toContain('手工写的正文');
    expect((await writeEntry(plan!, { ...options, force: true })).status).toBe('updated');
    expect((await writeEntry(plan!, options)).status).toBe('unchanged');
  });
});
