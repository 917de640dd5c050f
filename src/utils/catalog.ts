/**
 * The catalog of the archive: every report grouped the ways readers browse
 * it (region at each level, year, institution, genre, meeting type), each
 * group newest first. Computed once per build from the collection and shared
 * by every listing page.
 */
import type { Genre, MeetingType, ReportFrontmatter } from '../lib/report-schema.ts';
import { groupReports } from './group-reports.ts';
import { hasInstitutionPage } from './hrefs.ts';
import { institutionIndex, type InstitutionSummary } from './institution-index.ts';
import { UNDATED } from './listing-sections.ts';
import { regionCodes, regionTree, type RegionNode } from './region-tree.ts';
import { sortReports } from './report-order.ts';
import { reportYear } from './report-year.ts';

/** A report as listings see it: its id and frontmatter. */
export interface CatalogEntry {
  id: string;
  data: ReportFrontmatter;
}

/** The archive grouped for browsing; every list is newest first. */
export interface Catalog {
  reports: CatalogEntry[];
  /** Regions with reports, by GB/T 2260 code. */
  regions: Map<string, RegionNode>;
  /** Reports within each region (a county's reports are also its city's and province's). */
  byRegion: Map<string, CatalogEntry[]>;
  /** Reports by year (`2024`), and those with neither date nor year under `undated`. */
  byYear: Map<string, CatalogEntry[]>;
  /** Reports by institution (Simplified full name) that have a listing page. */
  byInstitution: Map<string, CatalogEntry[]>;
  /** Those institutions as their index lists them (by province, then most reports). */
  institutions: InstitutionSummary[];
  byGenre: Map<Genre, CatalogEntry[]>;
  byMeetingType: Map<MeetingType, CatalogEntry[]>;
}

/** Year key of a report: `2024`, or `undated`. */
export function yearKey(data: ReportFrontmatter): string {
  return String(reportYear(data) ?? UNDATED);
}

/** Groups the collection's entries for browsing. */
export function buildCatalog(entries: readonly CatalogEntry[]): Catalog {
  const reports = sortReports(entries, 'newest');
  const byInstitution = groupReports(reports, ({ data }) =>
    data.institution && hasInstitutionPage(data.institution) ? [data.institution] : [],
  );
  return {
    reports,
    regions: regionTree(reports),
    byRegion: groupReports(reports, ({ data }) => regionCodes(data.region)),
    byYear: groupReports(reports, ({ data }) => [yearKey(data)]),
    byInstitution,
    institutions: institutionIndex(byInstitution),
    byGenre: groupReports(reports, ({ data }) => [data.genre]),
    byMeetingType: groupReports(reports, ({ data }) => data.meetingTypes),
  };
}

/** The figures the home page leads with. */
export interface ArchiveCounts {
  reports: number;
  /** Distinct places reports come from (the most specific coded region of each). */
  regions: number;
  provinces: number;
  /** Distinct years with reports, and the first and last of them. */
  years: number;
  firstYear?: number;
  lastYear?: number;
  institutions: number;
}

/** Counts of the archive. */
export function archiveCounts(catalog: Catalog): ArchiveCounts {
  const places = new Set(catalog.reports.flatMap(({ data }) => regionCodes(data.region).slice(-1)));
  const years = [...catalog.byYear.keys()].filter((key) => key !== UNDATED).map(Number);
  return {
    reports: catalog.reports.length,
    regions: places.size,
    provinces: [...catalog.regions.values()].filter((node) => node.level === 'province').length,
    years: years.length,
    ...(years.length > 0 ? { firstYear: Math.min(...years), lastYear: Math.max(...years) } : {}),
    institutions: catalog.byInstitution.size,
  };
}
