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
import { foldText } from '../../lib/search-text.ts';
import { t } from '../../i18n/t.ts';
import { escapeAttribute, escapeHtml } from '../html-escape.ts';
import { reportHref, topicsHref } from '../hrefs.ts';
import { localize, localizeRepeated, type LocalizeOptions } from '../localize.ts';
import { SITE_SCRIPTS } from '../locale.ts';
import { reportLocalizeOptions } from '../report-route.ts';
import { regionText, reportView, type ReportView } from '../report-view.ts';
import type { CorpusAnalysis } from './corpus-analysis.ts';
import { otherOccurrences, type ParallelLink } from './parallel-passages.ts';
import type { YearGroup } from './passage-groups.ts';
import { PARALLELS_ASIDE_END, PARALLELS_ASIDE_START } from './parallels-markup.ts';

/** Links shown beside one paragraph; more occurrences are counted, not listed. */
export const PARALLELS_SHOWN = 3;

interface Cached {
  view: ReportView;
  /** How the report's text is converted. */
  convert?: LocalizeOptions;
  /** Converted blocks, by block index: a passage quoted on several subject pages is converted once. */
  blocks?: Map<number, string>;
  /** Search text of Simplified blocks (`hans` entries only), by block index, for marking terms. */
  searchTexts?: Map<number, string>;
  /** The report's item in subject pages' report lists, around the anchor its link goes to (see `reportItem`). */
  listItem?: readonly [before: string, after: string];
  /** Items linking to the report's blocks in parallel-passage asides, by block index (each is listed beside many paragraphs). */
  parallelItems?: Map<number, string>;
}

/** Per analysis and script, the cache entry of each report by index (looked up hundreds of thousands of times a build). */
const cache = new WeakMap<CorpusAnalysis, Record<Script, Cached[]>>();
/** Per analysis and target script, block texts converted (see `localizeRepeated`). */
const conversions = new WeakMap<CorpusAnalysis, Record<Script, Map<string, string>>>();

/** The cache entry of report `index` in `script`. */
function cached(analysis: CorpusAnalysis, index: number, script: Script): Cached {
  let byScript = cache.get(analysis);
  if (!byScript) cache.set(analysis, (byScript = { hans: [], hant: [] }));
  let entry = byScript[script][index];
  if (!entry) {
    const { id, data } = analysis.entries[index]!;
    byScript[script][index] = entry = { view: reportView(id, data, script) };
  }
  return entry;
}

/** The view of report `index` for a page in `script`. */
export function corpusView(analysis: CorpusAnalysis, index: number, script: Script): ReportView {
  return cached(analysis, index, script).view;
}

/** `text`, written in report `index`'s original script, as a page in `script` shows it (conversions shared, see `localizeRepeated`). */
function converted(analysis: CorpusAnalysis, index: number, script: Script, text: string): string {
  const entry = cached(analysis, index, script);
  const { data, body } = analysis.entries[index]!;
  entry.convert ??= reportLocalizeOptions(data, body ?? '');
  let memo = conversions.get(analysis);
  if (!memo) conversions.set(analysis, (memo = { hans: new Map(), hant: new Map() }));
  return localizeRepeated(text, data.script, script, entry.convert, memo[script]);
}

/** Block `block` of report `index` (in its original script) as a page in `script` shows it. */
export function corpusText(analysis: CorpusAnalysis, index: number, script: Script, block: number): string {
  const entry = cached(analysis, index, script);
  let text = entry.blocks?.get(block);
  if (text === undefined) {
    text = converted(analysis, index, script, analysis.reports[index]!.blocks[block]!.text);
    (entry.blocks ??= new Map()).set(block, text);
  }
  return text;
}

/**
 * The sentence `[from, to)` (see `sentenceAround` in excerpt.ts) of block
 * `block` of report `index` as a page in `script` shows it: a slice of the
 * block when it is converted already (always so for Simplified pages, which
 * mark terms on it), else the sentence converted alone. Formulation pages
 * quote one sentence of paragraphs several times longer.
 */
export function corpusSentence(analysis: CorpusAnalysis, index: number, script: Script, block: number, [from, to]: readonly [number, number]): string {
  const whole = cached(analysis, index, script).blocks?.get(block);
  return whole !== undefined ? whole.slice(from, to) : converted(analysis, index, script, analysis.reports[index]!.blocks[block]!.text.slice(from, to));
}

/** Search text (search-text.ts) of block `block` of report `index` as the Simplified page shows it. */
export function corpusSearchText(analysis: CorpusAnalysis, index: number, block: number): string {
  const entry = cached(analysis, index, 'hans');
  let text = entry.searchTexts?.get(block);
  if (text === undefined) {
    text = foldText(corpusText(analysis, index, 'hans', block));
    (entry.searchTexts ??= new Map()).set(block, text);
  }
  return text;
}

/** Year groups from which a report list opens with links to each year. */
const JUMP_MIN_YEARS = 3;

/**
 * The report list of a subject page, as HTML: by year (newest first, undated
 * last), each year headed with its count, then by province; each report's
 * title links to its first passage, then its region. A list of three years
 * or more opens with a link to each year (a formulation many reports use
 * lists thousands). Written as one string (see `html-escape.ts`): the lists
 * of a build's subject pages hold hundreds of thousands of items.
 */
