/**
 * Script detection and conversion between Simplified and Traditional, on
 * opencc-js plus a correction list for errors that matter in official text.
 *
 * Used at build time and by ingest (never shipped to the browser: the full
 * dictionaries are ~500 KB). Traditional output uses Taiwan character forms
 * (`tw`), never the vocabulary-changing `twp`.
 */
import type { Script } from './report-schema.ts';
import type { ConvertText } from './conversion-chain.ts';
import { scriptConverter } from './script-converter.ts';

/** A converter built on its first use: a run that never converts one way does not load that way's dictionaries. */
function lazyConverter(from: 'cn' | 'tw' | 'hk' | 't', to: 'cn' | 'tw'): ConvertText {
  let convert: ConvertText | undefined;
  return (text) => (convert ??= scriptConverter(from, to))(text);
}

const cnToTw = lazyConverter('cn', 'tw');
const twToCn = lazyConverter('tw', 'cn');
const hkToCn = lazyConverter('hk', 'cn');
const tToCn = lazyConverter('t', 'cn');

/**
 * Words in which Traditional 範 is right; anywhere else a Simplified 范 is the
 * surname or a place name (范县) and must stay 范.
 */
const FAN_WORDS = ['範圍', '範疇', '範例', '範本', '範式', '範文', '範兒', '規範', '示範', '模範', '典範', '防範', '師範', '風範', '就範', '垂範', '廣範'];
const FAN_WORD_PATTERN = new RegExp(FAN_WORDS.join('|'), 'g');

/** Titles after which 餘 is the surname 余 (余书记 → 余書記, not 餘書記). */
const TITLES = '先生|女士|同志|書記|主任|院長|局長|部長|市長|縣長|區長|處長|科長|主席|委員|教授|醫生|醫師|老師|總|副';

/**
 * Surnames whose Simplified character is also the Traditional surname (the
 * converter merges them with another word: 范→範, 余→餘, 于→於 …); every
 * other surname converts normally (吴→吳, 张→張).
 */
const MERGED_SURNAMES = new Set(['范', '余', '于', '沈', '郁', '游', '谷', '党', '朴', '种', '占', '冲', '丑']);

/** Phrase corrections applied after conversion: [wrong, right]. */
const PHRASE_CORRECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['餘秋雨', '余秋雨'],
  ['摺合', '折合'],
  ['子醜', '子丑'],
  // Place names the phrase dictionary turns into historic or wrong forms
  // (found by converting every 2024 county-level name).
  ['谿', '溪'],
  ['鉅鹿', '巨鹿'],
  ['鉅野', '巨野'],
  ['石柺', '石拐'],
  ['淩河', '凌河'],
  ['霑化', '沾化'],
  ['霑益', '沾益'],
  ['陽穀', '陽谷'],
  ['穀城縣', '谷城縣'],
  ['箇舊', '個舊'],
  ['濬縣', '浚縣'],
  ['澂江', '澄江'],
  ['鐘山', '鍾山'],
  // Cross-word errors of the phrase dictionary's longest match: a phrase
  // across a word boundary takes the first character of the next word, and
  // with it the wrong character. Found by reading the Traditional pages of
  // the corpora; limited to forms that are never right, in words official
  // text uses most.
  // 卫生发展: 生发 (hair growth) → 衛生髮展; 足额发放: 额发 → 足額髮放. 發 words only
  // (髮 stays before 生 and 行: 頭髮生長, 美容美髮行業).
  ...[...'展放電言掘動力揮現明佈布表起揚育票酵財達覺源聲洩炎射改證貨文函令憤奮燒抖'].map((next) => [`髮${next}`, `發${next}`] as const),
  // 健全干部: 全干 (all dry) → 健全乾部.
  ...[...'部群勁線警'].map((next) => [`乾${next}`, `幹${next}`] as const),
  // 以学促干的: 干的 (the dry one) → 以學促乾的; 实干快干, 敢快干: 快干 (quick-drying) → 快乾.
  ['學促乾', '學促幹'],
  ['幹快乾', '幹快幹'],
  ['敢快乾', '敢快幹'],
  // 重庆历史: 庆历 (an era name) → 重慶曆史.
  ...[...'史代程屆經次來'].map((next) => [`曆${next}`, `歷${next}`] as const),
  // 粮食面积: 食面 → 糧食麵積; 问题和面临: 和面 (knead dough) → 和麵臨.
  ...[...'積臨對向貌'].map((next) => [`麵${next}`, `面${next}`] as const),
  // 新征程: 新征 → 新徵程.
  ['徵程', '征程'],
  ['徵途', '征途'],
  // 资金链: 金链 (a gold chain) → 資金鍊.
  ['資金鍊', '資金鏈'],
  // 指明了方向: 明了 (clear) → 指明瞭.
  ...[...'指闡標查講寫申聲'].map((verb) => [`${verb}明瞭`, `${verb}明了`] as const),
  // 做好困难群众: 好困 (sleepy) → 做好睏難.
  ['睏難', '困難'],
  ['睏境', '困境'],
  // 建成10个中心: 个中 (therein) → 10箇中心.
  ...[...'心型小高醫學'].map((next) => [`箇中${next}`, `個中${next}`] as const),
  // 对标对表: 对表 (set a watch) → 對標對錶.
  ['對標對錶', '對標對表'],
  // 面源污染 after 和: 和面 → 和麵源.
  ['麵源', '面源'],
  // 阳光采购: 光采 (lustre) → 陽光采購.
  ...[...'購煤取集用訪'].map((next) => [`采${next}`, `採${next}`] as const),
  // 较大冲击: 大冲 → 較大沖擊.
  ['沖擊', '衝擊'],
  // 更加注重: 加注 (add a note) → 更加註重.
  ['註重', '注重'],
  // 租购并举: 购并 (merge) → 租購併舉.
  ['併舉', '並舉'],
];

