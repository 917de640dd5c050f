/**
 * What a topic or formulation page shows of its coverage, as HTML: charts of
 * reports per year and per province; the passages of the newest reports
 * grouped by year and region (the terms marked; each with its source, a link
 * to the paragraph and a copy-with-citation button); and every report by
 * year and region, linked to its first passage. One string per page (see
 * html-escape.ts), so that the build's analysis worker can write the
 * formulation pages' coverage ahead of them (analysis-worker.ts);
 * `SubjectCoverage.astro` places it and brings the page's copy script.
 */
import type { Script } from '../../lib/report-schema.ts';
import { t } from '../../i18n/t.ts';
import { barChartFigure } from '../bar-chart.ts';
import { escapeAttribute as attr, escapeHtml as text } from '../html-escape.ts';
import { localize } from '../localize.ts';
import { SITE_SCRIPTS } from '../locale.ts';
import type { CorpusAnalysis, SubjectCoverage } from './corpus-analysis.ts';
import { subjectLayout, type PassageLimits } from './passage-groups.ts';
import { subjectReportList } from './report-views.ts';
import { subjectPassages } from './subject-passages.ts';
import { termMatchText } from './subject-matches.ts';

/** Passages a topic page shows: those of the 60 newest reports, three per report (every report is in the list below them). */
const TOPIC_PASSAGES: PassageLimits = { reports: 60, perReport: 3 };

/**
 * Passages a formulation page shows: the sentence using the formulation (up
 * to 120 characters) in each of the 12 newest reports; every report is in
 * the list below them, and each sentence's ¶ link opens its paragraph.
 * Thousands of formulations each get a page.
 */
const FORMULATION_PASSAGES: PassageLimits = { reports: 12, perReport: 1, excerpt: 120 };

/** Sum of a chart's counts. */
function total(counts: readonly { value: number }[]): number {
  return counts.reduce((sum, count) => sum + count.value, 0);
}

/** The coverage part of a subject page in `script`: `terms` (as written) are marked in its passages; `site` makes its citations' URLs absolute. */
function subjectCoverageHtml(
  analysis: CorpusAnalysis,
  coverage: SubjectCoverage,
  terms: readonly string[],
  limits: PassageLimits,
  script: Script,
  site: URL | undefined,
): string {
  const layout = subjectLayout(coverage, analysis.reports, limits);
  const { years, quoted } = layout;
  const provinces = layout.provinces.map((count) => ({ ...count, label: localize(count.label, 'hans', script) }));
  let html = '';
  if (coverage.reports.length > 0) {
    html += '<div class="subject-charts">';
    if (years.length > 0) {
      html += barChartFigure({ id: 'chart-years', title: t(script, 'subject.chart.years'), description: t(script, 'subject.chart.yearsDesc', { count: total(years) }), counts: years });
    }
    if (provinces.length > 0) {
      html += barChartFigure({
        id: 'chart-provinces',
        title: t(script, 'subject.chart.provinces'),
        description: t(script, 'subject.chart.provincesDesc', { count: total(provinces) }),
        counts: provinces,
      });
    }
    html += '</div>';
  }
  const note =
    (limits.excerpt === undefined ? t(script, 'subject.passagesNote', { count: limits.perReport }) : t(script, 'subject.excerptsNote')) +
    (coverage.reports.length > limits.reports ? t(script, 'subject.passagesNewest', { shown: limits.reports, count: coverage.reports.length }) : '');
  return (
    html +
    `<section class="subject-passages" aria-labelledby="passages-heading" data-report data-copied="${attr(t(script, 'report.copied'))}" data-copy-failed="${attr(t(script, 'report.copyFailed'))}">` +
    `<h2 id="passages-heading">${text(t(script, 'subject.passages'))}</h2>` +
    `<p class="subject-note">${text(note)}</p>` +
    subjectPassages(analysis, quoted, terms.map(termMatchText), script, site, limits.excerpt) +
    '<p class="copy-status" role="status" aria-live="polite" data-copy-status></p></section>' +
    `<section class="subject-reports" aria-labelledby="reports-heading"><h2 id="reports-heading">${text(t(script, 'subject.reports'))}</h2>` +
    subjectReportList(analysis, layout.reports, script) +
    '</section>'
  );
}

/** A subject page's kind: a topic or a formulation. */
export type SubjectKind = 'topic' | 'formulation';

/** What the coverage of subject `index` of `kind` shows: its coverage, the terms it marks, its limits. */
function subjectPage(analysis: CorpusAnalysis, kind: SubjectKind, index: number): { coverage: SubjectCoverage; terms: readonly string[]; limits: PassageLimits } {
  if (kind === 'topic') {
    const coverage = analysis.topics[index]!;
    return { coverage, terms: coverage.topic.terms, limits: TOPIC_PASSAGES };
  }
  const coverage = analysis.formulations[index]!;
  return { coverage, terms: [coverage.formulation.key], limits: FORMULATION_PASSAGES };
}

/** The coverage HTML of subject `index` of `kind` in `script`. */
export function subjectPageCoverage(analysis: CorpusAnalysis, kind: SubjectKind, index: number, script: Script, site: URL | undefined): string {
  const { coverage, terms, limits } = subjectPage(analysis, kind, index);
  return subjectCoverageHtml(analysis, coverage, terms, limits, script, site);
}

/**
 * Every subject page's coverage HTML (topics, then formulations, each in
 * every site script), as UTF-8 in one buffer: the worker sends it without a
 * copy, and a page decodes only its own.
 */
export interface WrittenCoverage {
  bytes: ArrayBuffer;
  /** End offset of each page's HTML, in page order. */
  ends: number[];
}

/** Position of a subject page in `WrittenCoverage` order. */
function pageSlot(analysis: CorpusAnalysis, kind: SubjectKind, index: number, script: Script): number {
  return ((kind === 'topic' ? 0 : analysis.topics.length) + index) * SITE_SCRIPTS.length + SITE_SCRIPTS.indexOf(script);
}

/** Writes the coverage of every subject page of `analysis`. */
export function writeCoverage(analysis: CorpusAnalysis, site: URL | undefined): WrittenCoverage {
  const encoder = new TextEncoder();
  const pages: Uint8Array[] = [];
  const subjects = [...analysis.topics.map((_, i) => ['topic', i] as const), ...analysis.formulations.map((_, i) => ['formulation', i] as const)];
  for (const [kind, index] of subjects) {
    for (const script of SITE_SCRIPTS) pages.push(encoder.encode(subjectPageCoverage(analysis, kind, index, script, site)));
  }
  const bytes = new Uint8Array(pages.reduce((sum, page) => sum + page.length, 0));
  const ends: number[] = [];
  let end = 0;
  for (const page of pages) {
    bytes.set(page, end);
    ends.push((end += page.length));
  }
  return { bytes: bytes.buffer, ends };
}

const decoder = new TextDecoder();

/** The coverage HTML of subject `index` of `kind` in `script`, from `written` (written for `analysis`). */
export function writtenCoverage(written: WrittenCoverage, analysis: CorpusAnalysis, kind: SubjectKind, index: number, script: Script): string {
  const slot = pageSlot(analysis, kind, index, script);
  const start = slot === 0 ? 0 : written.ends[slot - 1]!;
  return decoder.decode(new Uint8Array(written.bytes, start, written.ends[slot]! - start));
}
