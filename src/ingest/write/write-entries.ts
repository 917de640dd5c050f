/**
 * Writing one planned entry: compose it, and write it (atomically) when it
 * changed. An entry edited by hand is kept unless forced; an entry that fails
 * affects no other.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import { composeEntry } from './compose-entry.ts';
import { readEntryText } from './existing-entries.ts';
import { isAsGenerated } from './fingerprint.ts';
import { loadOverride } from './overrides.ts';
import type { EntryPlan } from './plan-entries.ts';

/** Where a run writes. */
export interface WriteOptions {
  /** Folder of the entries (`<id>.mdx`). */
  out: string;
  /** Folder of the overrides (`<id>.yml`). */
  overrides: string;
  /** Replace entries edited by hand. */
  force?: boolean;
}

/** What happened to one entry. */
export type EntryStatus = 'new' | 'updated' | 'unchanged' | 'kept' | 'failed';

/** The outcome of one planned entry. */
export interface EntryOutcome {
  plan: EntryPlan;
  path: string;
  status: EntryStatus;
  /** Why it failed (status `failed`), naming the file. */
  error?: string;
}

/** Composes and, when it changed, writes one planned entry. */
export async function writeEntry(plan: EntryPlan, options: WriteOptions): Promise<EntryOutcome> {
  const path = join(options.out, `${plan.id}.mdx`);
  try {
    const previous = await readEntryText(path);
    const text = composeEntry(plan, previous, await loadOverride(options.overrides, plan.id));
    if (previous === text) return { plan, path, status: 'unchanged' };
    if (previous !== undefined && !options.force && !isAsGenerated(previous)) return { plan, path, status: 'kept' };
    await mkdir(options.out, { recursive: true });
    await writeFileAtomic(path, text);
    return { plan, path, status: previous === undefined ? 'new' : 'updated' };
  } catch (error) {
    return { plan, path, status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}