/** Every wrong form of PHRASE_CORRECTIONS, found in one pass (a text is read once, not once per correction). */
const PHRASE_CORRECTION_PATTERN = new RegExp(PHRASE_CORRECTIONS.map(([wrong]) => wrong).join('|'), 'g');
const PHRASE_CORRECTION_OF = new Map(PHRASE_CORRECTIONS);

/** Fix 範 that stands for the surname/place 范: keep it only inside the listed words. */
function restoreSurnameFan(text: string): string {
  if (!text.includes('範')) return text;
  const kept: string[] = [];
  const masked = text.replace(FAN_WORD_PATTERN, (word) => {
    kept.push(word);
    return '\u0000';
  });
  let i = 0;
  return masked.replaceAll('範', '范').replace(/\u0000/g, () => kept[i++] ?? '');
}

/** Fix 餘 that is the surname 余: before a one- or two-character given name and a title, or directly before a title. */
function restoreSurnameYu(text: string): string {
  if (!text.includes('餘')) return text;
  return text.replace(new RegExp(`(^|[^\\p{Script=Han}\\d])餘(?=(?:\\p{Script=Han}{0,2})(?:${TITLES}))`, 'gu'), '$1余');
}

/**
 * Converts Simplified text to Traditional (Taiwan forms) with corrections.
 * `names` are personal names known from metadata (Simplified); each is kept
 * with the right surname character (e.g. 范海峰 → 范海峰, not 範海峰).
 */
export function toTraditional(text: string, names: readonly string[] = []): string {
  return restoreNames(traditionalText(text), names);
}

/** `toTraditional` without names: what depends on the text alone (so it can be shared by texts of reports naming different people). */
export function traditionalText(text: string): string {
  return restoreSurnameYu(restoreSurnameFan(cnToTw(text))).replace(PHRASE_CORRECTION_PATTERN, (wrong) => PHRASE_CORRECTION_OF.get(wrong)!);
}

/** A `traditionalText` conversion with the surname of each of `names` (Simplified personal names) restored. */
export function restoreNames(converted: string, names: readonly string[]): string {
  let out = converted;
  for (const name of names) {
    const traditional = cnToTw(name);
    const surname = MERGED_SURNAMES.has(name[0] ?? '') ? name[0] : traditional[0];
    const right = surname + traditional.slice(1);
    if (traditional !== right) out = out.replaceAll(traditional, right);
  }
  return out;
}

/** Characters only OpenCC's standard Traditional uses (Taiwan writes 群 眾 裡 為 …). */
const OPENCC_STANDARD_FORMS = /[羣衆裏爲綫説啓温麪峯着]/g;
/** Characters only Taiwan forms use. */
const TAIWAN_FORMS = /[眾裡為線說啟溫麵峰]/g;

/**
 * Characters only Hong Kong forms use, which neither the Taiwan nor the
 * standard conversion simplifies (`衞生` stayed `衞生`, so names and searches
 * for 卫生 missed it).
 */
const HONG_KONG_FORMS = /[衞敍]/;

/** Traditional character forms: Taiwan (most web pages), Hong Kong, or OpenCC's standard forms. */
export type TraditionalVariant = 'tw' | 'hk' | 't';

/** Guesses which Traditional forms a text uses: Hong Kong forms when it has one of their own; else Taiwan forms unless standard forms outnumber them. */
export function traditionalVariant(text: string): TraditionalVariant {
  if (HONG_KONG_FORMS.test(text)) return 'hk';
  const standard = text.match(OPENCC_STANDARD_FORMS)?.length ?? 0;
  const taiwan = text.match(TAIWAN_FORMS)?.length ?? 0;
  return standard > taiwan ? 't' : 'tw';
}

/**
 * Converts Traditional text to Simplified. Taiwan-form text goes through
 * `tw → cn` (著力 → 着力); Hong Kong-form text through `hk → cn` (衞生 → 卫生);
 * text in OpenCC's standard forms through `t → cn` (there 著 means "notable"
 * and stays). The variant is guessed when not given.
 */
export function toSimplified(text: string, variant: TraditionalVariant = traditionalVariant(text)): string {
  return variant === 'tw' ? twToCn(text) : variant === 'hk' ? hkToCn(text) : tToCn(text);
}

/**
 * Detects the script of a text: Traditional when characters that exist only
 * in Traditional outnumber those that exist only in Simplified.
 */
export function detectScript(text: string): Script {
  const sample = hanSample(text);
  // One conversion of the whole text is much cheaper than one per character.
  const traditionalOnly = changedPositions(sample, twToCn(sample));
  // Text with no character that exists only in Traditional is Simplified, whatever the other count:
  // most Simplified reports need no conversion to Traditional (its phrase dictionary is the larger).
  if (traditionalOnly === 0) return 'hans';
  return traditionalOnly > changedPositions(sample, cnToTw(sample)) ? 'hant' : 'hans';
}

/** How many Han characters of a text script detection reads. */
const SCRIPT_SAMPLE_HAN = 4000;

/** The first Han characters of a text, joined. */
function hanSample(text: string): string {
  const han = text.replace(/\P{Script=Han}+/gu, '');
  // Up to the limit in code units, the limit in characters cannot bind.
  return han.length <= SCRIPT_SAMPLE_HAN ? han : (han.match(/\p{Script=Han}/gu) ?? []).slice(0, SCRIPT_SAMPLE_HAN).join('');
}

/** Positions at which a conversion differs from the text. */
function changedPositions(text: string, converted: string): number {
  let changed = 0;
  for (let i = 0; i < text.length; i++) if (converted[i] !== text[i]) changed++;
  return changed;
}