export function subjectReportList(analysis: CorpusAnalysis, years: readonly YearGroup[], script: Script): string {
  let jumps = '';
  let groups = '';
  for (const { year, regions } of years) {
    let items = '';
    let count = 0;
    for (const { reports } of regions) {
      for (const { report, blocks } of reports) {
        items += reportItem(analysis, report, blocks[0]!, script);
        count++;
      }
    }
    const heading = escapeHtml(year !== undefined ? String(year) : t(script, 'subject.yearUnknown'));
    const id = `reports-${year ?? 'undated'}`;
    jumps += `<li><a href="#${id}">${heading}</a><span class="listing-jump-count">${count}</span></li>`;
    groups +=
      `<h3 id="${id}">${heading}<span class="subject-report-count">${escapeHtml(t(script, 'topics.reportCount', { count }))}</span></h3>` +
      `<ol class="subject-report-list">${items}</ol>`;
  }
  if (years.length < JUMP_MIN_YEARS) return groups;
  return `<nav class="listing-jump" aria-label="${escapeAttribute(t(script, 'listing.jump.year'))}"><ol>${jumps}</ol></nav>${groups}`;
}

/** Report `index`'s item in a report list: its title linking to block `block`, then its region. */
function reportItem(analysis: CorpusAnalysis, index: number, block: number, script: Script): string {
  const entry = cached(analysis, index, script);
  if (!entry.listItem) {
    const { view } = entry;
    const region = regionText(view);
    entry.listItem = [`<li><a href="${escapeAttribute(view.href)}#`, `">${escapeHtml(view.title.text)}</a>${region ? `<span>${escapeHtml(region)}</span>` : ''}</li>`];
  }
  return entry.listItem[0] + escapeAttribute(analysis.reports[index]!.blocks[block]!.id) + entry.listItem[1];
}

/** `2024 · 浙江省杭州市`, or what of year and region is known (else the title). */
export function yearAndRegion(view: ReportView): string {
  return [view.year, regionText(view)].filter((part) => part !== undefined && part !== '').join(' · ') || view.title.text;
}

/**
 * The item of an aside linking to another occurrence by its report's year
 * and region, as the issue asks. No tooltip with the report's title and the
 * shared length: at 5,000 reports asides are the largest addition to the
 * site (66 MB a script), tooltips a third of it (~4 s of a build), for text
 * a touch or keyboard reader never sees; the link lands on the paragraph.
 */
function parallelItem(analysis: CorpusAnalysis, link: ParallelLink, script: Script): string {
  const entry = cached(analysis, link.report, script);
  let item = entry.parallelItems?.get(link.block);
  if (item === undefined) {
    const href = reportHref(script, entry.view.id, analysis.reports[link.report]!.blocks[link.block]!.id);
    item = `<li><a href="${escapeAttribute(href)}">${escapeHtml(yearAndRegion(entry.view))}</a></li>`;
    (entry.parallelItems ??= new Map()).set(link.block, item);
  }
  return item;
}

/**
 * What every aside of a script repeats, written once: its start (the label,
 * as text: a label element would be a fifth of an aside's bytes), its end,
 * and its "and N more" items by count.
 */
const asideStrings = Object.fromEntries(
  SITE_SCRIPTS.map((script) => [script, { start: `${PARALLELS_ASIDE_START}${escapeHtml(t(script, 'report.parallels'))}<ul>`, end: `</ul>${PARALLELS_ASIDE_END}`, more: new Map<number, string>() }]),
) as Record<Script, { start: string; end: string; more: Map<number, string> }>;

/**
 * Beside a paragraph that reappears in other reports: the aside linking those
 * occurrences by year and region, as HTML. One string per paragraph, not a
 * component: in a large archive most paragraphs of most report pages carry
 * one. Outside the paragraph, so search never reads it (no
 * `data-pagefind-ignore` needed); the search index cuts it out before
 * parsing the page (parallels-markup.ts).
 */
function parallelsAside(analysis: CorpusAnalysis, index: number, block: number, script: Script): string | undefined {
  const { links, total } = otherOccurrences(analysis.parallels, index, block, PARALLELS_SHOWN);
  if (total === 0) return undefined;
  const fixed = asideStrings[script];
  let items = '';
  for (const link of links) items += parallelItem(analysis, link, script);
  if (total > links.length) {
    let more = fixed.more.get(total);
    if (more === undefined) fixed.more.set(total, (more = `<li>${escapeHtml(t(script, 'report.parallelsMore', { count: total }))}</li>`));
    items += more;
  }
  return `${fixed.start}${items}${fixed.end}`;
}

/** Parallel-passage asides of report `index` (HTML, see `parallelsAside`), by paragraph anchor, for a page in `script`. */
export function parallelAsides(analysis: CorpusAnalysis, index: number, script: Script): Map<string, string> {
  const asides = new Map<string, string>();
  const report = analysis.reports[index];
  if (!report) return asides;
  for (const block of analysis.parallels.blocks[index]?.keys() ?? []) {
    const aside = parallelsAside(analysis, index, block, script);
    if (aside) asides.set(report.blocks[block]!.id, aside);
  }
  return asides;
}

/** A topic a report touches, as its page links it. */
export interface TopicLinkView {
  slug: string;
  name: string;
  href: string;
}

/** Topics report `index` touches, for a page in `script`. */
export function reportTopics(analysis: CorpusAnalysis, index: number, script: Script): TopicLinkView[] {
  return (analysis.topicsOfReport[index] ?? []).map((topicIndex) => {
    const { slug, topic } = analysis.topics[topicIndex]!;
    return { slug, name: localize(topic.name, 'hans', script), href: topicsHref(script, slug) };
  });
}
