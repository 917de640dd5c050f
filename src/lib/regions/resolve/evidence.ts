/**
 * Evidence for a report's region: each place mention, with where it was found
 * and what role its context gives it (the issuer's own name, a `健康X`
 * brand, a venue, a news-agency dateline, or a plain mention).
 */
import { DATA_SOURCE_LABEL } from '../../data-source-label.ts';
import { findPlaceMentions, type PlaceMention } from '../find-mentions.ts';

/** Where a mention was found. */
export type EvidenceSource = 'issuer' | 'site' | 'title' | 'lead' | 'body';

/** What a mention's context says about it. */
export type EvidenceRole =
  | 'issuer'
  | 'institution'
  | 'citation'
  | 'partner'
  | 'namesake'
  | 'brand'
  | 'source'
  | 'venue'
  | 'meeting-venue'
  | 'dateline'
  | 'plain';

/** One place mention as evidence. */
export interface Evidence {
  mention: PlaceMention;
  source: EvidenceSource;
  role: EvidenceRole;
  /** How much the mention counts towards agreement. */
  weight: number;
  /** Whether the mention names the report's issuer (its own institution or meeting). */
  issuer: boolean;
}

/** Characters at the start of the body that count as its lead. */
export const LEAD_LENGTH = 250;

/**
 * Words that follow a place in an institution's or meeting's name
 * (`宜都市融媒体中心`, `云南省精神病医院`, `宣城市2025年卫生健康工作会议`,
 * `中共上海市委`), within a few characters and no punctuation.
 */
