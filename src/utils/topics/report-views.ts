/**
 * What a report page shows of the cross-report analysis: the topics the
 * report touches, and for each paragraph that reappears elsewhere the links
 * to its other occurrences (year and region first: that is what a reader
 * compares).
 */
import type { Script } from '../../lib/report-schema.ts';
import { reportHref, topicsHref } from '../hrefs.ts';
import { localize } from '../localize.ts';
import { reportView } from '../report-view.ts';
import type { CorpusAnalysis } from './corpus-analysis.ts';

/** Links shown beside one paragraph; more occurrences are counted, not listed. */
export const PARALLELS_SHOWN = 5;

/** A link to another occurrence of a passage. */
export interface ParallelLinkView {
  href: string;
  /** `2024 · 浙江省杭州市`, or just the region or year known. */
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
  for (const [block, links] of analysis.parallels[index] ?? []) {
    const shown = links.slice(0, PARALLELS_SHOWN).map((link) => {
      const entry = analysis.entries[link.report]!;
      const view = reportView(entry.id, entry.data, script);
      const region = view.region.map((level) => level.label).join('');
      const label = [view.year, region].filter((part) => part !== undefined && part !== '').join(' · ') || view.title.text;
      const anchor = analysis.reports[link.report]!.blocks[link.block]!.id;
      return { href: reportHref(script, entry.id, anchor), label, title: view.title.text, shared: link.shared };
    });
    views.set(report.blocks[block]!.id, { links: shown, more: links.length - shown.length });
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
