/**
 * National reports (a 全国 meeting, a ministry, a national association) have
 * no region: places they mention are venues or participants.
 */

/** A title about a national meeting or body. */
const NATIONAL_TITLE = /^(?:\d{4}年)?(?:全国|国家卫生|中国[^，,。\s]{0,12}(?:协会|学会)|卫生部|国务院)|在(?:\d{4}年)?全国[^，,。]*会议上的讲话/;
/** A lead whose subject is a national body or meeting. */
const NATIONAL_LEAD =
  /(?:^|[\n。，,])\s*(?:\d{1,2}月\d{1,2}日[上下]?午?[，,]?\s*)?(?:\d{4}年)?全国[^，,。\n]{2,40}(?:会议|座谈会|大会)(?:在[^，,。\n]{1,8})?(?:召开|举行)(?!后|以来|之后)|由中国[^，,。\s]{1,14}(?:协会|学会)主办|国家卫生(?:健康|和计划生育|计生)委[^，,。]{0,20}(?:召开|举办|主办|举行)|(?:国家卫生(?:健康|和计划生育|计生)委|卫生部)[^，,。]{0,12}(?:司长|部长|主任)[^，,。]{0,8}在|代表国务院/;

/** A meeting held: the first the lead tells of is the report's. */
const HOLDS_MEETING = /召开|举行|举办|主办/;

/**
 * Whether a report is about a national meeting or body (its region then is
 * none): its title says so, or the first meeting its lead tells of is
 * national (`…召开2024年度总结大会。…国家卫生健康委在深圳召开现场推进会` is a
 * local report that names a national meeting).
 */
export function isNationalReport(title: string, lead: string): boolean {
  if (NATIONAL_TITLE.test(title.trim())) return true;
  const national = NATIONAL_LEAD.exec(lead);
  return national !== null && !HOLDS_MEETING.test(lead.slice(0, national.index));
}
