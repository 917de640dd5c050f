/**
 * Every internal URL of the site, in one place, so report pages and listings
 * link to exactly the pages that exist. All paths end in `/` (trailingSlash: 'always').
 */
import type { Genre, MeetingType, Script } from '../lib/report-schema.ts';
import { listingPageParam } from './listing-pages.ts';
import { scriptSegment } from './locale.ts';
import type { SortOrder } from './report-order.ts';
import { GENRE_SLUGS, MEETING_TYPE_SLUGS } from './taxonomy-slugs.ts';

const base = (script: Script): string => `/${scriptSegment(script)}/`;

/** Home page of a script. */
export function homeHref(script: Script): string {
  return base(script);
}

/** A report page; `anchor` is a paragraph id. */
export function reportHref(script: Script, id: string, anchor?: string): string {
  return `${base(script)}reports/${id}/${anchor ? `#${anchor}` : ''}`;
}

/** Region index, or one region's listing by its six-digit GB/T 2260 code. */
export function regionHref(script: Script, code?: string): string {
  return `${base(script)}regions/${code ? `${code}/` : ''}`;
}

/** Year index, or one year's listing (`undated`: the reports with neither date nor year). */
export function yearHref(script: Script, year?: number | 'undated'): string {
  return `${base(script)}years/${year === undefined ? '' : `${year}/`}`;
}

/** Institution index, or one institution's listing (slug: the Simplified full name, percent-encoded). */
export function institutionHref(script: Script, name?: string): string {
  return `${base(script)}institutions/${name ? `${encodeURIComponent(name)}/` : ''}`;
}

/**
 * Whether an institution can have a listing page: its name is one path
 * segment (no `/`) and short enough for a file name (255 bytes).
 */
export function hasInstitutionPage(name: string): boolean {
  return !name.includes('/') && new TextEncoder().encode(name).length <= 200;
}

/** Genre index, or one genre's listing. */
export function genreHref(script: Script, genre?: Genre): string {
  return `${base(script)}genres/${genre ? `${GENRE_SLUGS[genre]}/` : ''}`;
}

/** One meeting type's listing (meeting types are listed on the genre index). */
export function meetingTypeHref(script: Script, type: MeetingType): string {
  return `${base(script)}meetings/${MEETING_TYPE_SLUGS[type]}/`;
}

/** Page `page` of a listing in `order`; `listing` is the listing's own URL (e.g. `regionHref(script, code)`). */
export function listingPageHref(listing: string, order: SortOrder, page = 1): string {
  const param = listingPageParam(order, page);
  return param ? `${listing}${param}/` : listing;
}

/** Search page, optionally with a query. */
export function searchHref(script: Script, query?: string): string {
  return `${base(script)}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;
}

/** Topic index, or one topic's page by its slug. */
export function topicsHref(script: Script, slug?: string): string {
  return `${base(script)}topics/${slug ? `${slug}/` : ''}`;
}

/** Formulation index, or one formulation's page by its slug. */
export function formulationsHref(script: Script, slug?: string): string {
  return `${base(script)}formulations/${slug ? `${slug}/` : ''}`;
}

/** RSS feed of the newest reports. */
export function rssHref(script: Script): string {
  return `${base(script)}rss.xml`;
}

/** The same page in the other script: swaps the leading `/zh-hans/` ↔ `/zh-hant/` segment. */
export function twinPath(path: string): string {
  return path.replace(/^\/zh-han([st])\//, (_, s: string) => `/zh-han${s === 's' ? 't' : 's'}/`);
}

/** Absolute URL of a site path (for citations, canonical links, Open Graph). */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('astro.config.mjs needs `site` to build absolute URLs');
  return new URL(path, site).href;
}

/** Sitemap index (one for both scripts). */
export function sitemapHref(): string {
  return '/sitemap-index.xml';
}
