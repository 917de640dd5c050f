/**
 * Region of a report: from the issuing institution's own name first, then
 * agreement among place mentions. Absent rather than wrong.
 */
import type { Region } from '../../lib/report-schema.ts';
import type { Hints } from '../types.ts';

export interface RegionInput {
  /** Body text converted to Simplified. */
  text: string;
  hints: Hints;
}

/** Resolves the report's region; empty when it cannot be determined. */
export function resolveRegion(_input: RegionInput): Region {
  return {};
}
