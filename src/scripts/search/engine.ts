/**
 * Runs query words on the Pagefind index. A reading of a word (search-query.ts)
 * is the exact phrase of its bigrams: Pagefind's phrase search (a quoted
 * query: consecutive positions) decides which reports hold it. It reports
 * only the first place per report, so the places of every occurrence come
 * from the bigrams' positions (occurrences.ts), which the phrase search has
 * already loaded.
 */
import type { QueryForm, QueryTerm } from '../../lib/search-query.ts';
import { bigramsChainUniquely, occurrenceStarts, type BigramPositions } from './occurrences.ts';

/** What this module uses of a Pagefind search result. */
interface PagefindResult {
  /** Page id (fragment hash). */
  id: string;
  /** Positions of the matched words in the page. */
  words: number[];
}

/** What this module uses of Pagefind's JavaScript API. */
export interface Pagefind {
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
  mergeIndex: (path: string) => Promise<void>;
  init: () => Promise<void>;
}

/** Opens the index of the first bundle (base path), loading Pagefind's script, worker and WebAssembly. */
export async function openPagefind(basePath: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${basePath}pagefind.js`)) as Pagefind;
  await pagefind.init();
  return pagefind;
}

/** Merges the other bundles of a split index into the first one's (searches then cover all). */
export async function mergeBundles(pagefind: Pagefind, bundles: readonly string[]): Promise<void> {
  for (const bundle of bundles.slice(1)) await pagefind.mergeIndex(bundle);
}

async function results(pagefind: Pagefind, term: string): Promise<PagefindResult[]> {
  return (await pagefind.search(term))?.results ?? [];
}

/** Per page, the positions of each of the form's bigrams. */
async function bigramPositions(pagefind: Pagefind, form: QueryForm): Promise<Map<string, BigramPositions>> {
  if (bigramsChainUniquely(form.chars)) {
    const found = await results(pagefind, form.bigrams.join(' '));
    return new Map(found.map((result) => [result.id, form.bigrams.map(() => new Set(result.words))]));
  }
  const distinct = [...new Set(form.bigrams)];
  const found = await Promise.all(distinct.map((bigram) => results(pagefind, bigram)));
  const byBigram = new Map(distinct.map((bigram, i) => [bigram, new Map(found[i]!.map((result) => [result.id, new Set(result.words)]))]));
  const pages = byBigram.get(form.bigrams[0]!)!.keys();
  return new Map([...pages].map((page) => [page, form.bigrams.map((bigram) => byBigram.get(bigram)!.get(page) ?? new Set<number>())]));
}

/** The reports holding one reading, with the start of each occurrence. */
async function formHits(pagefind: Pagefind, form: QueryForm): Promise<Map<string, number[]>> {
  const exact = await results(pagefind, `"${form.bigrams.join(' ')}"`);
  // A reading found nowhere (often the typed Traditional one) needs no positions.
  if (exact.length === 0) return new Map();
  // The chunks the phrase search loaded hold these positions: no further download.
  const positions = await bigramPositions(pagefind, form);
  return new Map(exact.map((result) => [result.id, occurrenceStarts(positions.get(result.id) ?? [])]));
}

/** The reports (catalog index) holding a query word in any reading, with its occurrences' start positions. */
export async function wordHits(pagefind: Pagefind, term: QueryTerm, reportOf: ReadonlyMap<string, number>): Promise<Map<number, number[]>> {
  const hits = new Map<number, number[]>();
  for (const form of term.forms) {
    for (const [page, starts] of await formHits(pagefind, form)) {
      const report = reportOf.get(page);
      if (report === undefined) throw new Error(`Search index and catalog disagree (page ${page}): reload the page`);
      hits.set(report, [...new Set([...(hits.get(report) ?? []), ...starts])].sort((a, b) => a - b));
    }
  }
  return hits;
}
