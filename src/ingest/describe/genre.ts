/**
 * Genre of a report, from how it opens:
 * - 工作报告: a government work report (`各位代表：… 我代表市人民政府向大会报告工作`);
 * - 讲话: a speech text (`同志们：`, `在…会议上的讲话`, `今天，我们召开…`);
 * - 工作总结: summaries, plans and 要点, and the 通知 that issue them;
 * - 会议报道: news of a meeting;
 * - 其他: a notice, a digest of several news items, or anything else.
 */
import type { Genre } from '../../lib/report-schema.ts';
import type { DescribeContext } from './context.ts';
import { MONTH_DAY } from '../chinese-date.ts';
import { YEAR_REVIEW_HEADING } from '../report-sections.ts';

/** How many blocks make the opening. */
const OPENING_BLOCKS = 6;

const ASSEMBLY_SALUTATION = /^各?位(?:代表|委员|主任)[、，,：:！!]/;
/** Addressing the deputies anywhere (`各位代表！蓝图催人奋进`). */
const ADDRESSES_DEPUTIES = /各位代表[，,：:！!]/;
const REPORTS_TO_ASSEMBLY = /报告(?:政府)?工作|作(?:政府)?工作报告|向大会报告|我代表[^，,。]{0,12}(?:人民政府|政府|行署)/;
const GOVERNMENT_REPORT_TITLE = /^(?:\d{4}年)?政\s*府\s*工\s*作\s*报\s*告$/;
const GOVERNMENT_CONDUCT = /(?:人大监督|人大代表建议|政协提案|政府自身建设|法治(?:型)?政府|人民满意的政府)/;

const SPEECH_TITLE = /在.{2,60}?(?:会议|大会|会|仪式|典礼|论坛)(?:精神)?上的?(?:讲话|发言|致辞|报告|总结讲话|动员讲话)|讲话(?:稿|提纲|材料)/;
const SPEECH_SALUTATION = /^(?:同志们|各位领导|各位同事|各位来宾|同事们)(?:[：:，,！!]|$)/;
const SPEECH_OPENING = /^今天[，,]\s*我们(?:在这里)?(?:隆重)?召开/;

const SUMMARY_TITLE = /工作总结|总结|工作计划|工作要点|工作安排|工作思路|工作打算|述职(?:述廉)?报告|自查报告|完成情况|工作汇报|情况报告/;
const MEETING_NEWS_TITLE = /召开|举行|举办|开幕|闭幕|会议|大会|座谈会|会$/;
const SUMMARY_HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\s*(?:\d{4}年度?)?(?:上半年|全年)?(?:主要)?(?:工作)?(?:总结|开展情况|完成情况|进展情况|落实情况|主要做法|总体情况|取得的?(?:主要)?成效|主要成效|工作成效|基本情况|主要工作)/;
const SUMMARY_OPENING = /(?:现将|特将|将).{0,30}(?:总结|报告|汇报)如下/;
/** `2025年，X在…领导下，…` with no meeting in the sentence: the opening of a year's summary. */
const YEAR_OPENING = /^\d{4}年(?:度|以来|上半年)?[，,]/;

/** A notice (`关于召开…会议的通知`) announces a meeting, it does not report one. */
const NOTICE_TITLE = /关于.{2,80}的(?:通知|通报|函)$/;

const MEETING_NEWS = /召开|举行|举办|开幕|闭幕|会议(?:指出|强调|要求|认为|提出|总结|部署|传达)|出席(?:会议|活动)|参加(?:会议|活动)|记者|通讯员|[网台]讯/;
const NEWS_LEAD_MEETING = /会|召开|举行|举办/;
/** A block that opens on a date, as news leads do. */
const OPENS_ON_DATE = new RegExp(`^\\s*(?:\\d{4}年)?${MONTH_DAY.source}`, 'u');
/** A sentence that opens a news item: a date, then a meeting held. */
const NEWS_LEAD = new RegExp(`(?:^|[。！？!?\\n])\\s*(?:\\d{4}年)?(${MONTH_DAY.source})[^。！？!?]{0,80}?(?:召开|举行|举办)`, 'gu');

