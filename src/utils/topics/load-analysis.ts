/**
 * The build's topics analysis, computed on first use and shared by every
 * page, as `load-catalog.ts` shares the catalog. Pages take only ids and
 * indices as props and read the analysis from here, so their props stay
 * small and serialisable (what Astro's parallel prerendering sends to its
 * worker threads, each of which then computes the analysis once).
 */
import { getCollection } from 'astro:content';
import { corpusAnalysis, type CorpusAnalysis } from './corpus-analysis.ts';
import { precomputedAnalysis } from './precomputed-analysis.ts';

let analysis: Promise<CorpusAnalysis> | undefined;

/**
 * The analysis of the reports, topics and curated formulations collections: one per build; under
 * `astro dev` read again per page, so edited entries show (`corpusAnalysis`
 * recomputes only when the collections changed).
 */
export function loadAnalysis(): Promise<CorpusAnalysis> {
  if (import.meta.env.DEV) analysis = undefined;
  analysis ??= Promise.all([getCollection('reports'), getCollection('topics'), getCollection('formulations'), precomputedAnalysis()]).then(
    ([reports, topics, curated, precomputed]) => corpusAnalysis(reports, topics, curated, precomputed),
  );
  return analysis;
}
