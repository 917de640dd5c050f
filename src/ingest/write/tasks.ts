/**
 * The work of a run that can go to worker threads, one input or one existing
 * entry at a time: ingest an input (composing the entry it gives alone, which
 * is most of the writing), read the signature of an existing entry.
 * Everything these take and return crosses threads by structured clone
 * (errors travel as their message, which names the file).
 */
import { ingestInput, type InputResult } from '../pipeline.ts';
import { entrySignature } from './entry-signature.ts';

/** Ingests one input (see `ingestInput`). */
function ingest(source: string, root: string, writes: boolean): Promise<InputResult> {
  return ingestInput(source, root, writes);
}

/** Tasks by name. */
export const tasks = { ingest, signature: entrySignature };

/** The tasks' type, for the pool that runs them. */
export type Tasks = typeof tasks;
