/**
 * The catalog the results page loads once: for every report, where its
 * words are in the index (its bundle's Pagefind record and its first
 * position there), report id, sort keys, length and filter values (as
 * indexes into value tables with labels in one script). Filters, counts and sorting are
 * computed from it in the browser, for any query (Pagefind's own filter
 * counts cover one phrase only, not several words).
 */
import type { FacetValue, SearchFacets } from './search-facets.ts';

/** Facets with a value table. */
export const FACETS = ['province', 'city', 'genre', 'meeting', 'institution'] as const;
/** A facet with a value table. */
export type Facet = (typeof FACETS)[number];

/** A report as the catalog lists it. */
export interface CatalogReport {
  id: string;
  /** Bundle whose record holds the report's words (from 0; reports are listed bundle by bundle). */
  bundle: number;
  /** Position of the report's first word in that record. */
  offset: number;
  /** Search characters (for ranking). */
  length: number;
  /** Index positions below this are the title. */
  titleEnd: number;
  /** Facets as the page of the catalog's script gives them. */
  facets: SearchFacets;
}

/** The catalog of one script: columns, one entry per report. */
export interface SearchCatalog {
  /** Changes whenever the index does (cache key for the per-report files). */
  version: string;
  /** Base paths of the Pagefind bundles (the index may be split into several). */
  bundles: string[];
  /** Pagefind page id (fragment hash) of each bundle's one record. */
  records: string[];
  /** Index of each bundle's first report. */
  recordStarts: number[];
  ids: string[];
  /** Position of each report's first word in its bundle's record. */
  offsets: number[];
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` (year only) or empty (undated). */
  dates: string[];
  years: number[];
  lengths: number[];
  titleEnds: number[];
  /** Per facet, per report: index into `values[facet]`, or -1. */
  province: number[];
  city: number[];
  genre: number[];
  institution: number[];
  /** Meeting types are several per report. */
  meeting: number[][];
  values: Record<Facet, FacetValue[]>;
  /**
   * The convertible characters (convertible-chars.ts) the index holds,
   * encoded as the search page's list: a query reading with any other one
   * occurs nowhere, and is not looked up.
   */
  indexedConvertible: string;
}

/** Index of the first report of each bundle (reports in index order, bundles numbered from 0). */
function bundleStarts(reports: readonly CatalogReport[], count: number): number[] {
  return Array.from({ length: count }, (_, bundle) => reports.findIndex((report) => report.bundle === bundle));
}

/** Builds the catalog of one script from its reports (in index order), the bundles' paths and their records' page ids. */
export function searchCatalog(
  reports: readonly CatalogReport[],
  bundles: readonly string[],
  records: readonly string[],
  version: string,
  indexedConvertible: string,
): SearchCatalog {
  const tables = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, FacetValue>()])) as Record<Facet, Map<string, FacetValue>>;
  const facetValues = (report: CatalogReport): Record<Facet, FacetValue[]> => ({
    province: report.facets.province ? [report.facets.province] : [],
    city: report.facets.city ? [report.facets.city] : [],
    genre: [report.facets.genre],
    meeting: report.facets.meetings,
    institution: report.facets.institution ? [report.facets.institution] : [],
  });
  for (const report of reports) {
    const values = facetValues(report);
    for (const facet of FACETS) for (const value of values[facet]) tables[facet].set(value[0], value);
  }
  const values = Object.fromEntries(FACETS.map((facet) => [facet, [...tables[facet].values()].sort((a, b) => (a[0] < b[0] ? -1 : 1))])) as Record<Facet, FacetValue[]>;
  const position = Object.fromEntries(FACETS.map((facet) => [facet, new Map(values[facet].map((value, i) => [value[0], i]))])) as Record<Facet, Map<string, number>>;
  const single = (facet: Facet) => reports.map((report) => position[facet].get(facetValues(report)[facet][0]?.[0] ?? '') ?? -1);
  return {
    version,
    bundles: [...bundles],
    records: [...records],
    recordStarts: bundleStarts(reports, records.length),
    ids: reports.map((report) => report.id),
    offsets: reports.map((report) => report.offset),
    dates: reports.map((report) => report.facets.date ?? (report.facets.year !== undefined ? String(report.facets.year) : '')),
    years: reports.map((report) => report.facets.year ?? 0),
    lengths: reports.map((report) => report.length),
    titleEnds: reports.map((report) => report.titleEnd),
    province: single('province'),
    city: single('city'),
    genre: single('genre'),
    institution: single('institution'),
    meeting: reports.map((report) => report.facets.meetings.map(([key]) => position.meeting.get(key)!)),
    values,
    indexedConvertible,
  };
}
