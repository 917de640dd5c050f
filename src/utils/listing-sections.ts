/**
 * Sections of a listing: runs of reports of the same year (or, on a year's
 * own page, the same month), each with a heading and an anchor, so a long
 * listing reads like a dated register and a reader can jump to a year.
 */
import type { Script } from '../lib/report-schema.ts';
import { t } from '../i18n/t.ts';
import { formatDate } from './format-date.ts';
import { listingPageHref } from './hrefs.ts';
import type { Dated, SortOrder } from './report-order.ts';
import { reportYear } from './report-year.ts';

/** What a listing's sections are: years, or months within one year. */
export type SectionGrouping = 'year' | 'month';

/** Key of the section of reports that have neither date nor year. */
export const UNDATED = 'undated';

/** One run of a listing. */
export interface Section<T> {
  key: string;
  items: T[];
}

/** Where a section of a whole listing starts. */
export interface SectionStart {
  key: string;
  /** Reports in the section, over all pages. */
  count: number;
  /** Page (1-based) on which the section starts. */
  page: number;
}

/**
 * Section key of a report: `2024`; with month grouping `2024-03`, or `2024`
 * for a report known only by its year; `undated` without date or year.
 */
export function sectionKey(report: Dated, grouping: SectionGrouping): string {
  if (grouping === 'month' && report.date) return report.date.slice(0, 7);
  const year = reportYear(report);
  return year === undefined ? UNDATED : String(year);
}

/** Consecutive runs of items with the same key, in order. */
export function sectionRuns<T>(items: readonly T[], keyOf: (item: T) => string): Section<T>[] {
  const runs: Section<T>[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = runs.at(-1);
    if (last?.key === key) last.items.push(item);
    else runs.push({ key, items: [item] });
  }
  return runs;
}

/** Each section of a listing in order, with its size and the page it starts on. */
export function sectionStarts<T>(items: readonly T[], keyOf: (item: T) => string, pageSize: number): SectionStart[] {
  const starts: SectionStart[] = [];
  items.forEach((item, i) => {
    const key = keyOf(item);
    const last = starts.at(-1);
    if (last?.key === key) last.count++;
    else starts.push({ key, count: 1, page: Math.floor(i / pageSize) + 1 });
  });
  return starts;
}

/** Fragment id of a section's heading. */
export function sectionAnchor(key: string): string {
  return `s-${key}`;
}

/** Heading of a section: 2024年, 2024年3月, 2024年（月份不详）, 年份不详. */
export function sectionLabel(key: string, grouping: SectionGrouping, script: Script): string {
  if (key === UNDATED) return t(script, 'listing.undated');
  if (key.length > 4) return formatDate(key);
  return grouping === 'month' ? t(script, 'listing.monthUnknown', { year: key }) : t(script, 'listing.year', { year: key });
}

/** Link to where section `key` of a listing starts (its page in `order`, and its heading); undefined when the listing has no such section. */
export function sectionHref(listing: string, starts: readonly SectionStart[], key: string, order: SortOrder = 'newest'): string | undefined {
  const start = starts.find((section) => section.key === key);
  return start ? `${listingPageHref(listing, order, start.page)}#${sectionAnchor(key)}` : undefined;
}
