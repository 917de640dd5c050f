/**
 * What one page of a report listing shows, and the static paths of every
 * page of every listing of a kind (regions, years …): listing pages are
 * computed from the build's catalog, so a page only slices what is grouped already.
 */
import type { Script } from '../lib/report-schema.ts';
import { t } from '../i18n/t.ts';
import type { CatalogEntry } from './catalog.ts';
import { listingPageParam, listingPageRefs, pageItems, PAGE_SIZE, type ListingPageRef } from './listing-pages.ts';
import { sectionKey, sectionStarts, type SectionGrouping, type SectionStart } from './listing-sections.ts';
import { SITE_SCRIPTS, scriptSegment, type ScriptSegment } from './locale.ts';
import { isDated, sortReports } from './report-order.ts';

/** One page of a listing, ready to render. */
export interface ListingPageData {
  ref: ListingPageRef;
  grouping: SectionGrouping;
  /** Reports in the whole listing. */
  total: number;
  /** Reports on this page, in the page's order. */
  items: CatalogEntry[];
  /** Sections of the whole listing in the page's order. */
  starts: SectionStart[];
  /** Whether the order can change anything (at least two dated reports). */
  sortable: boolean;
}

/** Page `ref` of a listing of `reports`, sectioned by `grouping`. */
export function listingPage(reports: readonly CatalogEntry[], ref: ListingPageRef, grouping: SectionGrouping): ListingPageData {
  const ordered = sortReports(reports, ref.order);
  return {
    ref,
    grouping,
    total: ordered.length,
    items: pageItems(ordered, ref.page, PAGE_SIZE),
    starts: sectionStarts(ordered, (report) => sectionKey(report.data, grouping), PAGE_SIZE),
    sortable: ordered.filter((report) => isDated(report.data)).length > 1,
  };
}

/** `<title>` of a listing page: its name, with order and page number on every page but the first newest first. */
export function listingTitle(name: string, ref: ListingPageRef, script: Script): string {
  if (ref.order === 'newest' && ref.page === 1) return name;
  return t(script, 'listing.titlePage', { title: name, order: t(script, `listing.sort.${ref.order}`), page: ref.page });
}

/** A static path of a listing page: the route's own parameters, the rest parameter `page`, and the page's props. */
export interface ListingPath<K> {
  params: Record<string, string | undefined> & { script: ScriptSegment; page: string | undefined };
  props: { key: K; ref: ListingPageRef };
}

/**
 * Static paths of every page of every listing in `groups`, in both scripts;
 * `params` names a listing in its route (e.g. `{ code: '420000' }`).
 */
export function listingPaths<K>(groups: Iterable<readonly [K, readonly unknown[]]>, params: (key: K) => Record<string, string>): ListingPath<K>[] {
  const paths: ListingPath<K>[] = [];
  for (const [key, reports] of groups) {
    for (const ref of listingPageRefs(reports.length, PAGE_SIZE)) {
      for (const script of SITE_SCRIPTS) {
        paths.push({ params: { ...params(key), script: scriptSegment(script), page: listingPageParam(ref.order, ref.page) }, props: { key, ref } });
      }
    }
  }
  return paths;
}
