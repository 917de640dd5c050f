/**
 * Describe step: the metadata of a cleaned draft. Every field is absent when
 * it cannot be determined: a wrong value is worse than none.
 */
import { detectScript } from '../../lib/script.ts';
import type { Description, Draft } from '../types.ts';

/** Derives the report's metadata from its blocks and hints. */
export function describe(draft: Draft): Description {
  const text = draft.blocks.map((block) => block.text).join('\n');
  return {
    region: {},
    genre: '其他',
    meetingTypes: [],
    speakers: [],
    authors: [],
    script: detectScript(text),
  };
}
