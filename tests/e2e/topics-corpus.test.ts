/**
 * The bar on built pages: the real corpus (../shared/corpus, ingested with
 * the real CLI) built as a site with the curated topics and formulations; every topic and
 * formulation page, in both scripts, lists exactly the reports whose text
 * contains its terms (plain-substring ground truth), and every link to a
 * report paragraph on those pages lands on an element with that id.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseCorpus, type CorpusAnalysis } from '../../src/utils/topics/corpus-analysis.ts';
import { curatedFormulations, curatedTopics, ingestCorpus, reportsContaining, type TruthReport } from '../site/topics/corpus-truth.ts';
import { buildSite } from './harness/build-site.ts';

const SCRIPTS = ['zh-hans', 'zh-hant'];
/** A link to a report paragraph in built HTML. */
const PARAGRAPH_LINK = /href="\/zh-han[st]\/reports\/([^/"]+)\/#([^"]+)"/g;

let dist: string;
let content: string;
let truth: TruthReport[];
let analysis: CorpusAnalysis;
const anchorCache = new Map<string, Set<string>>();

/** The ids of a built page. */
function idsOf(path: string): Set<string> {
  let ids = anchorCache.get(path);
  if (!ids) anchorCache.set(path, (ids = new Set([...readFileSync(path, 'utf8').matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!))));
  return ids;
}

/** Checks one subject page: its report list against the ground truth, and every paragraph link it holds. */
function expectPage(script: string, path: string, terms: readonly string[]): number {
  const html = readFileSync(join(dist, script, path, 'index.html'), 'utf8');
  const list = html.slice(html.indexOf('class="subject-report-list"'));
  const listed = [...new Set([...list.matchAll(PARAGRAPH_LINK)].map((match) => match[1]!))].sort();
  expect(listed, `${script}/${path}`).toEqual(reportsContaining(truth, terms));
  // The list's links to its years land on their headings.
  for (const [, id] of html.matchAll(/href="#(reports-[^"]+)"/g)) expect(html.includes(` id="${id}"`), `${script}/${path}#${id}`).toBe(true);
  const links = [...html.matchAll(PARAGRAPH_LINK)];
  for (const [, id, anchor] of links) {
    expect(idsOf(join(dist, script, 'reports', id!, 'index.html')).has(anchor!), `${script}/${path} → ${id}#${anchor}`).toBe(true);
  }
  return links.length;
}

beforeAll(() => {
  const corpus = ingestCorpus();
  content = corpus.content;
  truth = corpus.truth;
  analysis = analyseCorpus(corpus.entries, curatedTopics(), curatedFormulations());
  dist = buildSite(content);
});

// Each run ingests into a new folder, so neither it nor its build (~150 MB) is ever reused.
afterAll(() => {
  for (const path of [dist, content]) if (path) rmSync(path, { recursive: true, force: true });
});

describe('the real corpus, built', () => {
  it('topic pages list exactly the reports containing their terms, and their links land on paragraphs', () => {
    let links = 0;
    for (const script of SCRIPTS) for (const { slug, topic } of analysis.topics) links += expectPage(script, `topics/${slug}`, topic.terms);
    expect(links).toBeGreaterThan(1000);
  });

  it('formulation pages do the same, one per formulation of the index', () => {
    let links = 0;
    for (const script of SCRIPTS) {
      const index = readFileSync(join(dist, script, 'formulations', 'index.html'), 'utf8');
      const slugs = [...index.matchAll(/<tr data-slug="([0-9a-f]{10})"/g)].map((match) => match[1]).sort();
      expect(slugs).toEqual(analysis.formulations.map((coverage) => coverage.formulation.slug).sort());
      for (const { formulation } of analysis.formulations) links += expectPage(script, `formulations/${formulation.slug}`, [formulation.key]);
    }
    expect(links).toBeGreaterThan(10_000);
  });
});
