/**
 * The write step of a run: plan the entries of the ingested inputs, compose
 * each, and write those that changed, atomically. An entry edited by hand is
 * kept (unless forced); an entry that fails affects no other.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { composeEntry, oldAnchors } from './compose-entry.ts';
import { writeFileAtomic } from './atomic-write.ts';
import type { ExistingEntry } from './existing-entries.ts';
import { loadExistingEntries } from './existing-entries.ts';
import { isAsGenerated } from './fingerprint.ts';
import { loadOverride } from './overrides.ts';
import { type EntryPlan, planEntries } from './plan-entries.ts';
import type { PreparedInput } from './prepare-input.ts';
import { type Signature, shingleSignature } from './shingles.ts';

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
  /** Why it failed (status `failed`). */
  error?: Error;
}

/** The current text of an entry file, if there is one. */
function readEntryText(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}

/** Signature of an existing entry's body, for duplicate detection. */
async function entrySignature(entry: ExistingEntry): Promise<Signature> {
  return shingleSignature(oldAnchors(await readEntryText(entry.path)).map((block) => block.match));
}

/** Plans the entries of a run against what the output folder holds. */
export async function planRun(inputs: readonly PreparedInput[], out: string): Promise<EntryPlan[]> {
  return planEntries(inputs, await loadExistingEntries(out), entrySignature);
}

/** Composes and, when it changed, writes one planned entry. */
async function writeEntry(plan: EntryPlan, options: WriteOptions): Promise<EntryOutcome> {
  const path = join(options.out, `${plan.id}.mdx`);
  try {
    const previous = await readEntryText(path);
    const text = composeEntry(plan, previous, await loadOverride(options.overrides, plan.id));
    if (previous === text) return { plan, path, status: 'unchanged' };
    if (previous !== undefined && !options.force && !isAsGenerated(previous)) return { plan, path, status: 'kept' };
    await writeFileAtomic(path, text);
    return { plan, path, status: previous === undefined ? 'new' : 'updated' };
  } catch (error) {
    return { plan, path, status: 'failed', error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** Writes the entries of planned inputs; one outcome per entry, in id order. */
export async function writeEntries(plans: readonly EntryPlan[], options: WriteOptions, onEntry?: (outcome: EntryOutcome) => void): Promise<EntryOutcome[]> {
  await mkdir(options.out, { recursive: true });
  const outcomes: EntryOutcome[] = [];
  for (const plan of plans) {
    const outcome = await writeEntry(plan, options);
    onEntry?.(outcome);
    outcomes.push(outcome);
  }
  return outcomes;
}
