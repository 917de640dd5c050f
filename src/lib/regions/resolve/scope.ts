/**
 * The administrative level a report speaks for, from its scope words:
 * `我省`/`全省` (province), `我市`/`全市`/`全州` (prefecture or county-level
 * city), `我县`/`全县`/`全旗` (county). `全区`/`我区` is an autonomous region
 * when 自治区 bodies speak (`自治区卫生健康委`), else a district.
 */
import type { AreaLevel } from '../types.ts';

/**
 * Level a report speaks for: `city` is any 市 (a prefecture-level or a
 * county-level city), `prefecture` a 州 or 盟 (never a county).
 */
export type ReportScope = AreaLevel | 'prefecture';

/** Suffix characters of each level's scope words. */
const LEVEL_CHARACTERS: Record<ReportScope, string> = { province: '省', city: '市', prefecture: '州盟', county: '县旗' };
/** `全省第一`, `居全市前列`: rankings, not the speaker's scope. */
const RANKING = '(?!第|前|首|唯|排|领先|率先|最|平均|同类|范围|之最)';
/**
 * How much each kind of scope word counts: speaking for a government outright,
 * self-reference, the whole area, the area's bodies named by level alone (`县卫健委`, `在县委县政府领导下`).
 */
const WEIGHTS = { speaksFor: 10, self: 3, whole: 1, bodies: 1 };
/** What may precede a body named by level alone: not a Han character (that would make it part of a name), or a preposition. */
const BODY_BEFORE = '(?:^|(?<=[^\\p{Script=Han}]|[在由及和与向]))';
const BODY_AFTER = '(?:委|政府|人民政府|卫生|卫健|人大|政协|纪委)';

/** Bodies of an autonomous region named without the region (`自治区副主席`, `自治区党委`), not full names (`广西壮族自治区`). */
const AUTONOMOUS_BODIES = /(?<!族|蒙古|西藏|维吾尔)自治区/g;
/** Bodies of a district: 区委, 区政府, 区卫生健康局 (not 自治区…). */
const DISTRICT_BODIES = /(?<!自治)区(?:委|政府|人民政府|卫生|卫健|人大|政协)/g;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** A level character (`区` is decided per text). */
const LEVEL = `[${Object.values(LEVEL_CHARACTERS).join('')}区]`;
/**
 * Every scope word, one kind an alternative, its level character captured:
 * speaking for a government, self-reference, the whole area, bodies named by
 * level alone. Each word holds one level character, and each kind needs
 * another character before it (代表, 我 or 本, 全, none of these), so words
 * never overlap and one search finds what a search per kind and level did
 * (twenty searches took three times as long; a test holds them equal).
 */
const SCOPE_WORD = new RegExp(`代表(${LEVEL})人民政府|(?:我|本)(${LEVEL})|全(${LEVEL})${RANKING}|${BODY_BEFORE}(${LEVEL})${BODY_AFTER}`, 'gmu');
/** The weight of each alternative of SCOPE_WORD, in order. */
const KIND_WEIGHTS = [WEIGHTS.speaksFor, WEIGHTS.self, WEIGHTS.whole, WEIGHTS.bodies];

/** Weighted count of the scope words in the text, by level character. */
export function scopeWordWeights(text: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const match of text.matchAll(SCOPE_WORD)) {
    const kind = match.slice(1).findIndex((character) => character !== undefined);
    const character = match[kind + 1]!;
    weights.set(character, (weights.get(character) ?? 0) + KIND_WEIGHTS[kind]!);
  }
  return weights;
}

/** Weighted count of scope words ending in one of `characters`. */
function scopeWeight(weights: ReadonlyMap<string, number>, characters: string): number {
  return [...characters].reduce((sum, character) => sum + (weights.get(character) ?? 0), 0);
}

/** Whether 全区/我区 in this text means an autonomous region. */
function isAutonomousRegionText(text: string): boolean {
  return count(text, AUTONOMOUS_BODIES) > count(text, DISTRICT_BODIES);
}

/** Weighted scope words per level; 区 goes to the province when 自治区 bodies speak, else to the county. */
function scopeWeights(text: string, autonomous: boolean): Record<ReportScope, number> {
  const weights = scopeWordWeights(text);
  const region = scopeWeight(weights, '区');
  return {
    province: scopeWeight(weights, LEVEL_CHARACTERS.province) + (autonomous ? region : 0),
    city: scopeWeight(weights, LEVEL_CHARACTERS.city),
    prefecture: scopeWeight(weights, LEVEL_CHARACTERS.prefecture),
    county: scopeWeight(weights, LEVEL_CHARACTERS.county) + (autonomous ? 0 : region),
  };
}

function dominant(weights: Record<ReportScope, number>): ReportScope | undefined {
  const ranked = (Object.entries(weights) as [ReportScope, number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] > 0 && first[1] > (second?.[1] ?? 0) ? first[0] : undefined;
}

/** Scope of an issuer named by level alone (`州爱卫办`, `县卫生健康局`). */
function issuerScope(issuers: readonly string[], autonomous: boolean): ReportScope | undefined {
  const bodies = issuers.map((issuer) => issuer.trim()[0]).join('');
  const level = (Object.keys(LEVEL_CHARACTERS) as ReportScope[]).find((l) => [...bodies].some((c) => LEVEL_CHARACTERS[l].includes(c)));
  if (level) return level;
  return bodies.includes('区') ? (autonomous ? 'province' : 'county') : undefined;
}

/**
 * The report's scope: from an issuer named by level alone, else from the
 * title when it has scope words (`在全县卫生健康工作会议上的讲话`), else the
 * level whose words dominate the text.
 */
export function detectScope(title: string, text: string, issuers: readonly string[] = []): ReportScope | undefined {
  const autonomous = isAutonomousRegionText(text);
  return issuerScope(issuers, autonomous) ?? dominant(scopeWeights(title, autonomous)) ?? dominant(scopeWeights(text, autonomous));
}
