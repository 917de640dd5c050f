/**
 * The levels of a report's region (province → city → county) with the
 * GB/T 2260 code of each level, so every level can link to its listing.
 */
import type { Region } from '../lib/report-schema.ts';

/** Administrative level. */
export type RegionLevelName = 'province' | 'city' | 'county';

/** One named level of a region; `code` is absent when the entry's code does not reach this level. */
export interface RegionLevel {
  level: RegionLevelName;
  /** Full official name (Simplified, as in the frontmatter). */
  name: string;
  code?: string;
}

const ORDER: readonly RegionLevelName[] = ['province', 'city', 'county'];

/** Level a six-digit code denotes: xx0000 a province, xxxx00 a city, anything else a county. */
export function codeLevel(code: string): RegionLevelName {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** Code of `level` derived from a more specific code (parents by truncation, as GB/T 2260 defines them). */
export function codeAtLevel(code: string, level: RegionLevelName): string | undefined {
  if (ORDER.indexOf(level) > ORDER.indexOf(codeLevel(code))) return undefined;
  if (level === 'province') return `${code.slice(0, 2)}0000`;
  if (level === 'city') return `${code.slice(0, 4)}00`;
  return code;
}

/**
 * The named levels of a region, most general first. A level the region skips
 * (a municipality's districts, a county directly under a province) is absent.
 */
export function regionLevels(region: Region): RegionLevel[] {
  const levels: RegionLevel[] = [];
  for (const level of ORDER) {
    const name = region[level];
    if (!name) continue;
    const code = region.code ? codeAtLevel(region.code, level) : undefined;
    levels.push(code ? { level, name, code } : { level, name });
  }
  return levels;
}

/** Name of the most specific level, e.g. for a description line. */
export function regionName(region: Region): string | undefined {
  return region.county ?? region.city ?? region.province;
}
