/**
 * A unit's chain of parents, and the `Region` (full names and code) it stands for.
 */
import type { Region } from '../report-schema.ts';
import { unitByCode } from './gazetteer.ts';
import type { AreaUnit } from './types.ts';

const lineages = new Map<string, readonly AreaUnit[]>();

/** The unit and its parents, top down (`[湖北省, 宜昌市, 宜都市]`); empty for an unknown code. */
export function lineage(code: string): readonly AreaUnit[] {
  let chain = lineages.get(code);
  if (!chain) {
    const units: AreaUnit[] = [];
    for (let u = unitByCode(code); u; u = u.parent ? unitByCode(u.parent) : undefined) units.unshift(u);
    chain = units;
    lineages.set(code, chain);
  }
  return chain;
}

/** Whether `ancestor` is `code` itself or one of its parents. */
export function isWithin(code: string, ancestor: string): boolean {
  return lineage(code).some((u) => u.code === ancestor);
}

/**
 * The region a unit stands for: full names of each level it has and its code.
 * A county directly under a province (天门市) has no city; a municipality's
 * district has the municipality as province and no city.
 */
export function regionOf(code: string): Region {
  const region: Region = {};
  for (const u of lineage(code)) {
    region[u.level] = u.name;
    region.code = u.code;
  }
  return region;
}
