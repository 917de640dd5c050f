/**
 * The work of a run that can go to worker threads, one input or one entry at
 * a time: ingest an input, read the signature of an existing entry, write an
 * entry. Everything these take and return crosses threads by structured
 * clone (errors travel as their message, which names the file).
 *
 * The modules of the last two (the MDX writer, YAML, zod …) load on their
 * first task: a thread starts on its inputs without them, and a worker loads
 * them while the main thread plans the entries.
 */
import { ingestInput, type InputResult } from '../pipeline.ts';
import type { EntryPlan } from './plan-entries.ts';
import type { Signature } from './shingles.ts';
import type { EntryStatus, WriteOptions } from './write-entries.ts';

/** The outcome of writing one entry, without the plan (which the caller has). */
export interface WriteResult {
  status: EntryStatus;
  path: string;
  /** Why it failed (status `failed`). */
  error?: string;
}

/** Ingests one input (see `ingestInput`). */
function ingest(source: string, root: string): Promise<InputResult> {
  return ingestInput(source, root);
}

/** The signature of an existing entry's body, for duplicate detection. */
async function signature(path: string): Promise<Signature> {
  const { entrySignature } = await import('./entry-signature.ts');
  return entrySignature(path);
}

/** Composes and, when it changed, writes one planned entry (the plan stays with the caller). */
async function write(plan: EntryPlan, options: WriteOptions): Promise<WriteResult> {
  const { writeEntry } = await import('./write-entries.ts');
  const { status, path, error } = await writeEntry(plan, options);
  return { status, path, error };
}

/** Tasks by name. */
export const tasks = { ingest, signature, write };

/** The tasks' type, for the pool that runs them. */
export type Tasks = typeof tasks;
