/**
 * Two adjustments to the script Pagefind writes, for the first search of a
 * page view. Pinned to PAGEFIND_VERSION: they fail the build, naming the
 * file, when Pagefind's code is not what they expect.
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
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGEFIND_VERSION } from './pagefind-bundles.ts';

/** Pagefind's choice of the browser's segmenters for the query (pagefind.js, `search`), and what it becomes. */
const USES_SEGMENTERS = 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){';
const SPLITS_CODE_POINTS = 'if(false){';

/** Pagefind's waits for its WebAssembly (pagefind.js: `getPtr` of the first search, `mergeIndex`), and what they become. */
const POINTER_WAIT = 'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';
const SHORT_POINTER_WAIT = 'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(4);}';
const MERGE_WAIT = 'while(this.primary.wasm===null){await asyncSleep(50);}';
const SHORT_MERGE_WAIT = 'while(this.primary.wasm===null){await asyncSleep(4);}';

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
  let code = readFileSync(script, 'utf8');
  code = replaceOnce(code, USES_SEGMENTERS, SPLITS_CODE_POINTS, script);
  code = replaceOnce(code, POINTER_WAIT, SHORT_POINTER_WAIT, script);
  code = replaceOnce(code, MERGE_WAIT, SHORT_MERGE_WAIT, script);
  writeFileSync(script, code);
}
