/**
 * Character-level repairs, in order: they run first, on the raw lines.
 */
import type { CleanRule } from '../../types.ts';

export const textRules: readonly CleanRule[] = [];
