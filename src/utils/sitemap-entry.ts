/**
 * What the sitemap (@astrojs/sitemap) lists, and the alternate-script links
 * of each entry, the same twins the pages' `hreflang` links name.
 */
import { twinPath } from './hrefs.ts';

/** An alternate-language link of a sitemap entry. */
export interface SitemapLink {
  url: string;
  lang: string;
}

const SCRIPT_PATH = /^\/zh-han([st])\//;

/** Every page but the oldest-first copies of listings (the same reports as their newest-first pages). */
export function inSitemap(url: string): boolean {
  return !/\/oldest\/(page\/\d+\/)?$/.test(new URL(url).pathname);
}

/** The page in both scripts; for `/` (the script chooser), the two home pages. */
export function sitemapLinks(url: string): SitemapLink[] {
  const page = new URL(url);
  const match = SCRIPT_PATH.exec(page.pathname);
  if (!match && page.pathname !== '/') return [];
  const hans = match ? (match[1] === 's' ? page.pathname : twinPath(page.pathname)) : '/zh-hans/';
  return [
    { url: new URL(hans, page).href, lang: 'zh-Hans' },
    { url: new URL(twinPath(hans), page).href, lang: 'zh-Hant' },
  ];
}
