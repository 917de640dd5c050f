/**
 * Clean step: character-level repairs first (mojibake needs the pinyin
 * annotations that a later rule strips), then line-level rules.
 */
import type { CleanRule, Draft } from '../types.ts';
import { lineRules } from './lines/index.ts';
import { textRules } from './text/index.ts';

export const cleanRules: readonly CleanRule[] = [...textRules, ...lineRules];

/** Runs every cleaning rule over the draft. */
export function clean(draft: Draft): void {
  for (const rule of cleanRules) rule(draft);
}
