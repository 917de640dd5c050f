/**
 * The publication date: the first date the furniture hints give, else a date
 * alone on a line under the headline (`2025年01月10日` of an e-paper).
 */
import { parseIsoDate, type CalendarDate } from '../chinese-date.ts';
import type { DescribeContext } from './context.ts';
import { dateLines } from './dates-in-blocks.ts';

/** How many blocks the publication date line may stand in (under the headline). */
const TOP_BLOCKS = 3;

/** The report's publication date, if any. */
export function publicationDate({ hints, blocks }: DescribeContext): CalendarDate | undefined {
  for (const hinted of hints.dates) {
    const date = parseIsoDate(hinted);
    if (date) return date;
  }
  return dateLines(blocks.slice(0, TOP_BLOCKS))[0]?.date;
}
