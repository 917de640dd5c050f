/**
 * Duplicate paragraphs: the same paragraph twice is a scrape artefact; the
 * first copy is kept.
 */
import type { Block } from '../types.ts';

/** Shortest paragraph whose repetition is taken for an artefact (short lines may repeat on purpose). */
const MIN_LENGTH = 20;

/** The blocks without repeated paragraphs, and the repeats removed. */
export function dropDuplicateParagraphs(blocks: readonly Block[]): { blocks: Block[]; removed: string[] } {
  const seen = new Set<string>();
  const kept: Block[] = [];
  const removed: string[] = [];
  for (const block of blocks) {
    const key = block.text.replace(/\s+/g, '');
    if (block.type === 'paragraph' && key.length >= MIN_LENGTH) {
      if (seen.has(key)) {
        removed.push(block.text);
        continue;
      }
      seen.add(key);
    }
    kept.push(block);
  }
  return { blocks: kept, removed };
}
