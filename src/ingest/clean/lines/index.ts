/**
 * Line-level rules, in order: page furniture, bylines and layout residue.
 */
import type { CleanRule } from '../../types.ts';

export const lineRules: readonly CleanRule[] = [];