const INSTITUTION_AFTER =
  /^(?:[^，,。；;：:！!？?、\s“”"]{0,10}?(?:卫生|卫健|卫计|健康委|人民政府|政府|医院|保健院|卫生院|疾控|疾病预防|医疗集团|医共体|融媒|新闻|日报|广播|电视台|人大|政协|党委|委员会|爱卫|工作会议)|委)/;
/**
 * A venue: `在四川成都召开`, `于南宁举行`. The venue of a meeting of the whole
 * province or city (`在哈尔滨市召开了全省卫生工作会议`) is a `meeting-venue`:
 * such a meeting is held inside its own area.
 */
const VENUE_BEFORE = /[在于赴]$/;
const VENUE_AFTER = /^[^，,。；;！!？?\s]{0,4}?(?:召开|举行|举办|开幕|进行|隆重)/;
const WHOLE_AREA_MEETING = /全[省市州区盟]/;
/**
 * A national or international meeting (`参加在广州市召开的全国…会议`), or one a
 * national body holds (`国家卫生健康委在广东省深圳市召开现场推进会`): where it is
 * held says little of who reports it.
 */
const NATIONAL_MEETING = /全国|国际|国务院|国家[^，,。；;]{0,8}?(?:委|局|部|署)/;
/**
 * Another region's body as a partner or a visitor (`与上海市第六人民医院签订`,
 * `对口支援新疆`, `北京协和医院专家到我院`): named, but not the issuer.
 */
const PARTNER_BEFORE = /(?:与|同|和|对口支援|对口帮扶|帮扶|支援|援助|来自|邀请|学习借鉴|考察学习|对接|携手|联合|赴|前往|到)$/;
const VISITOR_AFTER = /^[^。！？\n]{0,24}?(?:到我|来我|莅临|赴我|走进我|来到我)|^[^，,。！？\n]{0,12}?(?:专家|教授|团队|一行|代表团|考察团|受邀|应邀)/;
/**
 * A name that carries a short place name without being about it: an
 * institution's brand (`瑞金医院` is in Shanghai, `四川大学华西医院` a
 * university's), a metropolitan area or project named after its core city
 * (`武汉都市圈`, `武汉新城`), a branch's location in brackets (`联想（武汉）`).
 */
const NAMESAKE_AFTER = /^(?:医院|医科|大学|学院|附属|附院|都市圈|城市圈|经济圈|城市群|新城)/;
const BRACKETED = { before: /[（(]$/, after: /^[）)]/ };
/** Between the names of an enumeration (`杭州市、宁波市`): the later names share the first one's role. */
const ENUMERATION = /^(?:、|和|及|与|以及)$/;
/** Roles an enumeration passes on. */
const SHARED_ROLES: ReadonlySet<EvidenceRole> = new Set(['partner', 'citation', 'venue', 'meeting-venue']);
/**
 * An upper body's document or meeting the report cites or conveys
 * (`根据《湖北省卫生健康委关于…》`, `传达学习全省卫生健康工作会议精神`), or the
 * source of its figures or pictures (`数据来源：浙江省统计局`): named, but not the issuer.
 */
const CITATION_BEFORE = new RegExp(`(?:《[^》]*|(?:传达|学习|借鉴|参照|推广|复制|贯彻|落实|根据|按照|依据)[^，,。；;]{0,20}|${DATA_SOURCE_LABEL}\\s*)$`);
/** A news-agency dateline: `北京1月24日电`. */
const DATELINE_AFTER = /^\s*\d{1,2}月\d{1,2}日\s*电/;
/** The brand of a place's health programme: `健康十堰`, `健康瑞金建设`. */
const BRAND_BEFORE = /健康$/;
/** A source line left in the text (`来源:衡阳县融媒体中心`). */
const SOURCE_BEFORE = /(?:来源|来源单位|主办单位|主办|信息来源)[:：|\s]*$/;
/** An issuer line left in the text (`发布机构: | 青阳县卫生健康委员会`): the issuer named outright. */
const ISSUER_BEFORE = /(?:发布机构|发文机关|发文单位|发布单位)[:：|\s]*$/;

/** Common surnames: a short place name right after one is often a given name (`吴建平书记`, `唐海宁同志`). */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤牛';
/** A role before the surname (`主任张承德`). */
const ROLE_BEFORE = new RegExp(
  `(?:主任|书记|局长|院长|县长|市长|省长|区长|部长|处长|科长|组长|主席|委员|记者|通讯员|编辑|同志|医生|教授|专家|厅长|司长|副|长)[${SURNAMES}]$`,
);
/** A title or a speaker's verb after the name (`吴建平书记`, `牛卫东等`, `覃东明在会上`). */
const PERSON_AFTER = /^(?:书记|同志|主任|局长|院长|县长|市长|副|等|在会上|作|主持|讲话|指出|强调|表示|要求)/;
/** A name in a list of people (`李贵生、尹秀英，`): 、 and a surname before, a separator after. */
const LISTED_BEFORE = new RegExp(`、[${SURNAMES}]$`);
const LISTED_AFTER = /^[、，,]/;

/** Whether a short place name is part of a person's name; a name right after another place name is not (`浙江金华`). */
function isGivenName(text: string, mention: PlaceMention, previous: PlaceMention | undefined): boolean {
  if (mention.form !== 'short' || previous?.end === mention.start) return false;
  const before = text.slice(Math.max(0, mention.start - 4), mention.start);
  const after = text.slice(mention.end, mention.end + 8);
  if (ROLE_BEFORE.test(before) || (LISTED_BEFORE.test(before) && LISTED_AFTER.test(after))) return true;
  return SURNAMES.includes(before.at(-1) ?? '') && PERSON_AFTER.test(after);
}

/** Mentions that follow each other without a gap form a chain (`湖北省宜昌市宜都市`); context is read around the chain. */
function chains(mentions: readonly PlaceMention[]): PlaceMention[][] {
  const out: PlaceMention[][] = [];
  for (const mention of mentions) {
    const last = out.at(-1);
    if (last && last.at(-1)!.end === mention.start) last.push(mention);
    else out.push([mention]);
  }
  return out;
}

function roleOf(text: string, chain: readonly PlaceMention[]): EvidenceRole {
  const before = text.slice(Math.max(0, chain[0]!.start - 24), chain[0]!.start);
  const after = text.slice(chain.at(-1)!.end, chain.at(-1)!.end + 32);
  if (DATELINE_AFTER.test(after)) return 'dateline';
  if (VENUE_BEFORE.test(before) && VENUE_AFTER.test(after)) {
    const sentence = `${before.replace(/^.*[。！？\n]/s, '')}\u0000${after.replace(/[。！？\n].*$/s, '')}`;
    if (NATIONAL_MEETING.test(sentence)) return 'citation';
    return WHOLE_AREA_MEETING.test(sentence) ? 'meeting-venue' : 'venue';
  }
  if (ISSUER_BEFORE.test(before)) return 'issuer';
  if (PARTNER_BEFORE.test(before) || VISITOR_AFTER.test(after)) return 'partner';
  if (CITATION_BEFORE.test(before)) return 'citation';
  if (SOURCE_BEFORE.test(before)) return 'source';
  if (chain.at(-1)!.form === 'short' && NAMESAKE_AFTER.test(after)) return 'namesake';
  if (BRACKETED.before.test(before) && BRACKETED.after.test(after)) return 'namesake';
  if (INSTITUTION_AFTER.test(after)) return 'institution';
  if (BRAND_BEFORE.test(before)) return 'brand';
  return 'plain';
}

/** Roles of places named but not the issuer's: each counts a little, and once however fully it is named. */
const DISCOUNTED_ROLES: ReadonlySet<EvidenceRole> = new Set(['partner', 'citation', 'namesake']);

/**
 * Weight of a mention by where it is and what it is; county short names count
 * less (many are also words). A venue counts for the units above it only (see `supportOf`).
 */
function weightOf(source: EvidenceSource, role: EvidenceRole, mention: PlaceMention, issuer: boolean): number {
  if (role === 'dateline') return 0;
  if (DISCOUNTED_ROLES.has(role)) return 0.5;
  if (role === 'meeting-venue') return 2;
  const base =
    source === 'issuer' || role === 'issuer' ? 10
    : (source === 'title' && issuer) || source === 'site' ? 3
    : role === 'brand' || role === 'source' ? 3
    : source === 'lead' && role === 'institution' ? 3
    : 1;
  const countyShortName = mention.form === 'short' && mention.units.every((u) => u.level === 'county');
  return countyShortName && source === 'body' ? base / 2 : base;
}

/** Roles a mention of the issuer itself can have (not a venue, partner, citation …). */
const SUBJECT_ROLES: ReadonlySet<EvidenceRole> = new Set(['institution', 'brand', 'source', 'plain']);
/** What may come before a title's subject: column tags, years, dates (`【创卫在行动】2024年`). */
const TITLE_SUBJECT_BEFORE = /^(?:【[^】]*】|\[[^\]]*\]|\s|\d{4}年度?|\d{1,2}月\d{1,2}日)*$/;

/**
 * Whether a mention names the issuer: any place in an issuing-body hint; in
 * the title an institution or the title's subject (`2024年新疆加快健康新疆建设`);
 * in the lead an institution.
 */
function isIssuer(text: string, chain: readonly PlaceMention[], source: EvidenceSource, role: EvidenceRole): boolean {
  if (source === 'issuer' || role === 'issuer') return true;
  if (!SUBJECT_ROLES.has(role)) return false;
  if (source === 'title') return role === 'institution' || TITLE_SUBJECT_BEFORE.test(text.slice(0, chain[0]!.start));
  return source === 'lead' && role === 'institution';
}

/** Evidence from one piece of text; `lead` marks the part of a body read as its lead. */
export function collectEvidence(text: string, source: EvidenceSource, leadLength = 0): Evidence[] {
  const evidence: Evidence[] = [];
  const mentions = findPlaceMentions(text).filter((m, i, all) => !isGivenName(text, m, all[i - 1]));
  let previous: { end: number; role: EvidenceRole } | undefined;
  for (const chain of chains(mentions)) {
    const between = previous ? text.slice(previous.end, chain[0]!.start) : '';
    const role = previous && SHARED_ROLES.has(previous.role) && ENUMERATION.test(between) ? previous.role : roleOf(text, chain);
    previous = { end: chain.at(-1)!.end, role };
    chain.forEach((mention, i) => {
      const where: EvidenceSource = source === 'body' && mention.start < leadLength ? 'lead' : source;
      const issuer = isIssuer(text, chain, where, role);
      // A visitor named in full (`新疆维吾尔自治区喀什地区疏附县…一行`) is one place: its last name supports the units above it.
      const weight = DISCOUNTED_ROLES.has(role) && i < chain.length - 1 ? 0 : weightOf(where, role, mention, issuer);
      evidence.push({ mention, source: where, role, weight, issuer });
    });
  }
  return evidence;
}