/** The first sentence of a block. */
function firstSentence(block: string): string {
  return block.split(/[。！？!?]/, 1)[0] ?? block;
}

function addressesAssembly(headlines: readonly string[], opening: readonly string[], blocks: readonly string[]): boolean {
  if (headlines.some((line) => GOVERNMENT_REPORT_TITLE.test(line.replace(/\s/g, '')))) return true;
  const text = blocks.join('\n');
  const salutes = opening.some((block) => ASSEMBLY_SALUTATION.test(block)) || ADDRESSES_DEPUTIES.test(text);
  return salutes && REPORTS_TO_ASSEMBLY.test(text);
}

/** Without salutation or title: a year's review and the government's own conduct. */
function reviewsGovernmentYear(lines: readonly string[], blocks: readonly string[]): boolean {
  return lines.some((line) => YEAR_REVIEW_HEADING.test(line)) && GOVERNMENT_CONDUCT.test(blocks.join('\n'));
}

function isSpeech(headlines: readonly string[], opening: readonly string[]): boolean {
  if (headlines.some((line) => SPEECH_TITLE.test(line))) return true;
  return opening.some((block) => SPEECH_SALUTATION.test(block) || SPEECH_OPENING.test(block));
}

function hasSummaryTitle(headlines: readonly string[]): boolean {
  return headlines.some((line) => SUMMARY_TITLE.test(line) && !MEETING_NEWS_TITLE.test(line.replace(/关于印发.*?的通知/, '')));
}

/** Several news items with different dates, the first opening the text: a digest. */
function isDigest(opening: readonly string[]): boolean {
  const first = opening.find((block) => /\p{Script=Han}{8}/u.test(block));
  if (!first || !OPENS_ON_DATE.test(first)) return false;
  const dates = new Set([...opening.slice(0, 3).join('\n').matchAll(NEWS_LEAD)].map((match) => match[1]?.replace(/\s/g, '')));
  return dates.size >= 2;
}

function isMeetingNews(headlines: readonly string[], opening: readonly string[]): boolean {
  if (headlines.some((line) => /召开|举行|举办|开幕/.test(line))) return true;
  const lead = opening.slice(0, 3);
  if (lead.some((block) => MEETING_NEWS.test(block))) return true;
  // A lead that starts with a date (or 近日) and names a meeting.
  return lead.some((block) => (OPENS_ON_DATE.test(block) || /^(?:近日|日前|近期)/.test(block)) && NEWS_LEAD_MEETING.test(firstSentence(block)));
}

function hasSummaryStructure(opening: readonly string[]): boolean {
  return opening.some((block) => SUMMARY_HEADING.test(block) || SUMMARY_OPENING.test(block));
}

function opensWithYear(opening: readonly string[]): boolean {
  return opening.some((block) => YEAR_OPENING.test(block) && !NEWS_LEAD_MEETING.test(firstSentence(block)));
}

/** Classifies the report's genre. */
export function classifyGenre({ blocks, headlines }: DescribeContext): Genre {
  const opening = blocks.slice(0, OPENING_BLOCKS);
  if (addressesAssembly(headlines, opening, blocks)) return '工作报告';
  if (isSpeech(headlines, opening)) return '讲话';
  if (reviewsGovernmentYear([...headlines, ...opening], blocks)) return '工作报告';
  if (hasSummaryTitle(headlines)) return '工作总结';
  if (headlines.slice(0, 1).some((line) => NOTICE_TITLE.test(line))) return '其他';
  if (isDigest(opening)) return '其他';
  if (hasSummaryStructure(opening)) return '工作总结';
  // A text that opens on its year (`2025年，X在…领导下`) reviews it, whatever meetings its lead then names.
  if (opensWithYear(opening.slice(0, 1))) return '工作总结';
  if (isMeetingNews(headlines, opening)) return '会议报道';
  if (opensWithYear(opening)) return '工作总结';
  return '其他';
}
