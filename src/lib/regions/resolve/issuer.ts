/**
 * The issuer's own unit: from places in issuing-body hints, the title and
 * institution names in the lead. Several candidates agree when they lie on
 * one line (贵州 and 施秉县: 施秉县); when they conflict only what they share
 * is kept (安徽省 and 北京市: nothing).
 */
import { lineage } from '../lineage.ts';
import type { AreaUnit } from '../types.ts';
import type { Evidence } from './evidence.ts';

/** The deepest unit all candidates agree on: the deepest of one line, else their common ancestor. */
export function agreeingUnit(units: readonly AreaUnit[]): AreaUnit | undefined {
  const lines = units.map((u) => lineage(u.code));
  const deepest = lines.reduce<readonly AreaUnit[] | undefined>((a, b) => (!a || b.length > a.length ? b : a), undefined);
  if (!deepest) return undefined;
  const onOneLine = lines.every((line) => line.every((u, i) => deepest[i]?.code === u.code));
  if (onOneLine) return deepest.at(-1);
  let shared: AreaUnit | undefined;
  for (let i = 0; lines.every((line) => line[i] && line[i]!.code === lines[0]![i]!.code); i++) shared = lines[0]![i];
  return shared;
}

/**
 * The issuer's unit from resolved evidence: issuing-body hints when there are
 * any (they name the issuer outright), else the title and the lead's
 * institutions.
 */
export function issuerUnit(evidence: readonly Evidence[]): AreaUnit | undefined {
  const named = evidence.filter((e) => e.issuer && e.mention.units.length === 1);
  const fromHints = named.filter((e) => e.source === 'issuer' || e.role === 'issuer');
  const chosen = fromHints.length > 0 ? fromHints : named;
  return agreeingUnit(chosen.map((e) => e.mention.units[0]!));
}
