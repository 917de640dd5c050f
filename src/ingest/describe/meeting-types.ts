/**
 * Meeting types from meeting names. A 暨-joined name is several meetings held
 * as one (`…工作会议暨党风廉政建设及安全生产工作会议` → 年度工作会议,
 * 党风廉政建设会议, 安全生产会议). A meeting held to convey another
 * (`传达学习全市三级干部会议精神会议`) is a 传达学习会议, not the one it conveys.
 * A health-system meeting of no listed kind (quarterly, sector, topical) is a
 * 专题会议; sessions of people's congresses are none of the kinds.
 */
import { MEETING_TYPES, type MeetingType } from '../../lib/report-vocabulary.ts';

/** Kinds that a part of a name shows by its words. */
const KIND_WORDS: ReadonlyArray<readonly [MeetingType, RegExp]> = [
  ['党建工作会议', /党建|党的建设|抓党建|党组织书记.*述职/],
  ['党风廉政建设会议', /党风廉政|廉政|警示教育/],
  ['安全生产会议', /安全生产/],
  ['三级干部会议', /三级干部/],
  ['职工代表大会', /职工代表大会|职代会|职工大会/],
  ['表彰大会', /表彰/],
];

/** The year's work meeting of the whole health system: scope or year, then 卫生健康工作会议. */
const SYSTEM_WORK_MEETING = /(?:^|全[国省市县区州盟旗]|\d{4}年度?|[省市县区州盟旗])(?:卫生健康|卫健|卫生计生|卫计|卫生)(?:系统)?(?:工作)?(?:电视电话|视频)?(?:会议|大会)?$/;
/** An institution's year meeting: its annual summary, plan, or new-year gathering. */
const YEAR_MEETING = /年度(?:工作|总结)|(?:\d{4}年度?|全年)(?:工作)?总结|工作总结(?:暨|和|及|大会|会)|(?<!学术)年会|(?:\d{4}年度?|年度)(?:重点)?工作(?:动员)?(?:部署|推进)?(?:大)?会|(?:重点)?工作(?:动员)?部署(?:大)?会|总结(?:暨|和|及)/;
/** Conveying the spirit of another meeting or document (`传达学习…精神会议`, `…精神宣讲会`). */
const CONVEYING = /(?:传达|学习|贯彻|宣讲)[^暨]*精神|精神(?:传达|学习|宣讲)?(?:会议|大会|会)$/;
/** Sessions of people's congresses, consultative conferences and party plenums: none of the health system's kinds. */
const CONGRESS = /人大|人民代表大会(?!常务)|政协|党代会|代表大会|全会|全体会议/;

/** Types of one 暨-part of a name. */
function typesOfPart(part: string): MeetingType[] {
  if (CONVEYING.test(part)) return ['传达学习会议'];
  if (CONGRESS.test(part) && !/职工/.test(part)) return [];
  const types = KIND_WORDS.filter(([, words]) => words.test(part)).map(([type]) => type);
  if (SYSTEM_WORK_MEETING.test(part) || YEAR_MEETING.test(part)) types.push('年度工作会议');
  // A part with a meeting noun but no kind is a topical, sector or quarterly meeting.
  if (types.length === 0 && /会/.test(part)) types.push('专题会议');
  return types;
}

/** Types of one meeting name. */
export function typesOfMeeting(name: string): MeetingType[] {
  const parts = name.split('暨');
  const types = new Set(parts.flatMap((part, i) => {
    const own = typesOfPart(part);
    // Only a part that carries a meeting noun of its own, or the last one, can be a topical meeting.
    return i < parts.length - 1 && !/会/.test(part) ? own.filter((type) => type !== '专题会议') : own;
  }));
  // `总结暨工作推进大会`: the parts together make the year's meeting, not a topical one.
  if (YEAR_MEETING.test(name)) {
    types.add('年度工作会议');
    types.delete('专题会议');
  }
  return [...types];
}

/** Commendation of the meeting, stated in the lead. */
const COMMENDS = /表彰先进|予以表彰|进行(?:了)?表彰|表彰了/;
/** A meeting held to convey, said right after it is named (`召开党组会议，传达学习全国两会精神`). */
const HELD_TO_CONVEY = /(?:召开|举行)[^。！？]{0,40}?[，,]\s*(?:专题)?(?:传达|学习)[^。！？]{0,60}?精神/;

/**
 * The meeting types of a report: the union over its meeting names, plus
 * 表彰大会 when the lead says the meeting commended people; a meeting of no
 * kind held to convey a spirit is a 传达学习会议. In the order of MEETING_TYPES.
 */
export function meetingTypesOf(names: readonly string[], lead: string): MeetingType[] {
  const found = new Set(names.flatMap(typesOfMeeting));
  if (found.size === 1 && found.has('专题会议') && HELD_TO_CONVEY.test(lead)) {
    found.delete('专题会议');
    found.add('传达学习会议');
  }
  if (found.size > 0 && COMMENDS.test(lead)) found.add('表彰大会');
  return MEETING_TYPES.filter((type) => found.has(type));
}
