/**
 * The issuer's own unit: from places in issuing-body hints, the title and
 * institution names in the lead. Several candidates agree when they lie on
 * one line (贵州 and 施秉县: 施秉县); when they conflict only what they share
 * is kept (安徽省 and 北京市: nothing).
 */
import { lineage } from '../lineage.ts';
import type { AreaUnit } from '../types.ts';
import type { Evidence } from './evidence.ts';
import type { ReportScope } from './scope.ts';

/** The deepest unit all candidates agree on: the deepest of one line, else their common ancestor. */
function agreeingUnit(units: readonly AreaUnit[]): AreaUnit | undefined {
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
 * Cuts a unit down to the report's scope: a city body named in the lead of a
 * provincial meeting's report is a participant, the issuer is the province.
 * A county-level city stays for a 市 scope (宜都市 speaks of 全市), not for 州.
 */
function withinScope(unit: AreaUnit, scope: ReportScope | undefined): AreaUnit {
  const line = lineage(unit.code);
  if (scope === 'province') return line[0]!;
  if (unit.level === 'county' && (scope === 'prefecture' || (scope === 'city' && !unit.name.endsWith('市')))) return line.at(-2)!;
  return unit;
}

/**
 * The issuer's unit from resolved evidence: issuing-body hints when there are
 * any (they name the issuer outright), else the institutions the title
 * names, else the title and the lead's institutions, no deeper than the
 * report's scope.
 */
export function issuerUnit(evidence: readonly Evidence[], scope: ReportScope | undefined): AreaUnit | undefined {
  const named = evidence.filter((e) => e.issuer && e.mention.units.length === 1);
  const fromHints = named.filter((e) => e.source === 'issuer' || e.role === 'issuer');
  if (fromHints.length > 0) return agreeingUnit(fromHints.map((e) => e.mention.units[0]!));
  // An institution the title names is the issuer whatever the text's scope words say: a district's own summary speaks of `全市考核` too.
  const titled = agreeingUnit(named.filter((e) => e.source === 'title' && e.role === 'institution').map((e) => e.mention.units[0]!));
  if (titled) return titled;
  const unit = agreeingUnit(named.map((e) => e.mention.units[0]!));
  return unit && withinScope(unit, scope);
}
