/**
 * Filters and their counts, computed from the catalog for the reports a
 * query matched: a filter keeps the reports with its value; the counts of a
 * filter's values are taken over the reports that pass every other filter,
 * so each count says how many results choosing that value gives.
 */
import type { SearchCatalog } from '../../utils/search/search-catalog.ts';

/** Filters, in the order the page shows them; also their URL parameter names. */
export const FILTERS = ['province', 'city', 'year', 'genre', 'meeting', 'institution'] as const;
/** A filter. */
export type FilterName = (typeof FILTERS)[number];
/** Chosen filter values (keys: codes, slugs, years, Simplified names). */
export type Filters = Partial<Record<FilterName, string>>;

/** A value of a filter with its label and the number of results it gives. */
export interface FilterCount {
  key: string;
  label: string;
  count: number;
}

/** Per filter, per report: the report's value keys (meeting types are several). */
export type ReportKeys = Record<FilterName, string[][]>;

/** Reads every report's filter values from the catalog, once. */
export function reportKeys(catalog: SearchCatalog): ReportKeys {
  const key = (facet: 'province' | 'city' | 'genre' | 'institution', r: number): string[] => {
    const value = catalog.values[facet][catalog[facet][r]!];
    return value ? [value[0]] : [];
  };
  const all = catalog.ids.map((_, r) => r);
  return {
    province: all.map((r) => key('province', r)),
    city: all.map((r) => key('city', r)),
    year: all.map((r) => (catalog.years[r] ? [String(catalog.years[r])] : [])),
    genre: all.map((r) => key('genre', r)),
    meeting: all.map((r) => catalog.meeting[r]!.map((i) => catalog.values.meeting[i]![0])),
    institution: all.map((r) => key('institution', r)),
  };
}

/** Whether report `r` passes every chosen filter but `except`. */
function passes(keys: ReportKeys, r: number, filters: Filters, except?: FilterName): boolean {
  return FILTERS.every((name) => name === except || filters[name] === undefined || keys[name][r]!.includes(filters[name]));
}

/** The reports that pass the filters. */
export function applyFilters(keys: ReportKeys, reports: readonly number[], filters: Filters): number[] {
  return reports.filter((r) => passes(keys, r, filters));
}

/** Labels of a filter's values in the catalog's script (years are their own label). */
function labels(catalog: SearchCatalog, name: FilterName): Map<string, string> {
  if (name === 'year') return new Map();
  return new Map(catalog.values[name].map(([key, label]) => [key, label]));
}

/** Counts of a filter's values among the reports passing the other filters, most results first. */
export function filterCounts(catalog: SearchCatalog, keys: ReportKeys, reports: readonly number[], filters: Filters, name: FilterName): FilterCount[] {
  const counts = new Map<string, number>();
  for (const r of reports) {
    if (!passes(keys, r, filters, name)) continue;
    for (const key of keys[name][r]!) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const label = labels(catalog, name);
  const byCount = (a: FilterCount, b: FilterCount): number =>
    name === 'year' ? Number(b.key) - Number(a.key) : b.count - a.count || (a.key < b.key ? -1 : 1);
  return [...counts].map(([key, count]) => ({ key, label: label.get(key) ?? key, count })).sort(byCount);
}
