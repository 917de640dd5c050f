/**
 * The region × year grid: rows of regions (every province, or every
 * sub-region of one region, whether the archive has reports from it or not),
 * columns of years (every year of the span, whether it has reports or not),
 * so the grid shows where the archive has reports and where it has none.
 */
import type { Dated } from './report-order.ts';
import { reportYear } from './report-year.ts';

/** A region a row stands for. */
export interface GridUnit {
  code: string;
  /** Full official name (Simplified). */
  name: string;
}

/** One row: a region, its reports per year (one cell per column) and in all. */
export interface GridRow extends GridUnit {
  /** Reports per year, one count per column of the grid. */
  counts: number[];
  /** Reports within the region, dated or not. */
  total: number;
}

/** A whole grid. */
export interface RegionYearGrid {
  years: number[];
  rows: GridRow[];
}

/** Every year from the first to the last of `years`, in order (empty for none). */
export function yearSpan(years: Iterable<number>): number[] {
  const list = [...years];
  if (list.length === 0) return [];
  const first = Math.min(...list);
  return Array.from({ length: Math.max(...list) - first + 1 }, (_, i) => first + i);
}

/** Reports per year (reports without a year are not counted). */
export function yearCounts(reports: ReadonlyArray<{ data: Dated }>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { data } of reports) {
    const year = reportYear(data);
    if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

/**
 * Rows of a grid: every unit of the gazetteer's list, and any region with
 * reports the list lacks (a code abolished since), in code order.
 */
export function gridUnits(listed: readonly GridUnit[], withReports: readonly GridUnit[]): GridUnit[] {
  const units = new Map(listed.map((unit) => [unit.code, unit]));
  for (const unit of withReports) if (!units.has(unit.code)) units.set(unit.code, unit);
  return [...units.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The grid of `units` over `years`; `reportsIn` gives the reports within a region. */
export function regionYearGrid(
  units: readonly GridUnit[],
  years: readonly number[],
  reportsIn: (code: string) => ReadonlyArray<{ data: Dated }>,
): RegionYearGrid {
  const rows = units.map((unit) => {
    const reports = reportsIn(unit.code);
    const counts = yearCounts(reports);
    return { ...unit, counts: years.map((year) => counts.get(year) ?? 0), total: reports.length };
  });
  return { years: [...years], rows };
}
