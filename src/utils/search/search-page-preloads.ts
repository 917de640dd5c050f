/**
 * Preload hints for the search page: the files every first search loads
 * before it can run (the catalog; each bundle's Pagefind entry and metadata;
 * the WebAssembly), so the browser fetches them while it parses the page
 * instead of one after the other once the page's script runs. Their names
 * are known only once the index is written, after Astro has written the
 * page, so the index build adds them to the built page's head, with the
 * index version the page's script then asks for the same URLs with
 * (src/scripts/search/page.ts: Pagefind's `metaCacheTag`, the catalog's `v`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Script } from '../../lib/report-schema.ts';
import { searchHref } from '../hrefs.ts';
import type { WrittenBundle } from './pagefind-bundles.ts';
import { catalogPath, SEARCH_VERSION_META, versionedPath } from './search-paths.ts';

/** URL of a bundle's Pagefind entry file as Pagefind asks for it given `metaCacheTag: version`. */
export function pagefindEntryUrl(bundle: string, version: string): string {
  return `${bundle}pagefind-entry.json?ts=${version}`;
}

/** The `<meta>` and `<link rel="preload">` elements for a script's search page. */
export function searchPreloads(script: Script, version: string, bundles: readonly WrittenBundle[]): string {
  const urls = [
    versionedPath(catalogPath(script), version),
    ...bundles.flatMap((bundle) => [pagefindEntryUrl(bundle.path, version), `${bundle.path}${bundle.meta}`]),
    // Only the first bundle's WebAssembly runs; merged bundles share it.
    ...bundles.slice(0, 1).map((bundle) => `${bundle.path}${bundle.wasm}`),
  ];
  // `crossorigin`: fetch() requests are CORS-mode, and a preload is used only by a request of the same mode.
  const links = urls.map((url) => `<link rel="preload" href="${url}" as="fetch" crossorigin>`);
  return `<meta name="${SEARCH_VERSION_META}" content="${version}">${links.join('')}`;
}

/** Adds the preload hints to the head of a script's built search page (if the site has one). */
export function addSearchPreloads(dist: string, script: Script, version: string, bundles: readonly WrittenBundle[]): void {
  const file = join(dist, searchHref(script), 'index.html');
  if (!existsSync(file)) return;
  const html = readFileSync(file, 'utf8');
  const end = html.indexOf('</head>');
  if (end < 0 || html.indexOf('</head>', end + 1) >= 0) throw new Error(`${file}: expected one </head>`);
  writeFileSync(file, `${html.slice(0, end)}${searchPreloads(script, version, bundles)}${html.slice(end)}`);
}
