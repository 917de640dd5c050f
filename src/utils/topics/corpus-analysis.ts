/**
 * Everything topics, formulations and parallel passages need, computed once
 * per build from the whole collection: the pages of every route call
 * `corpusAnalysis` from `getStaticPaths`, and a module-level memo keyed on
 * the collection (entry ids and digests) makes the first call the only one.
 * A build computes it in a worker thread meanwhile (`analysis-worker.ts`),
 * from the same files, while Astro syncs the collections and bundles the
 * pages; `corpusAnalysis` takes that result when it was computed on exactly
 * the entries the collections hold.
 */
import { createHash } from 'node:crypto';
import type { ReportFrontmatter } from '../../lib/report-schema.ts';
import { readReport, reportOutline, TextFolds, type ReportOutline } from './corpus-text.ts';
import { formulationCuration, type CuratedEntry } from './curated-formulations.ts';
import { FormulationTally, type Formulation } from './formulations.ts';
import { findParallels, type Parallels } from './parallel-passages.ts';
import { matchSubjects, passageReports, type Passage } from './subject-matches.ts';
import { relateSubjects, type SubjectRelations } from './subject-relations.ts';
import type { Topic } from './topic-schema.ts';

/** A report entry as the collection gives it. */
export interface ReportEntry {
  id: string;
  data: ReportFrontmatter;
  body?: string | undefined;
  digest?: string | number | undefined;
}

/** A topic entry as the collection gives it (id: the file name, the topic's slug). */
export interface TopicEntry {
  id: string;
  data: Topic;
  digest?: string | number | undefined;
}

/** What a subject (topic or formulation) covers. */
export interface SubjectCoverage {
  passages: Passage[];
  /** Indices of the reports with a passage, in corpus order. */
  reports: number[];
}

/** A topic with its coverage. */
export interface TopicCoverage extends SubjectCoverage {
  slug: string;
  topic: Topic;
}

/** A formulation with its coverage and when and where it is used. */
export interface FormulationCoverage extends SubjectCoverage {
  formulation: Formulation;
  firstYear?: number;
  lastYear?: number;
  /** Provinces of the reports using it (Simplified), by name. */
  provinces: string[];
}

/** The analysis of a collection (with which formulations speak of which topics). */
export interface CorpusAnalysis extends SubjectRelations {
  /** Reports in corpus order (by id), with their entries. */
  reports: ReportOutline[];
  entries: ReportEntry[];
  /** Index of a report id in `reports`. */
  indexOf: ReadonlyMap<string, number>;
  topics: TopicCoverage[];
  formulations: FormulationCoverage[];
  /** Topic indices each report touches. */
  topicsOfReport: number[][];
  parallels: Parallels;
  /** Names of curated formulations no report contains (not listed). */
  unusedCurated: string[];
}

/** A formulation must be extracted from at least this many reports (or it is one report's phrase); a curated one needs one. */
export const FORMULATION_MIN_REPORTS = 2;

/** Years and provinces of a formulation's reports. */
function usage(reports: readonly ReportOutline[], indices: readonly number[]): Pick<FormulationCoverage, 'firstYear' | 'lastYear' | 'provinces'> {
  const years = indices.map((i) => reports[i]!.year).filter((year) => year !== undefined);
  const provinces = [...new Set(indices.map((i) => reports[i]!.province).filter((name) => name !== undefined))].sort();
  return years.length > 0 ? { firstYear: Math.min(...years), lastYear: Math.max(...years), provinces } : { provinces };
}

/** Entries in corpus order: by id. */
function byId<T extends { id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Analyses a collection (not memoised; see `corpusAnalysis`). */
export function analyseCorpus(reportEntries: readonly ReportEntry[], topicEntries: readonly TopicEntry[], curatedEntries: readonly CuratedEntry[] = []): CorpusAnalysis {
  const entries = byId(reportEntries);
  const tally = new FormulationTally();
  const folds = new TextFolds();
  const reports = entries.map((entry) => {
    const { report, simplified } = readReport(entry.id, entry.data, entry.body ?? '', folds);
    tally.addReport(simplified);
    return report;
  });
  const topicList = byId(topicEntries);
  const formulationList = tally.formulations(FORMULATION_MIN_REPORTS, formulationCuration(curatedEntries));
  const passages = matchSubjects(
    [...topicList.map((entry) => entry.data.terms), ...formulationList.map((formulation) => [formulation.key])],
    reports,
  );
  const topics = topicList.map((entry, i) => ({ slug: entry.id, topic: entry.data, passages: passages[i]!, reports: passageReports(passages[i]!) }));
  const coverages = formulationList.map((formulation, i) => {
    const found = passages[topicList.length + i]!;
    const indices = passageReports(found);
    return { formulation, passages: found, reports: indices, ...usage(reports, indices) };
  });
  const formulations = coverages.filter((coverage) => coverage.reports.length >= (coverage.formulation.curated ? 1 : FORMULATION_MIN_REPORTS));
  const topicsOfReport: number[][] = reports.map(() => []);
  topics.forEach((coverage, t) => {
    for (const r of coverage.reports) topicsOfReport[r]!.push(t);
  });
  return {
    reports,
    entries,
    indexOf: new Map(entries.map((entry, i) => [entry.id, i])),
    topics,
    formulations,
    topicsOfReport,
    ...relateSubjects(
      topics.map((coverage) => coverage.topic.terms),
      formulations.map((coverage) => ({ key: coverage.formulation.key, reports: coverage.reports.length })),
    ),
    parallels: findParallels(reports),
    unusedCurated: coverages.filter((coverage) => coverage.formulation.curated && coverage.reports.length === 0).map((coverage) => coverage.formulation.surface),
  };
}

/**
 * Whether this build computes topics, formulations and parallel passages.
 * `HUIBIAN_TOPICS=off` switches them off (no subject pages, no topic or
 * parallel links on report pages): `bench:build` builds the site both ways to
 * measure what they add.
 */
export function topicsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.HUIBIAN_TOPICS !== 'off';
}

