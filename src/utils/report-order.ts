/** Ordering of reports for listings. */

/** What ordering by date looks at. */
export interface Dated {
  date?: string;
  year?: number;
}

/** Sort key: the date, else the year; undated reports sort last. */
function dateKey(report: Dated): string {
  return report.date ?? (report.year !== undefined ? String(report.year) : '');
}

/** Comparator: newest first (a day-precise date before a bare year of the same year). */
export function newestFirst(a: Dated, b: Dated): number {
  const ka = dateKey(a);
  const kb = dateKey(b);
  return ka === kb ? 0 : ka < kb ? 1 : -1;
}

/** Orders a listing can be read in. */
export const SORT_ORDERS = ['newest', 'oldest'] as const;

/** Order of a listing by date. */
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Whether a report has a date or a year to be placed by. */
export function isDated(report: Dated): boolean {
  return dateKey(report) !== '';
}

/**
 * A listing's reports in `order`. Newest first breaks ties by id, so every
 * build lists them alike; oldest first is exactly that order reversed, with
 * undated reports still last (in both orders they are the ones that cannot be placed).
 */
export function sortReports<T extends { id: string; data: Dated }>(reports: readonly T[], order: SortOrder): T[] {
  const newest = reports.toSorted((a, b) => newestFirst(a.data, b.data) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (order === 'newest') return newest;
  const firstUndated = newest.findIndex((report) => !isDated(report.data));
  const dated = firstUndated < 0 ? newest : newest.slice(0, firstUndated);
  return [...dated.reverse(), ...newest.slice(dated.length)];
}
