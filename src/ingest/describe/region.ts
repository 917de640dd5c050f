/**
 * Region of a report: from the issuing institution's own name first, then
 * agreement among place mentions. Absent rather than wrong. The rules live in
 * `src/lib/regions/resolve/`; this adapts the draft's hints to them.
 */
import type { Region } from '../../lib/report-schema.ts';
import { explainRegion, type RegionExplanation } from '../../lib/regions/resolve/resolve-region.ts';
import type { Hints } from '../types.ts';

export interface RegionInput {
  /** Body text converted to Simplified. */
  text: string;
  hints: Hints;
}

/** Resolves the report's region and the evidence it rests on (for debugging). */
export function explainReportRegion({ text, hints }: RegionInput): RegionExplanation {
  return explainRegion({ text, title: hints.titles[0], issuers: hints.issuers, sites: hints.sites });
}

/** Resolves the report's region; empty when it cannot be determined. */
export function resolveRegion(input: RegionInput): Region {
  return explainReportRegion(input).region;
}
