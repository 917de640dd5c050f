/**
 * The report's date (`YYYY-MM-DD`, or `YYYY-MM` when only the month is known):
 * - news: the meeting date of the lead (`3月15日`), its year from the
 *   publication date or, failing that or when it is years off them (a
 *   re-post), from the years the lead names; the publication date when the
 *   lead gives no day (`日前`);
 * - speeches, work reports, summaries and the 通知 that issue them: the
 *   date the text is signed or delivered, else the publication date unless
 *   it is years off the year the text names;
 * - digests of several items: none.
 * Absent when no year can be tied to it.
 */
import type { Genre } from '../../lib/report-schema.ts';
import { calendarDate, type CalendarDate } from '../chinese-date.ts';
import type { DescribeContext } from './context.ts';
import { dateLines, leadDate, yearBefore } from './dates-in-blocks.ts';
import { openingYear } from './opening-year.ts';
import { publicationDate } from './publication-date.ts';
import { writingYear } from './year-mentions.ts';

/**
 * The publication date when it can stand for the report's own date: not
 * when the text's year is further from it than `tolerance` (a re-post years
 * later, a speech uploaded to a document site after the year it was given).
 */
function fitting(published: CalendarDate | undefined, textYear: number | undefined, tolerance: number): CalendarDate | undefined {
  if (!published || textYear === undefined) return published;
  return Math.abs(published.year - textYear) <= tolerance ? published : undefined;
}

/**
 * The news lead's date, its year found from the publication date or the
 * years the lead (else the headline or opening) names; from those years
 * when the publication is two or more years off them (a story re-posted
 * years later: `4月9日，2021年全省…会议召开`, posted in 2024).
 */
function newsDate(context: DescribeContext, published: CalendarDate | undefined): CalendarDate | undefined {
  const lead = leadDate(context.blocks);
  // A meeting held in December may be posted, and plan the next year, in January: one year apart is fine.
  if (!lead) return fitting(published, openingYear(context), 1);
  if ('date' in lead) return lead.date;
  const { monthDay } = lead;
  const stated = writingYear(context.blocks[lead.block] ?? '') ?? openingYear(context);
  const posted = published && yearBefore(monthDay, published);
  const year = posted !== undefined && (stated === undefined || Math.abs(posted - stated) <= 1) ? posted : stated;
  return year === undefined ? undefined : calendarDate(year, monthDay.month, monthDay.day);
}

/** Resolves the report's date for its genre. */
export function resolveDate(context: DescribeContext, genre: Genre): CalendarDate | undefined {
  const published = publicationDate(context);
  switch (genre) {
    case '会议报道':
      return newsDate(context, published);
    case '其他':
      return undefined;
    case '讲话':
      // A speech's posting date is its date only when it was posted in the year it was given.
      return dateLines(context.blocks)[0]?.date ?? fitting(published, openingYear(context), 0);
    default:
      // The signing or delivery date stands alone on a line (`2023年4月26日`, `（2007年1月8日）`);
      // else the posting date, unless a re-post years after the year the headline or opening names.
      return dateLines(context.blocks)[0]?.date ?? fitting(published, openingYear(context), 1);
  }
}
