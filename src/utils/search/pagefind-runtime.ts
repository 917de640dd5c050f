/**
 * One adjustment to the script Pagefind writes, for the first search of a
 * page view. Pinned to PAGEFIND_VERSION: it fails the build, naming the
 * file, when Pagefind's code is not what it expects.
 *
 * Pagefind splits a query with the browser's segmenters (`Intl.Segmenter`:
 * into words for a Chinese page, then into graphemes). Our query words are
 * lower-case ASCII codes of bigrams (src/lib/search-tokens.ts), which both
 * leave as they are, but creating the first segmenter of a page view loads
 * the browser's text-break data: 30–60 ms of the page's thread in Chromium
 * before the first results (CPU profiles of the search page). Without them
 * Pagefind splits the query by code points, which gives the same words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGEFIND_VERSION } from './pagefind-bundles.ts';

/** Pagefind's choice of the browser's segmenters for the query (pagefind.js, `search`), and what it becomes. */
const USES_SEGMENTERS = 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){';
const SPLITS_CODE_POINTS = 'if(false){';

/** Replaces the one occurrence of `from` in `text` (a file of Pagefind's), or fails naming the file. */
function replaceOnce(text: string, from: string, to: string, file: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) {
    throw new Error(`${file}: expected Pagefind ${PAGEFIND_VERSION}'s code \`${from}\` once; update src/utils/search/pagefind-runtime.ts for this version`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Adjusts the script of the bundle in `dir` (the one the page loads; merged bundles run in it). */
export function adjustPagefindRuntime(dir: string): void {
  const script = join(dir, 'pagefind.js');
  writeFileSync(script, replaceOnce(readFileSync(script, 'utf8'), USES_SEGMENTERS, SPLITS_CODE_POINTS, script));
}
