/**
 * Clean step: the cleaning rules, in the order they run. Each rule is its own
 * file, does one job on the draft's lines, and reports what it did as messages.
 */
import type { CleanRule, Draft } from '../types.ts';

export const cleanRules: readonly CleanRule[] = [];

/** Runs every cleaning rule over the draft. */
export function clean(draft: Draft): void {
  for (const rule of cleanRules) rule(draft);
}
