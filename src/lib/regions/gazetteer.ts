/**
 * The gazetteer: mainland China's administrative units at the end of 2024,
 * from @vant/area-data (MIT), cleaned (see `../shared/notes/regions.md`):
 * 31 provinces, 333 prefecture-level units, 2,846 county-level units, as in
 * the Ministry of Civil Affairs' 2024 list. Built once, on first use.
 */
import { areaList } from '@vant/area-data';
import { shortName } from './short-name.ts';
import type { AreaLevel, AreaUnit } from './types.ts';

/** Taiwan, Hong Kong and Macau: outside the archive's administrative scope. */
const EXCLUDED_PROVINCES = new Set(['71', '81', '82']);
/** Prefecture-level cities without counties: the data lists their townships as counties. */
const CITIES_WITHOUT_COUNTIES = new Set(['441900', '442000', '460400', '620200']);
/** Abolished units the data still lists (港闸区, 梅列区, 长岛县). */
const ABOLISHED = new Set(['320611', '350402', '370634']);
/**
 * Listed areas that are not county-level divisions: the administrative areas of
 * 大兴安岭 (加格达奇, 松岭, 新林, 呼中), the state-level new areas 江北新区 and
 * 镇江新区, and 大柴旦行政委员会.
 */
const NOT_COUNTY_LEVEL = new Set(['232761', '232762', '232763', '232764', '320112', '321150', '632857']);

/** Development zones and similar areas carry codes ending in 70–79 or 90–99, outside GB/T 2260's county range. */
function isZoneCode(code: string): boolean {
  const tail = Number(code.slice(4));
  return (tail >= 70 && tail < 80) || tail >= 90;
}

/**
 * Placeholders in the data's city level: a municipality listed as its own city
 * (110100 北京市), Chongqing's `县` group (500200) and the groups of counties
 * directly under a province (x9000 省直辖县级行政单位).
 */
function isPlaceholderCity(code: string): boolean {
  return /^(11|12|31|50)0[12]00$/.test(code) || code.endsWith('9000');
}

interface Gazetteer {
  byCode: Map<string, AreaUnit>;
  children: Map<string, AreaUnit[]>;
  units: AreaUnit[];
  provinces: AreaUnit[];
}

function unit(code: string, name: string, level: AreaLevel, parent?: string): AreaUnit {
  return parent ? { code, name, shortName: shortName(name), level, parent } : { code, name, shortName: shortName(name), level };
}

function build(): Gazetteer {
  const units: AreaUnit[] = [];
  const byCode = new Map<string, AreaUnit>();
  const add = (u: AreaUnit): void => {
    units.push(u);
    byCode.set(u.code, u);
  };
  for (const [code, name] of Object.entries(areaList.province_list)) {
    if (!EXCLUDED_PROVINCES.has(code.slice(0, 2))) add(unit(code, name, 'province'));
  }
  for (const [code, name] of Object.entries(areaList.city_list)) {
    const province = `${code.slice(0, 2)}0000`;
    if (byCode.has(province) && !isPlaceholderCity(code)) add(unit(code, name, 'city', province));
  }
  for (const [code, name] of Object.entries(areaList.county_list)) {
    const city = `${code.slice(0, 4)}00`;
    const province = `${code.slice(0, 2)}0000`;
    if (!byCode.has(province) || CITIES_WITHOUT_COUNTIES.has(city)) continue;
    if (ABOLISHED.has(code) || NOT_COUNTY_LEVEL.has(code) || isZoneCode(code)) continue;
    add(unit(code, name, 'county', byCode.has(city) ? city : province));
  }
  const children = new Map<string, AreaUnit[]>();
  for (const u of units) {
    if (!u.parent) continue;
    const siblings = children.get(u.parent) ?? [];
    siblings.push(u);
    children.set(u.parent, siblings);
  }
  return { byCode, children, units, provinces: units.filter((u) => u.level === 'province') };
}

let cached: Gazetteer | undefined;

function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

/** Every unit, provinces first, each level in code order. */
export function allUnits(): readonly AreaUnit[] {
  return gazetteer().units;
}

/** The unit with this GB/T 2260 code, if it exists (after cleaning). */
export function unitByCode(code: string): AreaUnit | undefined {
  return gazetteer().byCode.get(code);
}

/** The 31 provinces, in code order. */
export function provinces(): readonly AreaUnit[] {
  return gazetteer().provinces;
}

/**
 * The units directly under a unit, in code order: a province's prefectures
 * and the county-level units it governs directly (a municipality's districts,
 * 天门市, 济源市 …); a prefecture's counties.
 */
export function childrenOf(code: string): readonly AreaUnit[] {
  return gazetteer().children.get(code) ?? [];
}
