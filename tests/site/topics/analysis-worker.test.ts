/**
 * The build's topics analysis worker (src/integrations/topics-analysis.ts,
 * src/utils/topics/analysis-worker.ts): it reads the content files as the
 * collections' loaders do, its result joined with the entries is the analysis
 * computed in one thread, and pages take it only for the entries it read.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyseInWorker } from '../../../src/integrations/topics-analysis.ts';
import type { ContentPaths } from '../../../src/utils/content-paths.ts';
import type { WrittenCoverage } from '../../../src/utils/topics/subject-coverage.ts';
import { SITE_SCRIPTS } from '../../../src/utils/locale.ts';
import { subjectPageCoverage, writtenCoverage } from '../../../src/utils/topics/subject-coverage.ts';
import { readCollectionFiles, type CollectionFiles } from '../../../src/utils/topics/collection-files.ts';
import {
  analyseCorpus,
  analysisFingerprint,
  corpusAnalysis,
  withReports,
  type CorpusAnalysis,
  type PrecomputedAnalysis,
} from '../../../src/utils/topics/corpus-analysis.ts';
import { CURATED_FORMULATIONS, curatedFormulations, curatedTopics, ingestCorpus, readReportEntries } from './corpus-truth.ts';

/** A logger that keeps the warnings. */
function logger(warnings: string[]): AstroIntegrationLogger {
  return { warn: (message: string) => warnings.push(message) } as unknown as AstroIntegrationLogger;
}

/** The analysis as pages see it: blocks without their match text. */
function outlined(analysis: CorpusAnalysis): CorpusAnalysis {
  return { ...analysis, reports: analysis.reports.map((report) => ({ ...report, blocks: report.blocks.map(({ id, kind, text, depth }) => ({ id, kind, text, ...(depth !== undefined ? { depth } : {}) })) })) };
}

let content: string;
let paths: ContentPaths;
let files: CollectionFiles;
let precomputed: PrecomputedAnalysis | undefined;
let written: WrittenCoverage | undefined;
const warnings: string[] = [];
const SITE = 'https://huibian.example.org';

beforeAll(async () => {
  content = ingestCorpus().content;
  paths = { reports: join(content, 'reports'), topics: resolve('content/topics'), formulations: resolve(CURATED_FORMULATIONS) };
  files = readCollectionFiles(paths);
  const results = analyseInWorker(paths, SITE, logger(warnings));
  [precomputed, written] = await Promise.all([results.analysis, results.coverage]);
}, 120_000);

afterAll(() => {
  if (content) rmSync(content, { recursive: true, force: true });
});

