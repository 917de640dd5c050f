/**
 * Region by agreement: walk down from the best-supported province to the
 * best-supported unit below it, as far as the report's scope allows and as
 * long as one candidate clearly leads.
 */
import { childrenOf, provinces } from '../gazetteer.ts';
import type { AreaUnit } from '../types.ts';
import type { ReportScope } from './scope.ts';
import type { Support } from './support.ts';

/** Least support a unit needs: two plain mentions, or one strong one. */
const MIN_SUPPORT = 2;
/** The leader must have at least this many times the runner-up's support. */
const LEAD_FACTOR = 2;
/** Municipalities: their districts sit directly under the province. */
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

/** The clear leader among candidates, if any. */
function clearLeader(candidates: readonly AreaUnit[], support: Support): AreaUnit | undefined {
  let best: AreaUnit | undefined;
  let bestScore = 0;
  let secondScore = 0;
  for (const unit of candidates) {
    const score = support.get(unit.code) ?? 0;
    if (score > bestScore) {
      secondScore = bestScore;
      bestScore = score;
      best = unit;
    } else if (score > secondScore) {
      secondScore = score;
    }
  }
  return best && bestScore >= MIN_SUPPORT && bestScore >= LEAD_FACTOR * secondScore ? best : undefined;
}

/** Whether a county-level unit is a 市 (a county-level city speaks of 全市 too). */
function isCountyLevelCity(unit: AreaUnit): boolean {
  return unit.level === 'county' && unit.name.endsWith('市');
}

/**
 * The unit the support agrees on, down to the report's scope: a province
 * report stops at the province, a 州/盟 report at the prefecture, a 市 report
 * at the prefecture or at a county-level city that carries most of its
 * support, a county report at the county. Without a scope it stops at the prefecture.
 */
export function agreedUnit(support: Support, scope: ReportScope | undefined): AreaUnit | undefined {
  const province = clearLeader(provinces(), support);
  if (!province || scope === 'province') return province;
  if (MUNICIPALITIES.has(province.code) && scope !== 'county') return province;
  const second = clearLeader(childrenOf(province.code), support);
  if (!second) return province;
  if (second.level === 'county') return scope === 'county' || isCountyLevelCity(second) ? second : province;
  if (scope !== 'county' && scope !== 'city') return second;
  const county = clearLeader(childrenOf(second.code), support);
  if (!county) return second;
  if (scope === 'county') return county;
  const share = (support.get(county.code) ?? 0) / (support.get(second.code) ?? 1);
  return isCountyLevelCity(county) && share >= 0.5 ? county : second;
}
