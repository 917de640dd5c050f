/**
 * The bar of topic and formulation pages, on the real corpus: every report
 * whose text contains a term is covered, and only those; every passage is an
 * anchored block of its report (ground truth: ./corpus-truth.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseCorpus, type CorpusAnalysis } from '../../../src/utils/topics/corpus-analysis.ts';
import { formulationCuration } from '../../../src/utils/topics/curated-formulations.ts';
import { otherOccurrences } from '../../../src/utils/topics/parallel-passages.ts';
import { curatedFormulations, curatedTopics, ingestCorpus, reportsContaining, type TruthReport } from './corpus-truth.ts';

let truth: TruthReport[];
let analysis: CorpusAnalysis;

/** Checks a subject's coverage against the ground truth and the anchors. */
function expectCoverage(label: string, terms: readonly string[], coverage: { reports: number[]; passages: Array<{ report: number; block: number }> }): void {
  const covered = coverage.reports.map((i) => analysis.reports[i]!.id);
  expect(covered, label).toEqual(reportsContaining(truth, terms));
  const anchors = new Map(truth.map((report) => [report.id, new Set(report.blocks.map((block) => block.anchor))]));
  for (const { report, block } of coverage.passages) {
    const corpus = analysis.reports[report]!;
    expect(anchors.get(corpus.id)?.has(corpus.blocks[block]!.id), `${label}: ${corpus.id}#${corpus.blocks[block]!.id}`).toBe(true);
  }
}

beforeAll(() => {
  const corpus = ingestCorpus();
  truth = corpus.truth;
  analysis = analyseCorpus(corpus.entries, curatedTopics(), curatedFormulations());
}, 120_000);

describe('on the real corpus', () => {
  it('ingests both scripts', () => {
    expect(truth.length).toBeGreaterThan(150);
    expect(truth.some((report) => report.script === 'hant')).toBe(true);
  });

  it('covers exactly the reports whose text contains a topic term, on anchored blocks', () => {
    expect(analysis.topics.length).toBeGreaterThanOrEqual(20);
    for (const coverage of analysis.topics) expectCoverage(coverage.slug, coverage.topic.terms, coverage);
    // Traditional originals are matched too.
    const hant = new Set(truth.filter((report) => report.script === 'hant').map((report) => report.id));
    expect(analysis.topics.some((coverage) => coverage.reports.some((i) => hant.has(analysis.reports[i]!.id)))).toBe(true);
  });

  it('covers exactly the reports whose text contains a formulation, and only formulations of two reports or more or curated ones', () => {
    expect(analysis.formulations.length).toBeGreaterThan(100);
    for (const coverage of analysis.formulations) {
      expectCoverage(coverage.formulation.surface, [coverage.formulation.key], coverage);
      expect(coverage.reports.length).toBeGreaterThanOrEqual(coverage.formulation.curated ? 1 : 2);
    }
    const keys = new Set(analysis.formulations.map((coverage) => coverage.formulation.key));
    for (const key of ['两个维护', '一岗双责', '优质服务基层行', '三重一大']) expect(keys.has(key), key).toBe(true);
    // content/formulations.yml: every added formulation is in some report; no hidden one is listed.
    const { added, hidden } = formulationCuration(curatedFormulations());
    expect(analysis.unusedCurated).toEqual([]);
    for (const key of added.keys()) expect(keys.has(key), key).toBe(true);
    for (const key of hidden) expect(keys.has(key), key).toBe(false);
  });

  it('links parallel passages between anchored paragraphs of different reports that share 20 characters', () => {
    let links = 0;
    // Match texts from the ground truth (ingest's parser), block by block as the analysis numbers them.
    const truthById = new Map(truth.map((report) => [report.id, report]));
    const matchOf = (r: number, b: number): string => truthById.get(analysis.reports[r]!.id)!.blocks[b]!.match;
    analysis.parallels.blocks.forEach((byBlock, r) => {
      for (const b of byBlock.keys()) {
        const own = matchOf(r, b);
        for (const link of otherOccurrences(analysis.parallels, r, b).links) {
          links++;
          expect(link.report).not.toBe(r);
          const other = matchOf(link.report, link.block);
          // The longest shared span is there, in both texts.
          const span = [...Array(own.length - link.shared + 1).keys()].map((i) => own.slice(i, i + link.shared)).find((s) => other.includes(s));
          expect(span, `${analysis.reports[r]!.id} ↔ ${analysis.reports[link.report]!.id}`).toBeDefined();
          expect(link.shared).toBeGreaterThanOrEqual(20);
        }
      }
    });
    expect(links).toBeGreaterThan(0);
  });
});
