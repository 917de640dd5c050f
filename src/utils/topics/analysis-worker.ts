/**
 * Worker thread of `astro build` (started by src/integrations/topics-analysis.ts):
 * computes the topics analysis from the content files while the build's main
 * thread syncs the collections and bundles the pages, and sends it back with
 * the fingerprint of what it read; then writes every topic and formulation
 * page's coverage (subject-coverage.ts), which the pages take instead of
 * writing it themselves, and sends that.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentPaths } from '../content-paths.ts';
import { analyseCorpus, analysisFingerprint, analysisResult, type PrecomputedAnalysis } from './corpus-analysis.ts';
import { readCollectionFiles } from './collection-files.ts';
import { writeCoverage } from './subject-coverage.ts';

/** What the worker is given: the content files (absolute paths) and the site's URL (Astro's `site`), which citations name. */
export interface AnalysisWorkerData {
  paths: ContentPaths;
  site: string | undefined;
}

const { paths, site } = workerData as AnalysisWorkerData;
const { reports, topics, curated } = readCollectionFiles(paths);
const analysis = analyseCorpus(reports, topics, curated);
const precomputed: PrecomputedAnalysis = { fingerprint: analysisFingerprint(reports, topics, curated), result: analysisResult(analysis) };
parentPort!.postMessage(precomputed);
const written = writeCoverage(analysis, site === undefined ? undefined : new URL(site));
parentPort!.postMessage(written, [written.bytes]);
