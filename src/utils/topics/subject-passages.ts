/**
 * The passages of a topic or formulation page as HTML: by year, then
 * province, then report (its title, region and date linking to it, the
 * attribution the copy button uses), each passage with the subject's terms
 * marked, a ¶ link to its paragraph and a copy button. One string (see `html-escape.ts`): thousands
 * of subject pages quote a dozen or more passages each.
 */
import type { Script } from '../../lib/report-schema.ts';
import { shownRanges, termRanges } from '../../lib/search-text.ts';
import { t } from '../../i18n/t.ts';
import { escapeAttribute as attr, escapeHtml as text } from '../html-escape.ts';
import { absoluteUrl, reportHref } from '../hrefs.ts';
import { localize } from '../localize.ts';
import { paraTools } from '../para-tools.ts';
import { regionText, reportAttribution } from '../report-view.ts';
import type { CorpusAnalysis } from './corpus-analysis.ts';
import type { ReportPassages, YearGroup } from './passage-groups.ts';
import { excerptSpan, OMISSION, sentenceAround } from './excerpt.ts';
import { corpusSearchText, corpusSentence, corpusText, corpusView } from './report-views.ts';

/** `text` as HTML with `marks` (UTF-16 ranges, ascending, apart) marked. */
function markedHtml(shown: string, marks: ReadonlyArray<readonly [number, number]>): string {
  let html = '';
  let at = 0;
  for (const [from, to] of marks) {
    html += `${text(shown.slice(at, from))}<mark>${text(shown.slice(from, to))}</mark>`;
    at = to;
  }
  return html + text(shown.slice(at));
}

/**
 * A passage as HTML with the terms marked: the whole paragraph, or with
 * `excerpt` the sentence using the first term (see `excerpt.ts`), omissions
 * marked. Terms (search-folded Simplified) are found in the Simplified
 * page's search text and mapped onto the text shown, which lines up with it
 * character by character in either script (the search index checks this for
 * every paragraph): an excerpt is measured on the Simplified text, and only
 * its sentence is converted.
 */
function markedPassage(analysis: CorpusAnalysis, report: number, block: number, terms: readonly string[], script: Script, excerpt: number | undefined): string {
  const plan = passagePlan(analysis, report, block, terms, excerpt);
  if (!plan.sentence) return markedHtml(corpusText(analysis, report, script, block), plan.marks);
  const { sentence, span: [from, to], cut } = plan;
  const shown = corpusSentence(analysis, report, script, block, sentence).slice(from - sentence[0], to - sentence[0]);
  return (from > 0 ? OMISSION : '') + markedHtml(shown, plan.marks) + (cut ? OMISSION : '');
}

/**
 * Where a passage's terms are and what of it is quoted, the same in either
 * script: the marks in the whole paragraph; or, for an excerpt, its sentence,
 * the span shown, the marks within that span (offsets from its start), and
 * whether the paragraph goes on after it.
 */
type PassagePlan =
  | { sentence?: undefined; marks: Array<[number, number]> }
  | { sentence: [number, number]; span: [number, number]; marks: Array<[number, number]>; cut: boolean };

/**
 * The latest plans, by report, block, excerpt and terms: a subject's pages in
 * both scripts are rendered one after the other (see `subjectLayout`), so the
 * second finds the first's. A few pages' worth are kept.
 */
const plans = new WeakMap<CorpusAnalysis, Map<string, PassagePlan>>();
const PLANS_KEPT = 1024;

/** The plan of block `block` of report `index` quoted for `terms` (see `markedPassage`), computed once for both scripts. */
function passagePlan(analysis: CorpusAnalysis, index: number, block: number, terms: readonly string[], excerpt: number | undefined): PassagePlan {
  let latest = plans.get(analysis);
  if (!latest) plans.set(analysis, (latest = new Map()));
  const key = `${index} ${block} ${excerpt ?? ''} ${terms.join('\u0000')}`;
  let plan = latest.get(key);
  if (!plan) {
    const simplified = corpusText(analysis, index, 'hans', block);
    const marks = shownRanges(simplified, termRanges(corpusSearchText(analysis, index, block), terms));
    if (excerpt === undefined || marks.length === 0) plan = { marks };
    else {
      const sentence = sentenceAround(simplified, marks[0]!);
      const [from, to] = excerptSpan(simplified, marks[0]!, sentence, excerpt);
      const inside = marks.filter(([start, end]) => start >= from && end <= to).map(([start, end]): [number, number] => [start - from, end - from]);
      plan = { sentence, span: [from, to], marks: inside, cut: to < simplified.length };
    }
    if (latest.size >= PLANS_KEPT) latest.clear();
    latest.set(key, plan);
  }
  return plan;
}

