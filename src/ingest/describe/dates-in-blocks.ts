/**
 * Where dates stand in a report's body: the lead's date (`3月15日，全市卫生
 * 健康工作会议召开`), and dates alone on a line (a posting date under the
 * headline, the signing date of a 通知, the delivery date of a speech
 * `（2007年1月8日）` or `——2024年1月16日在…会议上`).
 */
import { CHINESE_DATE, MONTH_DAY, calendarDate, monthDayOf, parseDate, type CalendarDate, type MonthDay } from '../chinese-date.ts';

/** The date a news lead opens with: a full date, or a month and day whose year is to be found. */
export type LeadDate = { date: CalendarDate } | { monthDay: MonthDay; block: number };

/** How many blocks make the lead. */
const LEAD_BLOCKS = 3;
/** How far into a lead block its date may stand. */
const LEAD_REACH = 160;

const DATE_LINE = new RegExp(
  `^[（(【\\[]?\\s*(?:[-—－]+\\s*)?(?:${CHINESE_DATE.source}|\\d{4}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)` +
    `\\s*(?:星期.|周.)?\\s*(?:在.{2,40}(?:会议|大会|会)上)?\\s*[）)】\\]]?$`,
  'u',
);

/** True when a block is nothing but a date (with brackets, a weekday or `在…会议上`). */
export function isDateLine(block: string): boolean {
  return DATE_LINE.test(block.trim());
}

/** Dates that stand alone on a line, with their block index. */
export function dateLines(blocks: readonly string[]): Array<{ date: CalendarDate; index: number }> {
  const found: Array<{ date: CalendarDate; index: number }> = [];
  blocks.forEach((block, index) => {
    if (!isDateLine(block)) return;
    const date = parseDate(block);
    if (date?.day !== undefined) found.push({ date, index });
  });
  return found;
}

/** A date that opens a clause (`3月15日，`, `讯 3月4日`, `于3月27日召开`), not one inside a phrase (`贯彻3月5日…精神`). */
function opensClause(head: string, index: number): boolean {
  return index === 0 || /[，,。：:；;）)】\s讯电于在]$/u.test(head.slice(0, index));
}

/** The date of a lead block: the first that opens a clause, else the first. */
function dateInLead(head: string, block: number): LeadDate | undefined {
  const candidates: Array<{ index: number; date: LeadDate }> = [];
  for (const match of head.matchAll(new RegExp(CHINESE_DATE.source, 'gu'))) {
    // A full date; one without a day only when it opens the lead (`2023年3月，…`).
    const date = match[3] !== undefined || match.index === 0 ? parseDate(match[0]) : undefined;
    if (date) candidates.push({ index: match.index, date: { date } });
  }
  for (const match of head.matchAll(new RegExp(MONTH_DAY.source, 'gu'))) {
    const monthDay = monthDayOf(match);
    // A month-day inside a full date is that date.
    const inFull = candidates.some(({ index, date }) => 'date' in date && index < match.index && match.index <= index + 8);
    if (monthDay && !inFull) candidates.push({ index: match.index, date: { monthDay, block } });
  }
  candidates.sort((a, b) => a.index - b.index);
  return (candidates.find(({ index }) => opensClause(head, index)) ?? candidates[0])?.date;
}

/** The date a news lead opens with, if any. */
export function leadDate(blocks: readonly string[]): LeadDate | undefined {
  for (const [index, block] of blocks.slice(0, LEAD_BLOCKS).entries()) {
    if (isDateLine(block)) continue;
    const date = dateInLead(block.slice(0, LEAD_REACH), index);
    if (date) return date;
  }
  return undefined;
}

/**
 * The year a month-day falls in, given a later publication date: the
 * publication's year, or the year before when the day comes after it
 * (a December meeting posted in January).
 */
export function yearBefore({ month, day }: MonthDay, published: CalendarDate): number | undefined {
  const sameYear = published.month > month || (published.month === month && (published.day ?? 31) >= day);
  const year = sameYear ? published.year : published.year - 1;
  return calendarDate(year, month, day) ? year : undefined;
}
