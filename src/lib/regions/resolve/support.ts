/**
 * Agreement among mentions: a mention supports its unit and every unit above
 * it (宜都市 supports 宜昌市 and 湖北省), so county → city → province
 * consistency counts as agreement.
 */
import { lineage } from '../lineage.ts';
import type { AreaUnit } from '../types.ts';
import type { Evidence } from './evidence.ts';

/** Support per unit code. */
export type Support = Map<string, number>;

/**
 * Adds `weight` to a unit and all units above it. A venue supports only the
 * units above it: a provincial meeting held in 哈尔滨 is 黑龙江's, not 哈尔滨's.
 */
function addSupport(support: Support, unit: AreaUnit, weight: number, venue: boolean): void {
  const chain = lineage(unit.code);
  for (const u of venue ? chain.slice(0, -1) : chain) support.set(u.code, (support.get(u.code) ?? 0) + weight);
}

/** Support per unit from the evidence that names one unit only (ambiguous mentions count once resolved). */
export function supportOf(evidence: readonly Evidence[]): Support {
  const support: Support = new Map();
  for (const e of evidence) if (e.mention.units.length === 1) addSupport(support, e.mention.units[0]!, e.weight, e.role === 'venue' || e.role === 'meeting-venue');
  return support;
}

/** How much the rest of the text supports a candidate: its province's and its parent's support. */
function contextScore(unit: AreaUnit, support: Support): number {
  return lineage(unit.code)
    .slice(0, -1)
    .reduce((sum, u) => sum + (support.get(u.code) ?? 0), 0);
}

/**
 * Resolves ambiguous mentions (`鼓楼`, `朝阳区`) to the one candidate the rest
 * of the text supports (its province or prefecture is mentioned); a mention
 * with no such candidate, or with several equally supported, is dropped.
 */
export function disambiguate(evidence: readonly Evidence[]): Evidence[] {
  const support = supportOf(evidence);
  const out: Evidence[] = [];
  for (const e of evidence) {
    if (e.mention.units.length === 1) {
      out.push(e);
      continue;
    }
    const scored = e.mention.units.map((unit) => ({ unit, score: contextScore(unit, support) })).sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    if (best && best.score > 0 && best.score > (second?.score ?? 0)) out.push({ ...e, mention: { ...e.mention, units: [best.unit] } });
  }
  return out;
}
