/**
 * One adjustment to the script Pagefind writes, for the first search of a
 * page view. Pinned to PAGEFIND_VERSION: it fails the build, naming the
 * file, when Pagefind's code is not what it expects.
 *
 * Pagefind splits a query into words with the browser's word segmenter when
 * the page's language is Chinese (`<html lang="zh-Hans">`). Our query words
 * are lower-case ASCII codes of bigrams (src/lib/search-tokens.ts), which the
 * segmenter leaves as they are, but its first use in a page loads the
 * browser's Chinese dictionary: 20–77 ms of the page's thread in Chromium,
 * measured, before the first results. Without it Pagefind splits the query
 * by characters (graphemes), which gives the same words for ASCII ones.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGEFIND_VERSION } from './pagefind-bundles.ts';

/** Pagefind's choice of word segmentation for the query (pagefind.js, `search`), and what it becomes. */
const SEGMENTS_WORDS = 'if(needsWordSegmentation(trueLanguage)){';
const SPLITS_CHARACTERS = 'if(false){';

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
  writeFileSync(script, replaceOnce(readFileSync(script, 'utf8'), SEGMENTS_WORDS, SPLITS_CHARACTERS, script));
}
