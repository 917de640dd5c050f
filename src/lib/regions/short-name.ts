/**
 * Short names of administrative units, as text refers to them: `宜都市` →
 * `宜都`, `延边朝鲜族自治州` → `延边`, `神农架林区` → `神农架`.
 */
import { ETHNIC_NAMES } from './ethnic-names.ts';

const AUTONOMOUS_SUFFIXES = ['自治区', '自治州', '自治县', '自治旗'];
/** Tried in order; the first that leaves a stem of two or more characters wins (`清新区` → `清新`, not `清`). */
const SUFFIXES = ['特别行政区', '新区', '林区', '特区', '地区', '矿区', '省', '市', '区', '县', '旗', '盟'];
// Longest first, so that 蒙古族 goes before 蒙古 and 土家族 before 土族.
const ETHNIC_BY_LENGTH = [...ETHNIC_NAMES].sort((a, b) => b.length - a.length);
/** Last characters of the ethnic names: a stem ending otherwise ends in none (most stems; the gazetteer has thousands). */
const ETHNIC_ENDINGS = new Set(ETHNIC_NAMES.map((ethnic) => ethnic.at(-1)));

/** Strips trailing ethnic names while at least two characters remain (`积石山保安族东乡族撒拉族` → `积石山`). */
function stripEthnicNames(stem: string): string {
  let out = stem;
  for (let changed = ETHNIC_ENDINGS.has(out.at(-1)); changed; ) {
    changed = false;
    for (const ethnic of ETHNIC_BY_LENGTH) {
      if (out.endsWith(ethnic) && out.length - ethnic.length >= 2) {
        out = out.slice(0, -ethnic.length);
        changed = true;
        break;
      }
    }
  }
  // A unit named after its people only (`东乡族自治县`, `鄂温克族自治旗`) keeps the name without 族.
  if (out.length > 2 && out.endsWith('族') && ETHNIC_NAMES.includes(out)) out = out.slice(0, -1);
  return out;
}

/** The short name of a unit's full name; the full name itself when the stem would be a single character (`赵县`, `城区`). */
export function shortName(name: string): string {
  const autonomous = AUTONOMOUS_SUFFIXES.find((suffix) => name.endsWith(suffix));
  let stem: string | undefined;
  if (autonomous) {
    stem = stripEthnicNames(name.slice(0, -autonomous.length));
  } else {
    const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= 2);
    // Districts named after a people keep that out of the short name too (`管城回族区` → `管城`).
    if (suffix) stem = stripEthnicNames(name.slice(0, -suffix.length));
  }
  return stem && stem.length >= 2 ? stem : name;
}
