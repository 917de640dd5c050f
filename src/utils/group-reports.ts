/** Grouping reports under keys (regions, years, institutions …) for listings. */

/**
 * Reports under each key `keysOf` gives: a report with several keys is under
 * each, one with none under none. Each group keeps the input order.
 */
export function groupReports<T, K>(reports: readonly T[], keysOf: (report: T) => readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const report of reports) {
    for (const key of new Set(keysOf(report))) {
      const group = groups.get(key);
      if (group) group.push(report);
      else groups.set(key, [report]);
    }
  }
  return groups;
}