/** The analysis without the reports and entries it was computed on: what a worker thread sends back. */
export type AnalysisResult = Omit<CorpusAnalysis, 'reports' | 'entries' | 'indexOf'>;

/** An analysis computed elsewhere (`analysis-worker.ts`), with the fingerprint of the entries it read. */
export interface PrecomputedAnalysis {
  fingerprint: string;
  result: AnalysisResult;
}

/** The part of `analysis` a worker sends back: the reports' outlines are read again from the entries, in less time than sending them. */
export function analysisResult(analysis: CorpusAnalysis): AnalysisResult {
  const { reports, entries, indexOf, ...result } = analysis;
  return result;
}

/** The analysis of `reportEntries`, given the result computed on the same entries. */
export function withReports(result: AnalysisResult, reportEntries: readonly ReportEntry[]): CorpusAnalysis {
  const entries = byId(reportEntries);
  return {
    ...result,
    reports: entries.map((entry) => reportOutline(entry.id, entry.data, entry.body ?? '')),
    entries,
    indexOf: new Map(entries.map((entry, i) => [entry.id, i])),
  };
}

/**
 * Fingerprint of what the analysis reads: every entry's id, validated data
 * and body, in corpus order. Equal fingerprints mean the worker read what the
 * collections hold (Astro's digests are its own, computed on the raw files).
 */
export function analysisFingerprint(reports: readonly ReportEntry[], topics: readonly TopicEntry[], curated: readonly CuratedEntry[]): string {
  const hash = createHash('sha256');
  for (const entries of [reports, topics, curated] as ReadonlyArray<ReadonlyArray<{ id: string; data: unknown; body?: string | undefined }>>) {
    for (const entry of byId(entries)) hash.update(`${entry.id}\0${JSON.stringify(entry.data)}\0${entry.body ?? ''}\0`);
    hash.update('\u0001');
  }
  return hash.digest('hex');
}

let memo: { key: string; analysis: CorpusAnalysis } | undefined;

/** Analyses made of a worker's result: the subject pages' coverage the worker wrote next is theirs too. */
const precomputedAnalyses = new WeakSet<CorpusAnalysis>();

/** Whether `analysis` is a worker's result (see `corpusAnalysis`). */
export function isPrecomputed(analysis: CorpusAnalysis): boolean {
  return precomputedAnalyses.has(analysis);
}

/** Key of the collections: their entries' ids and content digests. */
function collectionKey(...collections: ReadonlyArray<readonly { id: string; digest?: string | number | undefined }[]>): string {
  return collections.map((entries) => entries.map((entry) => `${entry.id}:${entry.digest ?? ''}`).join('|')).join('||');
}

/**
 * The analysis of the collections, computed once per collection (per build):
 * `precomputed` when it was computed on exactly these entries, else here.
 */
export function corpusAnalysis(
  reports: readonly ReportEntry[],
  topics: readonly TopicEntry[],
  curated: readonly CuratedEntry[],
  precomputed?: PrecomputedAnalysis,
): CorpusAnalysis {
  if (!topicsEnabled()) return analyseCorpus([], []);
  const key = collectionKey(reports, topics, curated);
  if (memo?.key !== key) {
    const matches = precomputed !== undefined && precomputed.fingerprint === analysisFingerprint(reports, topics, curated);
    // The worker reads the files as the collections' loaders do; a difference is a bug to hear of, not to hide.
    if (precomputed && !matches) console.warn('Topics analysis: the worker read other entries than the collections hold; analysed again');
    memo = { key, analysis: matches ? withReports(precomputed.result, reports) : analyseCorpus(reports, topics, curated) };
    if (matches) precomputedAnalyses.add(memo.analysis);
    // Likely a typo: the curator learns of it from the build's log.
    const unused = memo.analysis.unusedCurated;
    if (unused.length > 0) console.warn(`Curated formulations in no report, not listed: ${unused.join('、')}`);
  }
  return memo.analysis;
}
