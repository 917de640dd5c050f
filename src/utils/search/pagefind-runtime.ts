/**
 * Three adjustments to what Pagefind writes, for the first search of a page
 * view. Pinned to PAGEFIND_VERSION: they fail the build, naming the file,
 * when Pagefind's code is not what they expect.
 *
 * - Pagefind splits a query with the browser's segmenters (`Intl.Segmenter`:
 *   into words for a Chinese page, then into graphemes). Our query words are
 *   lower-case ASCII codes of bigrams (src/lib/search-tokens.ts), which both
 *   leave as they are, but creating the first segmenter of a page view loads
 *   the browser's text-break data: 30–60 ms of the page's thread in Chromium
 *   (CPU profiles of the search page). Without them Pagefind splits the query
 *   by code points, which gives the same words.
 * - Pagefind's `init()` does not wait for its WebAssembly, so the first
 *   search (and each merge of another bundle) polls for it every 50 ms,
 *   waiting 25 ms on average after it is ready. The poll is made 4 ms
 *   (measured: the first query 12–24 ms sooner, medians of 25 page loads).
 * - The WebAssembly and each bundle's metadata (all of which the first query
 *   loads) are stored decompressed, with Pagefind's signature in front, which
 *   Pagefind's loader reads as is: otherwise it inflates the gzip in
 *   JavaScript on every page view (measured for the WebAssembly: the first
 *   query 19–31 ms sooner; the metadata's inflate took 10–15 ms of the
 *   page's thread in CPU profiles). A web server that compresses them sends
 *   about as many bytes as before; one that does not sends 127 KB instead of
 *   55 KB for the WebAssembly, 28 KB instead of 14 KB for a bundle's metadata
 *   of the sample corpus. Index chunks stay compressed: every later query
 *   loads some.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGEFIND_VERSION, readPagefindFile, SIGNATURE, type WrittenBundle } from './pagefind-bundles.ts';

/** Pagefind's loader skips decompression for data that starts with the signature (pagefind.js, `decompress`). */
const READS_DECOMPRESSED = 'if(this.decoder.decode(data.slice(0,12))==="pagefind_dcd"){return data.slice(12);}';

/**
 * Pieces of Pagefind's script (pagefind.js) and what each becomes: the choice
 * of the browser's segmenters for the query (`search`), then its waits for
 * its WebAssembly (`getPtr` of the first search, `mergeIndex`).
 */
const REPLACEMENTS: ReadonlyArray<readonly [from: string, to: string]> = [
  ['if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){', 'if(false){'],
  [
    'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}',
    'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(4);}',
  ],
  ['while(this.primary.wasm===null){await asyncSleep(50);}', 'while(this.primary.wasm===null){await asyncSleep(4);}'],
];

/** Replaces the one occurrence of `from` in `text` (a file of Pagefind's), or fails naming the file. */
function replaceOnce(text: string, from: string, to: string, file: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) {
    throw new Error(`${file}: expected Pagefind ${PAGEFIND_VERSION}'s code \`${from}\` once; update src/utils/search/pagefind-runtime.ts for this version`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Stores a Pagefind data file decompressed, its signature in front. */
function storeDecompressed(path: string): void {
  writeFileSync(path, Buffer.concat([Buffer.from(SIGNATURE), readPagefindFile(path)]));
}

/** Adjusts the bundles written into `dist`: the first one's script and WebAssembly, which the page loads (merged bundles run in them), and every bundle's metadata. */
export function adjustPagefindRuntime(dist: string, bundles: readonly WrittenBundle[]): void {
  const [first] = bundles;
  if (!first) return;
  const script = join(dist, first.path, 'pagefind.js');
  const code = readFileSync(script, 'utf8');
  if (!code.includes(READS_DECOMPRESSED)) throw new Error(`${script}: expected Pagefind ${PAGEFIND_VERSION} to read decompressed data as is; update src/utils/search/pagefind-runtime.ts for this version`);
  writeFileSync(script, REPLACEMENTS.reduce((text, [from, to]) => replaceOnce(text, from, to, script), code));
  storeDecompressed(join(dist, first.path, first.wasm));
  for (const bundle of bundles) storeDecompressed(join(dist, bundle.path, bundle.meta));
}
