/**
 * The bar of topic and formulation pages, on the real corpus: every report
 * whose text contains a term is covered, and only those; every passage is an
 * anchored block of its report. The corpus (../shared/corpus) is ingested
 * with the real CLI into a temporary folder; the ground truth reads the
 * entries with ingest's own MDX parser and tests terms with plain `includes`
 * on each block's match text (the definition of "contains", see
 * src/utils/topics/corpus-text.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchTexts, stripToMatch } from '../../../src/lib/match-text.ts';
import { reportSchema } from '../../../src/lib/report-schema.ts';
import { splitEntry } from '../../../src/ingest/write/frontmatter.ts';
import { parseBody } from '../../../src/ingest/write/mdx-body.ts';
import { analyseCorpus, type CorpusAnalysis, type ReportEntry, type TopicEntry } from '../../../src/utils/topics/corpus-analysis.ts';
import { otherOccurrences } from '../../../src/utils/topics/parallel-passages.ts';
import { termMatchText } from '../../../src/utils/topics/subject-matches.ts';
import { topicSchema } from '../../../src/utils/topics/topic-schema.ts';
import { runCli, tempDir } from '../../ingest/write/fixtures.ts';

const CORPUS = ['seeds', 'pages', 'govreports-2024/txt'].map((part) => join('../shared/corpus', part));

/** A report of the ground truth: its id, script and blocks (anchor, match text) as ingest reads them. */
interface TruthReport {
  id: string;
  script: string;
  blocks: Array<{ anchor: string; match: string }>;
}

let entries: ReportEntry[];
let truth: TruthReport[];
let analysis: CorpusAnalysis;

/** Ids of the reports with a block containing one of `terms`, by plain substring. */
function reportsContaining(terms: readonly string[]): string[] {
  const keys = terms.map(termMatchText);
  return truth.filter((report) => report.blocks.some((block) => keys.some((key) => block.match.includes(key)))).map((report) => report.id);
}

/** Checks a subject's coverage against the ground truth and the anchors. */
function expectCoverage(label: string, terms: readonly string[], coverage: { reports: number[]; passages: Array<{ report: number; block: number }> }): void {
  const covered = coverage.reports.map((i) => analysis.reports[i]!.id);
  expect(covered, label).toEqual(reportsContaining(terms));
  const anchors = new Map(truth.map((report) => [report.id, new Set(report.blocks.map((block) => block.anchor))]));
  for (const { report, block } of coverage.passages) {
    const corpus = analysis.reports[report]!;
    expect(anchors.get(corpus.id)?.has(corpus.blocks[block]!.id), `${label}: ${corpus.id}#${corpus.blocks[block]!.id}`).toBe(true);
  }
}

beforeAll(() => {
  const out = join(tempDir('huibian-topics-'), 'reports');
  const run = runCli(['--out', out, '--overrides', join(out, '..', 'overrides'), ...CORPUS]);
  expect(run.status, run.stderr).toBe(0);
  entries = [];
  truth = [];
  for (const name of readdirSync(out).filter((file) => file.endsWith('.mdx')).sort()) {
    const { fields, body } = splitEntry(readFileSync(join(out, name), 'utf8'))!;
    const data = reportSchema.parse(fields);
    const id = name.replace(/\.mdx$/, '');
    entries.push({ id, data, body });
    const blocks = parseBody(body);
    // The definition: Traditional originals converted, Simplified ones as written (see corpus-text.ts).
    const matches = data.script === 'hant' ? matchTexts(blocks.map((block) => block.text)) : blocks.map((block) => stripToMatch(block.text.normalize('NFKC')));
    truth.push({ id, script: data.script, blocks: blocks.map((block, i) => ({ anchor: block.anchor, match: matches[i]! })) });
  }
  const topics: TopicEntry[] = readdirSync('content/topics').map((file) => ({
    id: file.replace(/\.ya?ml$/, ''),
    data: topicSchema.parse(yaml.load(readFileSync(join('content/topics', file), 'utf8'))),
  }));
  analysis = analyseCorpus(entries, topics);
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

  it('covers exactly the reports whose text contains a formulation, and only formulations of two reports or more', () => {
    expect(analysis.formulations.length).toBeGreaterThan(100);
    for (const coverage of analysis.formulations) {
      expectCoverage(coverage.formulation.surface, [coverage.formulation.key], coverage);
      expect(coverage.reports.length).toBeGreaterThanOrEqual(2);
    }
    const keys = new Set(analysis.formulations.map((coverage) => coverage.formulation.key));
    for (const key of ['两个维护', '一岗双责', '优质服务基层行', '三重一大']) expect(keys.has(key), key).toBe(true);
  });

  it('links parallel passages between anchored paragraphs of different reports that share 20 characters', () => {
    let links = 0;
    analysis.parallels.blocks.forEach((byBlock, r) => {
      for (const b of byBlock.keys()) {
        const own = analysis.reports[r]!.blocks[b]!.match;
        for (const link of otherOccurrences(analysis.parallels, r, b).links) {
          links++;
          expect(link.report).not.toBe(r);
          const other = analysis.reports[link.report]!.blocks[link.block]!.match;
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
