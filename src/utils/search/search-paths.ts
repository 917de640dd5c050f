/** Where the search files live in the built site (written by the index build, fetched by the results page). */
import type { Script } from '../../lib/report-schema.ts';

const ROOT = '/search-data/';

/** Name of the `<meta>` by which the built search page gives its script the index version (search-page-preloads.ts). */
export const SEARCH_VERSION_META = 'huibian-search-version';

/** A search file's URL for an index version (a new URL whenever the index changes, so caches never mix builds). */
export function versionedPath(path: string, version: string): string {
  return `${path}?v=${version}`;
}

/** The catalog of one script. */
export function catalogPath(script: Script): string {
  return `${ROOT}catalog-${script}.json`;
}

/** A report's head file in one script. */
export function resultHeadPath(id: string, script: Script): string {
  return `${ROOT}reports/${id}/${script}.json`;
}

/** One of a report's text files in one script (numbered from 0). */
export function resultTextPath(id: string, script: Script, file: number): string {
  return `${ROOT}reports/${id}/${script}-${file}.json`;
}

/** Base path of the n-th Pagefind bundle (from 0): `/pagefind/`, then `/pagefind-2/` … */
export function bundlePath(n: number): string {
  return n === 0 ? '/pagefind/' : `/pagefind-${n + 1}/`;
}

/** Number of files the subject links (search-subjects.ts) are split into. */
export const SUBJECT_SHARDS = 16;

/** The file of subject links that holds a key (search characters): by its first character, so a query word loads one small file. */
export function subjectShard(key: string): number {
  return (key.codePointAt(0) ?? 0) % SUBJECT_SHARDS;
}

/** A file of subject links in one script. */
export function subjectsPath(script: Script, shard: number): string {
  return `${ROOT}subjects-${script}-${shard}.json`;
}
