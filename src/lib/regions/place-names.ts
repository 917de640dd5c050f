/**
 * The names text uses for units, each with the units it may mean: full
 * names (`宜都市`), short names (`宜都`) and the usual abbreviations of
 * autonomous units (`大理州`, `长阳县`). Built once, on first use.
 */
import { allUnits } from './gazetteer.ts';
import { lineage } from './lineage.ts';
import type { AreaUnit } from './types.ts';

/** How a name refers to its unit. */
export type NameForm = 'full' | 'abbreviation' | 'short';

/** A name and the units it may mean (more than one: ambiguous). */
export interface PlaceName {
  name: string;
  form: NameForm;
  units: readonly AreaUnit[];
}

/**
 * Short names that are everyday words (`推进乡村振兴` is no 振兴区, `人民安康`
 * no 安康市, `会同有关部门` no 会同县): these units are recognised by their
 * full name only.
 */
export const EVERYDAY_SHORT_NAMES: ReadonlySet<string> = new Set([
  // From regions.md.
  '振兴', '新建', '新兴', '安居', '平安', '光明', '红旗', '长寿', '富民', '城中', '市中',
  // Words of official prose measured to match short names in reports of other provinces.
  '惠民', '友好', '大兴', '双城', '浦江', '温泉', '运河', '互助', '复兴', '滨江', '同仁', '大关', '灯塔', '南部',
  '凤凰', '清水', '兴城', '大城', '大田', '清新', '站前', '江海', '江口', '宏伟', '裕民', '三江', '白银', '通江',
  '平原', '东湖', '沿河', '惠农', '沙河', '太湖', '三水', '九龙', '全州', '平陆', '龙门', '商城', '天桥', '路桥',
  '龙潭', '蒙山', '东海', '南海', '金沙', '安新', '故城', '龙泉', '永兴', '山城', '紫金', '中原', '建安', '阳新',
  '小店', '和龙', '松山', '兴国', '新和', '天河', '花山', '白沙', '青龙', '金凤', '兴隆', '莲花', '祥云', '双清',
  '千山', '三元', '和安', '和康', '新平', '大新', '增城', '利通', '上高', '高要', '迁安', '平和', '新安',
  '小金', '建水', '成安', '民丰', '兴和', '兴文', '康保', '合水', '资中', '白塔', '仁和', '泰山', '建华', '海棠',
  '政和', '南城', '金牛', '凤城', '安康', '合作', '会同', '通道', '方正', '大方', '青山', '金山', '江山', '东方',
  '新星', '前进', '向阳', '东风', '和平', '共和', '安定', '安宁', '城关', '新城', '古城', '老城', '城东',
  '城西', '城北', '港口', '新华', '长安', '白云', '南山', '永安', '太平', '江南', '江北', '河东', '河西', '河口',
  '滨海', '永定', '解放', '爱民', '工农', '桥东', '桥西', '路南', '路北', '新北', '宝山', '西湖', '新市',
  '资源', '友谊', '延长', '公安', '江汉', '富裕', '同心', '兴业', '和顺', '文山', '海港',
]);

/**
 * Full names that are also everyday words (`城区改造`, `老城区`, `矿区`): these
 * units are recognised only right after a name of their parent (`阳泉市城区`).
 */
export const EVERYDAY_FULL_NAMES: ReadonlySet<string> = new Set([
  '城区', '郊区', '矿区', '东区', '西区', '新城区', '老城区', '市中区', '城中区', '新市区', '新区',
]);

interface PlaceNameIndex {
  names: Map<string, PlaceName>;
  /** Names by their first two UTF-16 code units (first, then second), longest first: no string is made to look one up. */
  byPrefix: Map<number, Map<number, PlaceName[]>>;
  /** Whether a UTF-16 code unit starts any name: lets the scan skip most characters cheaply. */
  startsName: Uint8Array;
  /**
   * A bit set by `pairBit` for the first two code units of every name: a
   * third of a report's characters start some name, one in eighty starts a
   * name's first two, and the bit rules the others out without the two Map
   * lookups (rarely, a pair that starts no name shares a bit with one, and
   * is looked up).
   */
  startsPair: Uint32Array;
}

