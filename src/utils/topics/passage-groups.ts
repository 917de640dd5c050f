/**
 * How subject pages lay out passages and counts: passages grouped by year
 * (newest first, unknown last), then province, then report; and the report
 * counts per year and per province the charts draw.
 */
import type { ReportOutline } from './corpus-text.ts';
import type { Passage } from './subject-matches.ts';

/** The passages of one report on a subject page: the first few blocks, and how many more there are. */
export interface ReportPassages {
  report: number;
  blocks: number[];
  omitted: number;
}

/** Passages of one province (or of reports without one) in one year. */
export interface RegionGroup {
  province?: string;
  reports: ReportPassages[];
}

/** Passages of one year (or of undated reports). */
export interface YearGroup {
  year?: number;
  regions: RegionGroup[];
}

/** Province names in Chinese order (one collator: `localeCompare` with a locale builds one per call). */
const byName = new Intl.Collator('zh-Hans-CN').compare;

/** Orders optional keys with the missing one last. */
function missingLast<T>(a: T | undefined, b: T | undefined, compare: (a: T, b: T) => number): number {
  if (a === undefined) return b === undefined ? 0 : 1;
  return b === undefined ? -1 : compare(a, b);
}

/**
 * How many passages a subject page shows: of the first `reports` reports in
 * page order, at most `perReport` each; with `excerpt`, each passage is the
 * sentence using the subject, cut to about that many characters (see `excerpt.ts`).
 */
export interface PassageLimits {
  reports: number;
  perReport: number;
  excerpt?: number;
}

/**
 * The first `count` reports of `groups` in page order, with their passages:
 * what a page quotes (the newest reports; every report stays in its list).
 */
export function firstReports(groups: readonly YearGroup[], count: number): YearGroup[] {
  let left = count;
  return groups.flatMap((year) => {
    const regions = year.regions.flatMap((region) => {
      const kept = region.reports.slice(0, Math.max(0, left));
      left -= kept.length;
      return kept.length > 0 ? [{ ...region, reports: kept }] : [];
    });
    return regions.length > 0 ? [{ ...year, regions }] : [];
  });
}

/**
 * Groups every passage by year (newest first, undated last), province (in
 * Chinese order, unknown last) and report (corpus order), keeping at most
 * `perReport` passages of a report (its first ones: passages come in corpus
 * and block order).
 */
export function groupPassages(passages: readonly Passage[], reports: readonly ReportOutline[], perReport: number): YearGroup[] {
  const byReport = new Map<number, number[]>();
  for (const { report, block } of passages) {
    const blocks = byReport.get(report);
    if (blocks) blocks.push(block);
    else byReport.set(report, [block]);
  }
  const years = new Map<number | undefined, Map<string | undefined, ReportPassages[]>>();
  for (const [r, blocks] of [...byReport].sort((a, b) => a[0] - b[0])) {
    const { year, province } = reports[r]!;
    const regions = years.get(year) ?? new Map<string | undefined, ReportPassages[]>();
    years.set(year, regions);
    const list = regions.get(province) ?? [];
    regions.set(province, list);
    list.push({ report: r, blocks: blocks.slice(0, perReport), omitted: Math.max(0, blocks.length - perReport) });
  }
  return [...years]
    .sort((a, b) => missingLast(a[0], b[0], (x, y) => y - x))
    .map(([year, regions]) => ({
      ...(year !== undefined ? { year } : {}),
      regions: [...regions]
        .sort((a, b) => missingLast(a[0], b[0], byName))
        .map(([province, list]) => ({ ...(province !== undefined ? { province } : {}), reports: list })),
    }));
}

/** One bar of a chart: a label and a count. */
export interface Count {
  label: string;
  value: number;
}

/** Reports per year, oldest first (undated reports are not counted). */
export function reportsPerYear(indices: readonly number[], reports: readonly ReportOutline[]): Count[] {
  const counts = new Map<number, number>();
  for (const i of indices) {
    const year = reports[i]!.year;
    if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0] - b[0]).map(([year, value]) => ({ label: String(year), value }));
}

/** Reports per province, most first, then by name (reports without a province are not counted). */
export function reportsPerProvince(indices: readonly number[], reports: readonly ReportOutline[]): Count[] {
  const counts = new Map<string, number>();
  for (const i of indices) {
    const province = reports[i]!.province;
    if (province !== undefined) counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || byName(a[0], b[0]))
    .map(([label, value]) => ({ label, value }));
}

/** What a subject page lays out from its coverage, the same in either script. */
export interface SubjectLayout {
  years: Count[];
  /** Reports per province (Simplified names). */
  provinces: Count[];
  /** Every report with its passages (see `groupPassages`): the report list. */
  reports: YearGroup[];
  /** The reports whose passages the page quotes, within its limits (see `firstReports`). */
  quoted: YearGroup[];
}

/**
 * The latest layouts, by coverage: a subject's pages in both scripts are
 * rendered one after the other (its static paths are listed together), and
 * big subjects have tens of thousands of passages. Only a few are kept, so
 * the memo holds no memory for the rest of the build.
 */
const layouts = new Map<SubjectCoverageLike, SubjectLayout>();
const LAYOUTS_KEPT = 8;

/** The passages and reports of a subject, as the analysis gives them. */
interface SubjectCoverageLike {
  passages: readonly Passage[];
  reports: readonly number[];
}

/** The layout of a subject page (charts, its reports grouped, those it quotes within `limits`), computed once per coverage. */
export function subjectLayout(coverage: SubjectCoverageLike, reports: readonly ReportOutline[], limits: PassageLimits): SubjectLayout {
  let layout = layouts.get(coverage);
  if (!layout) {
    const grouped = groupPassages(coverage.passages, reports, limits.perReport);
    layout = {
      years: reportsPerYear(coverage.reports, reports),
      provinces: reportsPerProvince(coverage.reports, reports),
      reports: grouped,
      quoted: firstReports(grouped, limits.reports),
    };
    layouts.set(coverage, layout);
    if (layouts.size > LAYOUTS_KEPT) layouts.delete(layouts.keys().next().value!);
  }
  return layout;
}
