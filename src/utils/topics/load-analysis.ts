/**
 * The build's topics analysis, computed on first use and shared by every
 * page, as `load-catalog.ts` shares the catalog. Pages take only ids and
 * indices as props and read the analysis from here, so their props stay
 * small and serialisable (what Astro's parallel prerendering sends to its
 * worker threads, each of which then computes the analysis once).
 */
import { getCollection } from 'astro:content';
import type { Script } from '../../lib/report-schema.ts';
import { corpusAnalysis, isPrecomputed, type CorpusAnalysis } from './corpus-analysis.ts';
import { workerResults } from './precomputed-analysis.ts';
import { subjectPageCoverage, writtenCoverage, type SubjectKind, type WrittenCoverage } from './subject-coverage.ts';

interface Loaded {
  analysis: CorpusAnalysis;
  /** The subject pages' coverage the build's worker wrote, if the analysis is the worker's. */
  written: Promise<WrittenCoverage | undefined>;
}

let loaded: Promise<Loaded> | undefined;

/** Analyses the collections, or takes the worker's analysis of them (corpus-analysis.ts). */
async function analyse(): Promise<Loaded> {
  const worker = workerResults();
  const [reports, topics, curated, precomputed] = await Promise.all([getCollection('reports'), getCollection('topics'), getCollection('formulations'), worker.analysis]);
  const analysis = corpusAnalysis(reports, topics, curated, precomputed);
  return { analysis, written: isPrecomputed(analysis) ? worker.coverage : Promise.resolve(undefined) };
}

/**
 * The analysis, one per build; under `astro dev` read again per page, so
 * edited entries show (`corpusAnalysis` recomputes only when the collections
 * changed).
 */
function load(): Promise<Loaded> {
  if (import.meta.env.DEV) loaded = undefined;
  loaded ??= analyse();
  return loaded;
}

/** The analysis of the collections. */
export async function loadAnalysis(): Promise<CorpusAnalysis> {
  return (await load()).analysis;
}

/** The coverage HTML of subject page `index` of `kind` in `script`: as the build's worker wrote it, else written here. */
export async function loadSubjectCoverage(kind: SubjectKind, index: number, script: Script, site: URL | undefined): Promise<string> {
  const { analysis, written } = await load();
  const coverage = await written;
  return coverage ? writtenCoverage(coverage, analysis, kind, index, script) : subjectPageCoverage(analysis, kind, index, script, site);
}