/**
 * The opening of report `index`'s passages in `script`: the element carrying
 * its citation (URL and attribution, for the copy button) and its source
 * line (title linking to it, region, date).
 */
function sourceOpening(analysis: CorpusAnalysis, index: number, script: Script, site: URL | undefined): string {
  const view = corpusView(analysis, index, script);
  const region = regionText(view);
  const when = view.date ? view.date.text : view.year !== undefined ? String(view.year) : '';
  return (
    `<div class="passage-source" data-canonical="${attr(absoluteUrl(view.href, site))}" data-attribution="${attr(reportAttribution(view))}">` +
    `<p class="passage-meta"><a href="${attr(view.href)}">${text(view.title.text)}</a>` +
    (region ? `<span>${text(region)}</span>` : '') +
    (when ? `<span>${text(when)}</span>` : '') +
    '</p>'
  );
}

/** Per analysis, script and site, each report's `sourceOpening` by report index: a report is quoted on many subject pages. */
const openings = new WeakMap<CorpusAnalysis, Map<string, string[]>>();

/** `sourceOpening`, written once per report, script and site. */
function cachedOpening(analysis: CorpusAnalysis, index: number, script: Script, site: URL | undefined): string {
  let bySite = openings.get(analysis);
  if (!bySite) openings.set(analysis, (bySite = new Map()));
  const key = `${script} ${site?.href ?? ''}`;
  let byReport = bySite.get(key);
  if (!byReport) bySite.set(key, (byReport = []));
  return (byReport[index] ??= sourceOpening(analysis, index, script, site));
}

/** One report's passages: its source line, its quoted blocks, and a link to the rest when some are left out. */
function reportPassages(analysis: CorpusAnalysis, { report, blocks, omitted }: ReportPassages, terms: readonly string[], script: Script, site: URL | undefined, excerpt: number | undefined): string {
  const view = corpusView(analysis, report, script);
  const anchorOf = (block: number): string => analysis.reports[report]!.blocks[block]!.id;
  let html = cachedOpening(analysis, report, script, site);
  for (const block of blocks) {
    const anchor = anchorOf(block);
    html +=
      `<blockquote class="para passage" data-anchor="${attr(anchor)}">${markedPassage(analysis, report, block, terms, script, excerpt)}` +
      `${paraTools(anchor, script, { copy: true, href: reportHref(script, view.id, anchor) })}</blockquote>`;
  }
  if (omitted > 0) {
    html += `<p class="passage-more"><a href="${attr(reportHref(script, view.id, anchorOf(blocks[0]!)))}">${text(t(script, 'subject.omitted', { count: omitted }))}</a></p>`;
  }
  return `${html}</div>`;
}

/**
 * The grouped passages of a subject page in `script`, `terms` (the subject's,
 * as `termMatchText` gives them) marked; `site` makes the absolute URLs citations carry;
 * `excerpt` quotes sentences instead of paragraphs (see `PassageLimits`).
 */
export function subjectPassages(analysis: CorpusAnalysis, groups: readonly YearGroup[], terms: readonly string[], script: Script, site: URL | undefined, excerpt?: number): string {
  let html = '';
  for (const year of groups) {
    html += `<section class="passage-year"><h3>${text(year.year !== undefined ? String(year.year) : t(script, 'subject.yearUnknown'))}</h3>`;
    for (const region of year.regions) {
      const province = region.province ? localize(region.province, 'hans', script) : t(script, 'subject.regionUnknown');
      html += `<section class="passage-region"><h4>${text(province)}</h4>`;
      for (const passages of region.reports) html += reportPassages(analysis, passages, terms, script, site, excerpt);
      html += '</section>';
    }
    html += '</section>';
  }
  return html;
}