/** Bits in `startsPair`: 128 KB, about 350 for each of the ~3,000 pairs that start names. */
const PAIR_BITS = 1 << 20;

/** The bit of a pair of code units in `startsPair`. */
function pairBit(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & (PAIR_BITS - 1);
}

/**
 * Narrows the units a short name may mean: a province's short name means the
 * province (河南 is not 河南蒙古族自治县); a name shared down one line means
 * the highest unit (阿克苏: the 地区, not 阿克苏市).
 */
function narrowShortName(units: AreaUnit[]): AreaUnit[] {
  const province = units.find((u) => u.level === 'province');
  if (province) return [province];
  const top = units.find((candidate) => units.every((u) => lineage(u.code).some((a) => a.code === candidate.code)));
  return top ? [top] : units;
}

function abbreviation(unit: AreaUnit): string | undefined {
  if (unit.shortName === unit.name) return undefined;
  if (unit.name.endsWith('自治州')) return `${unit.shortName}州`;
  if (unit.name.endsWith('自治县')) return `${unit.shortName}县`;
  if (unit.name.endsWith('自治旗')) return `${unit.shortName}旗`;
  return undefined;
}

function build(): PlaceNameIndex {
  const full = new Map<string, AreaUnit[]>();
  const abbreviations = new Map<string, AreaUnit[]>();
  const shorts = new Map<string, AreaUnit[]>();
  const push = (map: Map<string, AreaUnit[]>, key: string, u: AreaUnit): void => {
    const list = map.get(key);
    if (list) list.push(u);
    else map.set(key, [u]);
  };
  for (const u of allUnits()) {
    push(full, u.name, u);
    const abbr = abbreviation(u);
    if (abbr) push(abbreviations, abbr, u);
    if (u.shortName !== u.name && !EVERYDAY_SHORT_NAMES.has(u.shortName)) push(shorts, u.shortName, u);
  }
  const names = new Map<string, PlaceName>();
  for (const [name, units] of full) names.set(name, { name, form: 'full', units });
  for (const [name, units] of abbreviations) if (!names.has(name)) names.set(name, { name, form: 'abbreviation', units });
  for (const [name, units] of shorts) if (!names.has(name)) names.set(name, { name, form: 'short', units: narrowShortName(units) });
  const byPrefix = new Map<number, Map<number, PlaceName[]>>();
  const startsName = new Uint8Array(65536);
  const startsPair = new Uint32Array(PAIR_BITS / 32);
  for (const place of names.values()) {
    const first = place.name.charCodeAt(0);
    startsName[first] = 1;
    const bit = pairBit(first, place.name.charCodeAt(1));
    startsPair[bit >>> 5]! |= 1 << (bit & 31);
    const bySecond = byPrefix.get(first) ?? new Map<number, PlaceName[]>();
    byPrefix.set(first, bySecond);
    // Every name has at least two characters (a unit's name is a stem and a suffix).
    const second = place.name.charCodeAt(1);
    bySecond.set(second, [...(bySecond.get(second) ?? []), place]);
  }
  for (const bySecond of byPrefix.values()) for (const list of bySecond.values()) list.sort((a, b) => b.name.length - a.name.length);
  return { names, byPrefix, startsName, startsPair };
}

let cached: PlaceNameIndex | undefined;

/** The name index (built on first use). */
export function placeNameIndex(): PlaceNameIndex {
  cached ??= build();
  return cached;
}

const NONE: readonly PlaceName[] = [];

/** Names starting at `at` in `text`, longest first. */
export function namesAt(text: string, at: number): readonly PlaceName[] {
  const index = placeNameIndex();
  const first = text.charCodeAt(at);
  if (!index.startsName[first]) return NONE;
  const second = text.charCodeAt(at + 1);
  const bit = pairBit(first, second);
  if (((index.startsPair[bit >>> 5]! >>> (bit & 31)) & 1) === 0) return NONE;
  const candidates = index.byPrefix.get(first)?.get(second);
  return candidates ? candidates.filter((place) => text.startsWith(place.name, at)) : NONE;
}

/** What a name may mean, if it is a place name. */
export function lookupPlaceName(name: string): PlaceName | undefined {
  return placeNameIndex().names.get(name);
}
