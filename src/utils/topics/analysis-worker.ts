/**
 * Worker thread of `astro build` (started by src/integrations/topics-analysis.ts):
 * computes the topics analysis from the content files while the build's main
 * thread syncs the collections and bundles the pages, and sends back the
 * result with the fingerprint of what it read.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentPaths } from '../content-paths.ts';
import { analyseCorpus, analysisFingerprint, analysisResult, type PrecomputedAnalysis } from './corpus-analysis.ts';
import { readCollectionFiles } from './collection-files.ts';

const { reports, topics, curated } = readCollectionFiles(workerData as ContentPaths);
const precomputed: PrecomputedAnalysis = {
  fingerprint: analysisFingerprint(reports, topics, curated),
  result: analysisResult(analyseCorpus(reports, topics, curated)),
};
parentPort!.postMessage(precomputed);