describe('the topics analysis worker', () => {
  it('reads the reports, topics and curated formulations as ingest and the curation tests read them', () => {
    expect(files.reports.length).toBeGreaterThan(150);
    // The loader trims the body; ingest's parser keeps its final newline.
    expect(files.reports).toEqual(readReportEntries(paths.reports).map((entry) => ({ ...entry, body: entry.body?.trim() })));
    expect(files.topics.sort((a, b) => a.id.localeCompare(b.id))).toEqual(curatedTopics().sort((a, b) => a.id.localeCompare(b.id)));
    expect(files.curated.map(({ id, data }) => ({ id, data }))).toEqual(curatedFormulations().map(({ id, data }) => ({ id, data })));
  });

  it('hands back the analysis computed in one thread, with the fingerprint of what it read', () => {
    expect(warnings).toEqual([]);
    expect(precomputed).toBeDefined();
    expect(precomputed!.fingerprint).toBe(analysisFingerprint(files.reports, files.topics, files.curated));
    const inThread = analyseCorpus(files.reports, files.topics, files.curated);
    expect(inThread.formulations.length).toBeGreaterThan(100);
    expect(inThread.parallels.occurrences.length).toBeGreaterThan(10);
    expect(withReports(precomputed!.result, files.reports)).toEqual(outlined(inThread));
  });

  it("then writes every topic and formulation page's coverage, in both scripts, as the page would", () => {
    expect(written).toBeDefined();
    const analysis = withReports(precomputed!.result, files.reports);
    const pages = [...analysis.topics.map((_, i) => ['topic', i] as const), ...analysis.formulations.map((_, i) => ['formulation', i] as const)];
    expect(written!.ends).toHaveLength(pages.length * SITE_SCRIPTS.length);
    for (const [kind, index] of pages) {
      for (const script of SITE_SCRIPTS) {
        const html = writtenCoverage(written!, analysis, kind, index, script);
        expect(html, `${kind} ${index} ${script}`).toBe(subjectPageCoverage(analysis, kind, index, script, new URL(SITE)));
      }
    }
    // Absolute citation URLs name the site; the Traditional pages are converted.
    const first = writtenCoverage(written!, analysis, 'topic', 0, 'hant');
    expect(first).toContain(`data-canonical="${SITE}/zh-hant/reports/`);
    expect(first).toContain('報告列表');
  });

  it('is taken for the entries it read, and not for others', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      // Digests key corpusAnalysis's memo, as the collections' do.
      const entries = files.reports.map((entry) => ({ ...entry, digest: 'a' }));
      const taken = corpusAnalysis(entries, files.topics, files.curated, precomputed);
      expect(warn).not.toHaveBeenCalled();
      expect(taken.formulations).toBe(precomputed!.result.formulations);

      const [first, ...rest] = files.reports;
      const edited = [{ ...first!, body: first!.body!.replace(/<\/P>/, '（编者补）</P>'), digest: 'b' }, ...rest.map((entry) => ({ ...entry, digest: 'b' }))];
      const again = corpusAnalysis(edited, files.topics, files.curated, precomputed);
      expect(warn).toHaveBeenCalledOnce();
      expect(again.formulations).not.toBe(precomputed!.result.formulations);
      expect(again).toEqual(analyseCorpus(edited, files.topics, files.curated));
    } finally {
      warn.mockRestore();
    }
  });

  it('fails softly on a broken entry: a warning, and the pages analyse the collections (whose loader names the file)', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'huibian-worker-'));
    try {
      const name = readReportEntries(paths.reports)[0]!.id;
      cpSync(paths.reports, join(broken, 'reports'), { recursive: true });
      const file = join(broken, 'reports', `${name}.mdx`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^genre: .*$/m, 'genre: "演讲"'));
      const brokenWarnings: string[] = [];
      const results = analyseInWorker({ ...paths, reports: join(broken, 'reports') }, SITE, logger(brokenWarnings));
      expect(await results.analysis).toBeUndefined();
      expect(await results.coverage).toBeUndefined();
      expect(brokenWarnings).toHaveLength(1);
      expect(brokenWarnings[0]).toContain('the topics analysis worker failed');
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('the fingerprint of what the analysis reads', () => {
  it('ignores the order of entries and changes with any id, field, body, topic or curated formulation', () => {
    const { reports, topics, curated } = files;
    const base = analysisFingerprint(reports, topics, curated);
    expect(analysisFingerprint([...reports].reverse(), [...topics].reverse(), curated)).toBe(base);
    const [first, ...rest] = reports;
    const variants = [
      analysisFingerprint([{ ...first!, id: `${first!.id}x` }, ...rest], topics, curated),
      analysisFingerprint([{ ...first!, data: { ...first!.data, year: 1999 } }, ...rest], topics, curated),
      analysisFingerprint([{ ...first!, body: `${first!.body} ` }, ...rest], topics, curated),
      analysisFingerprint(reports, [{ ...topics[0]!, data: { ...topics[0]!.data, terms: [...topics[0]!.data.terms, '新词语'] } }, ...topics.slice(1)], curated),
      analysisFingerprint(reports, topics, curated.slice(1)),
      // A report moved into the topics' place is not the same input.
      analysisFingerprint(rest, topics, curated),
    ];
    for (const variant of variants) expect(variant).not.toBe(base);
    expect(new Set(variants).size).toBe(variants.length);
  });
});
