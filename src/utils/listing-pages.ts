/**
 * Pages of a listing. A listing is read newest first at its own URL, split
 * into pages of `PAGE_SIZE`; a listing longer than one page also exists
 * oldest first (`oldest/`, `oldest/page/2/` …), so every order of every page
 * is a real, linkable page that works without JavaScript. A one-page listing
 * is re-ordered in the browser instead (the page holds all of it).
 */
import type { SortOrder } from './report-order.ts';

/** Reports per listing page: long enough to browse, small enough to load fast on a phone. */
export const PAGE_SIZE = 100;

/** One page of a listing in one order. */
export interface ListingPageRef {
  order: SortOrder;
  /** 1-based. */
  page: number;
  /** Pages of the listing (the same in both orders). */
  pages: number;
}

/** Number of pages of `total` items (an empty listing still has its one page). */
export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, size: number = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** Every page a listing of `total` items has: newest first, and oldest first when it spans several pages. */
export function listingPageRefs(total: number, size: number = PAGE_SIZE): ListingPageRef[] {
  const pages = pageCount(total, size);
  const orders: SortOrder[] = pages > 1 ? ['newest', 'oldest'] : ['newest'];
  return orders.flatMap((order) => Array.from({ length: pages }, (_, i) => ({ order, page: i + 1, pages })));
}

/** The path of a page below its listing's URL (`oldest/page/2`), as a rest route parameter; undefined for the first page newest first. */
export function listingPageParam(order: SortOrder, page: number): string | undefined {
  const parts = [...(order === 'oldest' ? ['oldest'] : []), ...(page > 1 ? ['page', String(page)] : [])];
  return parts.length > 0 ? parts.join('/') : undefined;
}

/**
 * Page numbers a pagination bar shows: the first, the last, and `span` on
 * either side of the current one; `gap` where numbers are left out.
 */
export function pageWindow(current: number, pages: number, span = 2): Array<number | 'gap'> {
  const shown: Array<number | 'gap'> = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - current) <= span) shown.push(n);
    else if (shown.at(-1) !== 'gap') shown.push('gap');
  }
  return shown;
}
