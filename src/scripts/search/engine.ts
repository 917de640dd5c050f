/**
 * Runs query words on the Pagefind index. A reading of a word (search-query.ts)
 * occurs where its bigrams stand at consecutive positions: Pagefind gives
 * every position of the bigrams in each bundle's record (one search), the
 * occurrences are found from them (occurrences.ts) and located in the
 * reports (locate.ts). Pagefind's own phrase search is not used: it reports
 * one place per record, and a record holds a whole bundle of reports.
 */
import type { QueryForm, QueryTerm } from '../../lib/search-query.ts';
import type { LocateReport } from './locate.ts';
import { bigramsChainUniquely, occurrenceStarts, type BigramPositions } from './occurrences.ts';

/** What this module uses of a Pagefind search result. */
interface PagefindResult {
  /** Page id (fragment hash). */
  id: string;
  /** Positions of the matched words in the page. */
  words: number[];
}

/** Pagefind options this module sets. */
interface PagefindOptions {
  noWorker?: boolean;
  metaCacheTag?: string;
}

/** What this module uses of Pagefind's JavaScript API. */
export interface Pagefind {
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
  mergeIndex: (path: string, options?: PagefindOptions) => Promise<void>;
  options: (options: PagefindOptions) => Promise<void>;
  init: () => Promise<void>;
}

/** Pagefind's options for an index version (when the page gives one: its files are then preloaded under these URLs). */
function pagefindOptions(version: string | undefined): PagefindOptions {
  // Without a web worker, Pagefind's requests are the page's own, so the page's preloads serve them; no worker script to load and start either.
  return { noWorker: true, ...(version ? { metaCacheTag: version } : {}) };
}

/** Opens the index of the first bundle (base path), loading Pagefind's script and WebAssembly. */
export async function openPagefind(basePath: string, version: string | undefined): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${basePath}pagefind.js`)) as Pagefind;
  await pagefind.options(pagefindOptions(version));
  await pagefind.init();
  return pagefind;
}

/** Merges the other bundles of a split index into the first one's (searches then cover all). */
export async function mergeBundles(pagefind: Pagefind, bundles: readonly string[], version: string | undefined): Promise<void> {
  const { metaCacheTag } = pagefindOptions(version);
  await Promise.all(bundles.slice(1).map((bundle) => pagefind.mergeIndex(bundle, metaCacheTag ? { metaCacheTag } : {})));
}

async function results(pagefind: Pagefind, term: string): Promise<PagefindResult[]> {
  return (await pagefind.search(term))?.results ?? [];
}

/** Per record (page id), the positions of each of the form's bigrams. */
async function bigramPositions(pagefind: Pagefind, form: QueryForm): Promise<Map<string, BigramPositions>> {
  if (bigramsChainUniquely(form.chars)) {
    const found = await results(pagefind, form.bigrams.join(' '));
    return new Map(
      found.map((result) => {
        const any = new Set(result.words);
        return [result.id, form.bigrams.map(() => any)];
      }),
    );
  }
  const distinct = [...new Set(form.bigrams)];
  const found = await Promise.all(distinct.map((bigram) => results(pagefind, bigram)));
  const byBigram = new Map(distinct.map((bigram, i) => [bigram, new Map(found[i]!.map((result) => [result.id, new Set(result.words)]))]));
  const pages = byBigram.get(form.bigrams[0]!)!.keys();
  return new Map([...pages].map((page) => [page, form.bigrams.map((bigram) => byBigram.get(bigram)!.get(page) ?? new Set<number>())]));
}

/** Adds each occurrence of a reading, located in its report, to `hits` (report → start positions in the report). */
async function addFormHits(pagefind: Pagefind, form: QueryForm, locate: LocateReport, hits: Map<number, Set<number>>): Promise<void> {
  for (const [page, positions] of await bigramPositions(pagefind, form)) {
    for (const start of occurrenceStarts(positions)) {
      const { report, position } = locate(page, start);
      const starts = hits.get(report) ?? new Set<number>();
      starts.add(position);
      hits.set(report, starts);
    }
  }
}

/**
 * The reports (catalog index) holding a query word in any reading that
 * `mayOccur` (the others occur nowhere: not looked up), with its occurrences'
 * start positions, ascending.
 */
export async function wordHits(pagefind: Pagefind, term: QueryTerm, locate: LocateReport, mayOccur: (form: QueryForm) => boolean): Promise<Map<number, number[]>> {
  const hits = new Map<number, Set<number>>();
  // The readings' searches load their chunks at once.
  await Promise.all(term.forms.filter(mayOccur).map((form) => addFormHits(pagefind, form, locate, hits)));
  return new Map([...hits].map(([report, starts]) => [report, [...starts].sort((a, b) => a - b)]));
}
