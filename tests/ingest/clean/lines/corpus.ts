/**
 * Runs corpus files through the pipeline functions (read → clean → structure)
 * for tests. Comparisons ignore punctuation, spaces and pinyin notes, which
 * the character-level rules may or may not have repaired yet.
 */
import { clean } from '../../../../src/ingest/clean/index.ts';
import { readDraft } from '../../../../src/ingest/read/index.ts';
import { structure } from '../../../../src/ingest/structure/index.ts';
import type { Draft } from '../../../../src/ingest/types.ts';

/** The shared corpus folder. */
export const CORPUS = new URL('../../../../../shared/corpus/', import.meta.url).pathname;

/** Text reduced to what every repair leaves alone: no punctuation, spaces or pinyin notes. */
export function bare(text: string): string {
  return text.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/g, '').replace(/[\p{P}\p{S}\s]/gu, '');
}

/** The draft of a corpus file after cleaning and structuring. */
export async function ingestDraft(file: string): Promise<Draft> {
  const draft = await readDraft(CORPUS + file);
  clean(draft);
  structure(draft);
  return draft;
}
