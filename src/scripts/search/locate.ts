/**
 * Maps a position in a bundle's Pagefind record to the report there: a
 * record holds the words of consecutive reports one after the other
 * (src/utils/search/pagefind-bundles.ts), and the catalog lists each bundle's
 * first report and each report's first position.
 */
import type { SearchCatalog } from '../../utils/search/search-catalog.ts';

/** A report (catalog index) and a position within it. */
export interface ReportPosition {
  report: number;
  position: number;
}

/** Locates a record position (record named by its Pagefind page id); throws for a record the catalog does not list. */
export type LocateReport = (page: string, position: number) => ReportPosition;

/** The locator for a catalog's records. */
export function reportLocator(catalog: Pick<SearchCatalog, 'records' | 'recordStarts' | 'offsets'>): LocateReport {
  const recordOf = new Map(catalog.records.map((page, k) => [page, k]));
  return (page, position) => {
    const k = recordOf.get(page);
    if (k === undefined) throw new Error(`Search index and catalog disagree (page ${page}): reload the page`);
    // The last report of the record starting at or before the position.
    let low = catalog.recordStarts[k]!;
    let high = (catalog.recordStarts[k + 1] ?? catalog.offsets.length) - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (catalog.offsets[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    return { report: low, position: position - catalog.offsets[low]! };
  };
}
