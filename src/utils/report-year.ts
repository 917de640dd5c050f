/** The year a report belongs to, for listings and descriptions. */

/** Its `year`, else the year of its date; undefined when it has neither. */
export function reportYear(data: { year?: number; date?: string }): number | undefined {
  return data.year ?? (data.date ? Number(data.date.slice(0, 4)) : undefined);
}
