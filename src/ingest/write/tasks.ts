/**
 * The work of a run that can go to worker threads, one input or one entry at
 * a time: ingest an input, read the signature of an existing entry, write an
 * entry. Everything these take and return crosses threads by structured
 * clone (errors travel as their message, which names the file).
 */
import { ingestInput, type InputResult } from '../pipeline.ts';
import { readEntryText } from './existing-entries.ts';
import { splitEntry } from './frontmatter.ts';
import { matchTexts } from '../../lib/match-text.ts';
import { roughBodyTexts } from './mdx-body.ts';
import type { EntryPlan } from './plan-entries.ts';
import { type Signature, shingleSignature } from './shingles.ts';
import { type EntryStatus, type WriteOptions, writeEntry } from './write-entries.ts';

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
  const body = splitEntry((await readEntryText(path)) ?? '')?.body ?? '';
  return shingleSignature(matchTexts(roughBodyTexts(body)));
}

/** Composes and, when it changed, writes one planned entry (the plan stays with the caller). */
async function write(plan: EntryPlan, options: WriteOptions): Promise<WriteResult> {
  const { status, path, error } = await writeEntry(plan, options);
  return { status, path, error };
}

/** Tasks by name. */
export const tasks = { ingest, signature, write };

/** The tasks' type, for the pool that runs them. */
export type Tasks = typeof tasks;
