/**
 * Orders results. By relevance: BM25 over the query words' occurrences (every
 * occurrence counts, a title occurrence three times), longer reports weighed
 * down, rarer words weighed up; ties newest first. By date: newest first,
 * undated last.
 */
import type { SearchCatalog } from '../../utils/search/search-catalog.ts';

/** Sort orders (the URL's `sort` parameter; relevance is the default). */
export type SortOrder = 'relevance' | 'date';

/** One query word's occurrences: start positions per report (catalog index). */
export type WordHits = ReadonlyMap<number, readonly number[]>;

const K1 = 1.2;
const B = 0.75;
const TITLE_WEIGHT = 3;

/** Newest first: dates compare as strings (`2024-02-20` > `2024-02` > `2024` > undated). */
function byDate(catalog: SearchCatalog): (a: number, b: number) => number {
  return (a, b) => (catalog.dates[b]! < catalog.dates[a]! ? -1 : catalog.dates[b]! > catalog.dates[a]! ? 1 : a - b);
}

/** BM25 score of report `r`. */
function score(catalog: SearchCatalog, words: readonly WordHits[], r: number, averageLength: number): number {
  const total = catalog.ids.length;
  let sum = 0;
  for (const hits of words) {
    const starts = hits.get(r) ?? [];
    const inTitle = starts.filter((start) => start < catalog.titleEnds[r]!).length;
    const frequency = starts.length + (TITLE_WEIGHT - 1) * inTitle;
    const idf = Math.log(1 + (total - hits.size + 0.5) / (hits.size + 0.5));
    sum += (idf * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * catalog.lengths[r]!) / averageLength));
  }
  return sum;
}

/** The reports in the given order. */
export function rankReports(catalog: SearchCatalog, reports: readonly number[], words: readonly WordHits[], order: SortOrder): number[] {
  const newest = byDate(catalog);
  if (order === 'date') return [...reports].sort(newest);
  const averageLength = catalog.lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, catalog.lengths.length);
  const scores = new Map(reports.map((r) => [r, score(catalog, words, r, averageLength)]));
  return [...reports].sort((a, b) => scores.get(b)! - scores.get(a)! || newest(a, b));
}
