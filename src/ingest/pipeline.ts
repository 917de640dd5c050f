/**
 * The ingest pipeline for one input, top to bottom:
 * read (decode) → clean → structure → describe.
 */
import { clean } from './clean/index.ts';
import { describe } from './describe/index.ts';
import { readDraft } from './read/index.ts';
import { structure } from './structure/index.ts';
import { IngestError, type Description, type Draft } from './types.ts';

export interface Ingested {
  draft: Draft;
  description: Description;
}

/** Ingests one input file; throws IngestError when it cannot. */
export async function ingestFile(source: string): Promise<Ingested> {
  const draft = await readDraft(source);
  clean(draft);
  structure(draft);
  if (draft.blocks.length === 0) throw new IngestError(source, 'no text left after cleaning: not a report');
  return { draft, description: describe(draft) };
}
