/**
 * Describe step: the metadata of a cleaned draft. Every field is absent when
 * it cannot be determined: a wrong value is worse than none.
 */
import { detectScript, toSimplified } from '../../lib/script.ts';
import type { Description, Draft } from '../types.ts';
import { resolveRegion } from './region.ts';

/** Derives the report's metadata from its blocks and hints. */
export function describe(draft: Draft): Description {
  const original = draft.blocks.map((block) => block.text).join('\n');
  const script = detectScript(original);
  const text = script === 'hant' ? toSimplified(original) : original;
  const region = resolveRegion({ text, hints: draft.hints });
  return {
    region,
    genre: '其他',
    meetingTypes: [],
    speakers: [],
    authors: [],
    script,
  };
}
