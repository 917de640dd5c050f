/**
 * Builds a describe context from plain text for the tests: one block per
 * non-empty line, hints and region as given.
 */
import type { Region } from '../../../src/lib/report-schema.ts';
import { createContext, type DescribeContext } from '../../../src/ingest/describe/context.ts';
import { emptyHints, type Hints } from '../../../src/ingest/types.ts';

/** Hints with only the given lists filled. */
export function hintsOf(partial: Partial<Hints> = {}): Hints {
  return { ...emptyHints(), ...partial };
}

/** A context for a Simplified text. */
export function contextOf(text: string, hints: Partial<Hints> = {}, region: Region = {}): DescribeContext {
  const blocks = text.split('\n').map((line) => line.trim()).filter(Boolean);
  return createContext(blocks, hintsOf(hints), region);
}
