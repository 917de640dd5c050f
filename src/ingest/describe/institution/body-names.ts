/**
 * Names of bodies (health administrations, hospitals, CDCs, governments …) as
 * they appear in running text: `秦皇岛市疾控中心`, `县卫健局`, `云南省精神病医院`.
 * Chinese has no spaces, so a name is found by its suffix and extends left to
 * the nearest punctuation or function word.
 */

/** Health administrations, whose level prefix (省/市/县 …) names the report's region. */
const ADMINISTRATION_SUFFIXES = [
  '卫生和计划生育委员会', '卫生健康委员会', '计划生育委员会', '卫生健康和体育局', '卫生和计划生育局',
  '卫生健康委', '卫生计生委', '卫生健康局', '卫生计生局', '卫健委', '卫计委', '卫健局', '卫计局', '卫体局',
  '卫生局', '卫生厅', '卫生部', '计生委',
];

/** Other bodies of the health system and of government. */
const OTHER_SUFFIXES = [
  '爱国卫生运动委员会办公室', '妇幼保健计划生育服务中心', '爱国卫生运动委员会', '疾病预防控制中心', '疾病预防控制局',
  '人民代表大会常务委员会', '人民代表大会', '人大常委会', '中医药管理局', '健康促进中心', '医疗保障局', '卫生监督所',
  '卫生服务中心', '行政公署', '人民政府', '疾控中心', '疾控局', '爱卫办', '爱卫会', '妇计中心', '医保局', '中医药局',
  '急救中心', '血液中心', '医学中心', '医疗中心', '医疗集团', '医共体', '卫生院', '保健院', '医学院', '医院', '协会',
  '学会', '国务院', '政府', '行署',
];

const byLength = (a: string, b: string) => b.length - a.length;

/** Suffixes of health administrations, longest first. */
export const ADMINISTRATION = `(?:${[...ADMINISTRATION_SUFFIXES].sort(byLength).join('|')})`;

/** Every body suffix, longest first; a party committee of the body stays part of its name. */
export const BODY_SUFFIX = `(?:${[...ADMINISTRATION_SUFFIXES, ...OTHER_SUFFIXES].sort(byLength).join('|')})(?:党委|党组|党总支)?(?!书记|副书记|成员|委员)`;

/** Words that end the text before a name (`经市卫健委`, `作为华西医院`, `学习了国家卫健委`). */
const CUT_BEFORE_NAME = /(?:作为|结合|关于|根据|通过|按照|依托|经过|来自|联合|其中|自(?!治)|[的了在对与及向为由到是以将把从经据按于给让被我本该和])/gu;

/** Names that are categories, not bodies (`公立医院`, `县级医院`), or a kind of hospital without its place (`妇幼保健院`, `人民医院`). */
const GENERIC_NAME = /^(?:全[国省市县区州]|各级?|各类|公立|民营|县级|市级|省级|区级|乡镇|基层|二级|三级|定点|综合|专科|社区|村|上级|下级|有关|相关|所属|直属|辖区|各|妇幼|人民|中医|中西医结合|精神病|传染病|肿瘤|儿童|妇产|口腔|眼科)*(?:医院|卫生院|保健院|医学院|协会|学会|医疗集团|医共体|卫生服务中心|医疗中心|医学中心)$/u;

/** Anonymised names (`X市`, `XX大`, `**`, `某县`). */
export const ANONYMISED = /[xX×*＊_＿某]|ＸＸ/;

/** Characters that may form a name (Han, and the parentheses of `疾控中心（卫生监督所）` are stripped later). */
const NAME_CHARS = /\p{Script=Han}+$/u;

/** A found name, or undefined when it is a category or anonymised. */
function acceptName(name: string): string | undefined {
  if (name.length < 2 || GENERIC_NAME.test(name) || ANONYMISED.test(name)) return undefined;
  return name;
}

/**
 * The body named at the very start of a clause (`云南省精神病医院于3月27日召开`),
 * or undefined. Names that start with 我/本/该/全 are not names.
 */
export function leadingBody(clause: string): string | undefined {
  const match = new RegExp(`^(?![我本该全在由经对为据根按依通随截]|自(?!治))\\p{Script=Han}{0,16}?${BODY_SUFFIX}`, 'u').exec(clause);
  return match ? acceptName(match[0]) : undefined;
}

/** Every body named in a text, in order of appearance (a name may repeat). */
export function bodyMentions(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(new RegExp(BODY_SUFFIX, 'gu'))) {
    const before = NAME_CHARS.exec(text.slice(Math.max(0, match.index - 16), match.index))?.[0] ?? '';
    // A date's unit after its digits starts no name (`2025年妇幼保健院工作总结`).
    const dated = /\d/.test(text[match.index - before.length - 1] ?? '') && /^[年月日号]/u.test(before);
    // Cut at the last function word. 和 also occurs inside names (协和医院, 共和国):
    // it only separates two names when one of two characters or more follows.
    let start = dated ? 1 : 0;
    for (const cut of before.matchAll(CUT_BEFORE_NAME)) {
      const end = cut.index + cut[0].length;
      if (cut[0] !== '和' || (before[cut.index - 1] !== '共' && before.length - end >= 2)) start = end;
    }
    const name = acceptName(before.slice(start) + match[0]);
    if (name) names.push(name);
  }
  return names;
}
