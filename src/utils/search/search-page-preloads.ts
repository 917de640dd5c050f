/**
 * Preload hints for the search page: the files every first search loads
 * before it can run (the catalog; each bundle's Pagefind entry and metadata;
 * the WebAssembly), so the browser fetches them while it parses the page
 * instead of one after the other once the page's script runs. Their names
 * are known only once the index is written, after Astro has written the
 * page, so the index build adds them to the built page's head, with the
 * index version the page's script then asks for the same URLs with
 * (src/scripts/search/page.ts: Pagefind's `metaCacheTag`, the catalog's `v`).
 * The Traditional page also preloads the query converter's modules, whose
 * names only the client build knows.
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

/**
 * The `<link rel="modulepreload">` elements for the query converter's modules
 * (URLs, see converter-chunks.ts): without them a Traditional query fetched
 * them only once the page's script had read the query, and compiled them
 * while Pagefind started. Measured on the first Traditional query from
 * navigation, 30 interleaved fresh loads of a site with and one without,
 * four times: 5–13 ms off the per-load median (the Simplified page, left
 * alone, moved by up to 17 ms either way in the same runs: the noise).
 */
export function converterPreloads(urls: readonly string[]): string {
  return urls.map((url) => `<link rel="modulepreload" href="${url}">`).join('');
}

/** Puts `html` at the end of the head of a script's built search page (if the site has one). */
function addToSearchPageHead(dist: string, script: Script, html: string): void {
  const file = join(dist, searchHref(script), 'index.html');
  if (!existsSync(file)) return;
  const page = readFileSync(file, 'utf8');
  const end = page.indexOf('</head>');
  if (end < 0 || page.indexOf('</head>', end + 1) >= 0) throw new Error(`${file}: expected one </head>`);
  writeFileSync(file, `${page.slice(0, end)}${html}${page.slice(end)}`);
}

/** Adds the preload hints to the head of a script's built search page (if the site has one). */
export function addSearchPreloads(dist: string, script: Script, version: string, bundles: readonly WrittenBundle[]): void {
  addToSearchPageHead(dist, script, searchPreloads(script, version, bundles));
}

/**
 * Preloads the query converter's modules on the Traditional search page (if
 * the site has one): a query typed there is most often Traditional, and
 * every such query needs them. (On the Simplified page one seldom does.)
 */
export function addConverterPreloads(dist: string, urls: readonly string[]): void {
  if (urls.length > 0) addToSearchPageHead(dist, 'hant', converterPreloads(urls));
}
