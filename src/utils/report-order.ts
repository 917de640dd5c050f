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
