/**
 * The report's year and, for summaries and work reports, the year it reviews:
 * - news, speeches, digests: the year of the date, else the year the headline
 *   and opening show (`2024年全县卫生健康工作会议`, `总结2023年工作，部署
 *   2024年` → 2024), else the publication year;
 * - government work reports: they review the year before the one they are
 *   delivered in (`一、2023年工作回顾` → reviews 2023, delivered 2024);
 * - summaries and plans: the year of the summary (`2023年工作总结及2024年
 *   工作安排` → 2023, the plan year for a plan alone); written in that year
 *   when dated so or when the text speaks from inside it (`今年以来`).
 */
import type { Genre } from '../../lib/report-schema.ts';
import type { CalendarDate } from '../chinese-date.ts';
import type { DescribeContext } from './context.ts';
import { openingYear } from './opening-year.ts';
import { publicationDate } from './publication-date.ts';

/** The report's year and the year it reviews. */
export interface Years {
  year?: number;
  coveredYear?: number;
}

/** How many blocks make the opening. */
const OPENING_BLOCKS = 6;
/** How far into a work report its review heading may stand. */
const REVIEW_BLOCKS = 15;

const REVIEW_HEADING = /(\d{4})年(?:政府)?(?:主要)?工作回顾|回顾(\d{4})年|(?:刚刚)?过去的(\d{4})年/;
const SUMMARY_YEAR = /(\d{4})年度?[^\d，。]{0,20}?总结/;
const PLAN_YEAR = /(\d{4})年度?[^\d，。]{0,20}?(?:工作要点|要点|工作计划|计划|工作安排|安排|工作思路|思路|打算)/;
const YEAR_OPENING = /^(\d{4})年(?:度|以来|上半年)?[，,是]/;
const YEAR_HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\s*(\d{4})年/;
/** A sentence that opens on a year (`。2023年是…`), for reports whose lines were run together. */
const YEAR_SENTENCE = /(?:^|[。！!：:])\s*(\d{4})年(?:是|[，,])/;
/** The text speaks from inside the year it sums up. */
const WRITTEN_WITHIN_YEAR = /今年以来|年内将|截至目前|截止目前/;

/** The first group of the first line a pattern matches, as a year. */
function firstYear(lines: readonly string[], pattern: RegExp): number | undefined {
  for (const line of lines) {
    const match = pattern.exec(line);
    const year = match?.slice(1).find((group) => group !== undefined);
    if (year) return Number(year);
  }
  return undefined;
}

/** The year a summary or plan covers: from its headline, else its opening. */
function summaryYear({ headlines, blocks }: DescribeContext): number | undefined {
  const opening = blocks.slice(0, OPENING_BLOCKS);
  return firstYear(headlines, SUMMARY_YEAR) ?? firstYear(headlines, PLAN_YEAR) ??
    firstYear(opening, YEAR_OPENING) ?? firstYear(opening, YEAR_HEADING) ?? firstYear(opening, SUMMARY_YEAR);
}

function workReportYears({ headlines, blocks }: DescribeContext, date: CalendarDate | undefined): Years {
  const lines = [...headlines, ...blocks.slice(0, REVIEW_BLOCKS)];
  const reviewed = firstYear(lines, REVIEW_HEADING) ?? firstYear(lines, YEAR_OPENING) ?? firstYear(lines, YEAR_SENTENCE);
  const coveredYear = reviewed ?? (date ? date.year - 1 : undefined);
  // A government work report is delivered early in the year after the one it reviews; a date
  // later still is that of a re-post (a 2023 report on a page dated 2024).
  const delivered = coveredYear === undefined ? undefined : coveredYear + 1;
  return { year: date && (delivered === undefined || date.year <= delivered) ? date.year : delivered, coveredYear };
}

function summaryYears(context: DescribeContext, date: CalendarDate | undefined): Years {
  const coveredYear = summaryYear(context);
  if (date) return { year: date.year, coveredYear };
  const withinYear = coveredYear !== undefined && context.blocks.some((block) => WRITTEN_WITHIN_YEAR.test(block));
  return { year: withinYear ? coveredYear : undefined, coveredYear };
}

function eventYear(context: DescribeContext, date: CalendarDate | undefined): Years {
  return { year: date?.year ?? openingYear(context) ?? publicationDate(context)?.year };
}

/** Resolves the year and covered year for the genre, given the resolved date. */
export function resolveYears(context: DescribeContext, genre: Genre, date: CalendarDate | undefined): Years {
  if (genre === '工作报告') return workReportYears(context, date);
  if (genre === '工作总结') return summaryYears(context, date);
  return eventYear(context, date);
}
