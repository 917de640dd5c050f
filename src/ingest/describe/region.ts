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

/** Site owners that carry everyone's reports: companies (document sites, portals) and the media. */
const CARRIES_ANY_PLACE = /(?:公司|集团|网|网站|报|报社|台|杂志社|出版社|新闻社|通讯社|客户端)$/u;

/**
 * Resolves the report's region and the evidence it rests on (for debugging).
 * The public body that owns the site carrying the page counts only when
 * nothing else gives a region: its site carries other places' reports too
 * (a province's, its cities'), but a page that names no place is most likely
 * its owner's.
 */
export function explainReportRegion({ text, hints }: RegionInput): RegionExplanation {
  const sources = { text, title: hints.titles[0], issuers: hints.issuers, sites: hints.sites };
  const explained = explainRegion(sources);
  const owners = hints.hosts.filter((host) => !CARRIES_ANY_PLACE.test(host));
  if (explained.method !== 'none' || owners.length === 0) return explained;
  return explainRegion({ ...sources, sites: [...hints.sites, ...owners] });
}

/** Resolves the report's region; empty when it cannot be determined. */
export function resolveRegion(input: RegionInput): Region {
  return explainReportRegion(input).region;
}
