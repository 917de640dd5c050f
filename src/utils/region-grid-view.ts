/**
 * The region × year grid as a page shows it: names in the page's script,
 * each region row linking to its listing, each filled cell to the place in
 * that listing where the year starts.
 */
import type { Script } from '../lib/report-schema.ts';
import { t } from '../i18n/t.ts';
import type { Catalog } from './catalog.ts';
import { regionHref } from './hrefs.ts';
import { PAGE_SIZE } from './listing-pages.ts';
import { sectionHref, sectionKey, sectionStarts } from './listing-sections.ts';
import { localize } from './localize.ts';
import { regionYearGrid, type GridUnit } from './region-year-grid.ts';

/** One cell: the count, and where it leads when it is not empty. */
export interface GridCellView {
  count: number;
  href?: string;
  /** What the cell means, for assistive technology (`湖北省2024年：3 篇`). */
  label: string;
}

/** One row of the grid. */
export interface GridRowView {
  name: string;
  /** The region's listing, when the archive has reports from it. */
  href?: string;
  total: number;
  cells: GridCellView[];
}

/** A grid as rendered. */
export interface RegionGridView {
  years: number[];
  rows: GridRowView[];
}

const NO_REPORTS: [] = [];

/** The grid of `units` (rows) over `years`, for a page in `script`. */
export function regionGridView(catalog: Catalog, units: readonly GridUnit[], years: readonly number[], script: Script): RegionGridView {
  const grid = regionYearGrid(units, years, (code) => catalog.byRegion.get(code) ?? NO_REPORTS);
  return {
    years: grid.years,
    rows: grid.rows.map((row) => {
      const name = localize(row.name, 'hans', script);
      const reports = catalog.byRegion.get(row.code);
      const listing = reports ? regionHref(script, row.code) : undefined;
      const starts = reports && listing ? sectionStarts(reports, (report) => sectionKey(report.data, 'year'), PAGE_SIZE) : [];
      return {
        name,
        ...(listing ? { href: listing } : {}),
        total: row.total,
        cells: row.counts.map((count, i) => {
          const year = grid.years[i]!;
          const href = count > 0 && listing ? sectionHref(listing, starts, String(year)) : undefined;
          return { count, ...(href ? { href } : {}), label: t(script, 'regions.grid.cell', { region: name, year, count }) };
        }),
      };
    }),
  };
}
