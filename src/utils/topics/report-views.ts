/**
 * What pages show of the cross-report analysis, built from the analysis and
 * cached per report and script (a report is named on hundreds of topic,
 * formulation and report pages: its view and text converter are made once).
 * - Report pages: the topics a report touches, and for each paragraph that
 *   reappears elsewhere the links to its other occurrences (year and region
 *   first: that is what a reader compares).
 * - Subject pages: each report's view and a converter of its text.
 */
import type { Script } from '../../lib/report-schema.ts';
import { reportHref, topicsHref } from '../hrefs.ts';
import { localize } from '../localize.ts';
import { createReportRoute } from '../report-route.ts';
import { reportView, type ReportView } from '../report-view.ts';
import type { CorpusAnalysis } from './corpus-analysis.ts';
import { otherOccurrences } from './parallel-passages.ts';

/** Links shown beside one paragraph; more occurrences are counted, not listed. */
export const PARALLELS_SHOWN = 3;

interface Cached {
  view: ReportView;
  convert?: (text: string) => string;
  /** Converted blocks, by block index: a passage quoted on several subject pages is converted once. */
  blocks?: Map<number, string>;
}

const cache = new WeakMap<CorpusAnalysis, Map<string, Cached>>();

/** The cache entry of report `index` in `script`. */
function cached(analysis: CorpusAnalysis, index: number, script: Script): Cached {
  let byReport = cache.get(analysis);
  if (!byReport) cache.set(analysis, (byReport = new Map()));
  const key = `${script}:${index}`;
  let entry = byReport.get(key);
  if (!entry) {
    const { id, data } = analysis.entries[index]!;
    byReport.set(key, (entry = { view: reportView(id, data, script) }));
  }
  return entry;
}

/** The view of report `index` for a page in `script`. */
export function corpusView(analysis: CorpusAnalysis, index: number, script: Script): ReportView {
  return cached(analysis, index, script).view;
}

/** Block `block` of report `index` (in its original script) as a page in `script` shows it. */
export function corpusText(analysis: CorpusAnalysis, index: number, script: Script, block: number): string {
  const entry = cached(analysis, index, script);
  let text = entry.blocks?.get(block);
  if (text === undefined) {
    if (!entry.convert) {
      const { data, body } = analysis.entries[index]!;
      entry.convert = createReportRoute(data, body ?? '', script).convert;
    }
    text = entry.convert(analysis.reports[index]!.blocks[block]!.text);
    (entry.blocks ??= new Map()).set(block, text);
  }
  return text;
}

/** `2024 · 浙江省杭州市`, or what of year and region is known (else the title). */
export function yearAndRegion(view: ReportView): string {
  const region = view.region.map((level) => level.label).join('');
  return [view.year, region].filter((part) => part !== undefined && part !== '').join(' · ') || view.title.text;
}

/** A link to another occurrence of a passage. */
export interface ParallelLinkView {
  href: string;
  label: string;
  /** The other report's title, for the link's tooltip. */
  title: string;
  /** Characters of the longest shared span. */
  shared: number;
}

/** The other occurrences of one paragraph, as shown. */
export interface ParallelView {
  links: ParallelLinkView[];
  /** Occurrences not listed. */
  more: number;
}

/** Parallel passages of report `index`, by paragraph anchor, for a page in `script`. */
export function parallelViews(analysis: CorpusAnalysis, index: number, script: Script): Map<string, ParallelView> {
  const views = new Map<string, ParallelView>();
  const report = analysis.reports[index];
  if (!report) return views;
  for (const block of analysis.parallels.blocks[index]?.keys() ?? []) {
    const { links, total } = otherOccurrences(analysis.parallels, index, block, PARALLELS_SHOWN);
    if (total === 0) continue;
    views.set(report.blocks[block]!.id, {
      links: links.map((link) => {
        const view = corpusView(analysis, link.report, script);
        const anchor = analysis.reports[link.report]!.blocks[link.block]!.id;
        return { href: reportHref(script, view.id, anchor), label: yearAndRegion(view), title: view.title.text, shared: link.shared };
      }),
      more: total - links.length,
    });
  }
  return views;
}

/** A topic a report touches, as its page links it. */
export interface TopicLinkView {
  slug: string;
  name: string;
  href: string;
}

/** Topics report `index` touches, for a page in `script`. */
export function reportTopics(analysis: CorpusAnalysis, index: number, script: Script): TopicLinkView[] {
  return (analysis.topicsOfReport[index] ?? []).map((t) => {
    const { slug, topic } = analysis.topics[t]!;
    return { slug, name: localize(topic.name, 'hans', script), href: topicsHref(script, slug) };
  });
}
