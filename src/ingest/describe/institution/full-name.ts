/**
 * The full name of a body as the text abbreviates it: the level prefix
 * (`市`, `县`, `州`, `自治区` …) replaced by the region's name and the usual
 * abbreviations expanded (`县卫健委` + 青阳县 → `青阳县卫生健康委员会`).
 */
import type { Region } from '../../../lib/report-schema.ts';
import { ANONYMISED, BODY_SUFFIX } from './body-names.ts';

/** A body named by its kind alone (`卫健委`, `政府`): no name without a place. */
const BARE_BODY = new RegExp(`^(?:${BODY_SUFFIX}|政府|人大|行署)$`, 'u');
/** National bodies whose kind is their name. */
const NATIONAL_BODY = /^(?:国务院|卫生部)$/;

/** Abbreviations of body names and their full forms, applied in order. */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/卫健委|卫生健康委(?!员会)/g, '卫生健康委员会'],
  [/卫健局/g, '卫生健康局'],
  [/卫生计生委|卫计委/g, '卫生和计划生育委员会'],
  [/卫生计生局|卫计局/g, '卫生和计划生育局'],
  [/(?<!划生育委员会)计生委(?!员会)/g, '计划生育委员会'],
  [/疾控中心/g, '疾病预防控制中心'],
  [/疾控局/g, '疾病预防控制局'],
  [/爱卫办/g, '爱国卫生运动委员会办公室'],
  [/爱卫会/g, '爱国卫生运动委员会'],
  [/妇计中心/g, '妇幼保健计划生育服务中心'],
  [/医保局/g, '医疗保障局'],
  [/中医药局/g, '中医药管理局'],
  [/人大常委会/g, '人民代表大会常务委员会'],
  [/^(.{0,12}?[省市县区州盟旗])(?:第?[\d一二三四五六七八九十]+届)?人大$/g, '$1人民代表大会'],
  [/^(.*[省市县区州盟旗])政府$/g, '$1人民政府'],
  [/行署$/g, '行政公署'],
];

/** Level prefixes a body name may start with, longest first. */
const LEVEL_PREFIX = /^(自治区|自治州|[省市县区州盟旗])/;

/** Expands the abbreviations in a body name and drops parenthesised asides (`疾控中心（卫生监督所）`). */
export function expandAbbreviations(name: string): string {
  let full = name.replace(/[（(][^）)]*[）)]/g, '');
  for (const [pattern, replacement] of ABBREVIATIONS) full = full.replace(pattern, replacement);
  return full;
}

/** The region's name at the level a prefix (`市`, `县` …) stands for, when the region has one there. */
export function regionNameFor(level: string, region: Region): string | undefined {
  const { province, city, county } = region;
  const endsWith = (name: string | undefined, suffix: string) => (name?.endsWith(suffix) ? name : undefined);
  switch (level) {
    // A county-level city is the nearest 市; a municipality's 市 is the province.
    case '市': return endsWith(county, '市') ?? endsWith(city, '市') ?? endsWith(province, '市');
    case '县': return endsWith(county, '县');
    case '区': return endsWith(county, '区');
    case '旗': return endsWith(county, '旗');
    case '州': case '自治州': return endsWith(city, '州');
    case '盟': return endsWith(city, '盟');
    case '省': return endsWith(province, '省');
    // A prefecture's office (行署) serves a 地区 or 盟.
    case '行署': return endsWith(city, '地区') ?? endsWith(city, '盟');
    case '自治区': return endsWith(province, '自治区');
    default: return undefined;
  }
}

/**
 * The full name of a body, or undefined when it cannot be told: an anonymised
 * name, or a level prefix the region does not fill. A body named by its
 * kind alone (`卫健委`) takes `level` when the context gives one.
 */
export function fullBodyName(name: string, region: Region, level?: string): string | undefined {
  if (ANONYMISED.test(name)) return undefined;
  let full = name;
  const prefix = LEVEL_PREFIX.exec(name)?.[1];
  if (prefix) {
    const place = regionNameFor(prefix, region);
    if (!place) return undefined;
    full = place + name.slice(prefix.length);
  } else if (BARE_BODY.test(name) && !NATIONAL_BODY.test(name)) {
    const place = level === undefined ? undefined : regionNameFor(level, region);
    if (!place) return undefined;
    full = place + name;
  }
  return expandAbbreviations(full);
}
