/**
 * The ingest pipeline for one input, top to bottom:
 * read (decode) → clean → structure → describe, then prepared for writing.
 * Writing entries (ids, anchors, duplicates, MDX) happens per run, in `write/`.
 */
import { clean } from './clean/index.ts';
import { describe } from './describe/index.ts';
import { draftOf, readInput } from './read/index.ts';
import { structure } from './structure/index.ts';
import { IngestError, type Description, type Draft } from './types.ts';
import { composeAlone } from './write/compose-entry.ts';
import { sha256Hex } from './write/entry-id.ts';
import { prepareInput, type PreparedInput } from './write/prepare-input.ts';

export interface Ingested {
  draft: Draft;
  description: Description;
  /** SHA-256 of the raw input bytes (64 hex digits): the source's identity. */
  sha256: string;
}

/** Ingests one input file; throws IngestError when it cannot. */
export async function ingestFile(source: string): Promise<Ingested> {
  // The file is read once: its identity is the hash of the very bytes decoded.
  const bytes = readInput(source);
  const draft = await draftOf(bytes, source);
  const sha256 = sha256Hex(bytes);
  clean(draft);
  structure(draft);
  if (draft.blocks.length === 0) throw new IngestError(source, 'no text left after cleaning: not a report');
  return { draft, description: describe(draft), sha256 };
}

/** The result of one input of a run: prepared for writing, or the error that stopped it. */
export type InputResult = { source: string; input: PreparedInput } | { source: string; error: Error };

/** An error that names its input (IngestError does; anything else gets the path in front). */
function namingSource(source: string, error: unknown): Error {
  if (error instanceof IngestError) return error;
  return new IngestError(source, error instanceof Error ? error.message : String(error));
}

/**
 * Ingests and prepares one input, composing the entry it gives alone when the
 * run `writes` entries; never throws (the error is the result).
 */
export async function ingestInput(source: string, root: string, writes = false): Promise<InputResult> {
  try {
    const ingested = await ingestFile(source);
    // The blocks hold the text now: without the lines, a run holds (and a worker sends back) half as much.
    ingested.draft.lines = [];
    const input = prepareInput(ingested, root);
    return { source, input: writes ? { ...input, alone: composeAlone(input) } : input };
  } catch (error) {
    return { source, error: namingSource(source, error) };
  }
}
