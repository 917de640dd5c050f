/**
 * What pages show of a report, in one script: localized names, labels and
 * the links of every metadata value. Report pages and listings both read it,
 * so a report is named and linked the same way everywhere.
 */
import type { Genre, ReportFrontmatter, Script } from '../lib/report-schema.ts';
import { t, type UiKey } from '../i18n/t.ts';
import { passageAttribution } from './citation.ts';
import { describeReport, displayTitle, type DisplayTitle } from './display-title.ts';
import { formatDate } from './format-date.ts';
import { genreHref, hasInstitutionPage, institutionHref, meetingTypeHref, regionHref, reportHref } from './hrefs.ts';
import { localize, localizeName } from './localize.ts';
import { regionLevels, regionName } from './region-levels.ts';
import { reportYear } from './report-year.ts';
import { GENRE_SLUGS, MEETING_TYPE_SLUGS } from './taxonomy-slugs.ts';

/** A label with the listing it links to (absent when there is no listing to go to). */
export interface LinkedLabel {
  label: string;
  href?: string;
}

/** One source of the report, as shown. */
export interface SourceView {
  site?: string;
  url?: string;
  script: Script;
  encoding: string;
}

/** A report as a page in `script` shows it. */
export interface ReportView {
  id: string;
  /** Script of the page. */
  script: Script;
  href: string;
  title: DisplayTitle;
  /** `机构 · 类型 · 年份`, for meta descriptions and untitled attributions. */
  description: string;
  date?: { iso: string; text: string };
  year?: number;
  coveredYear?: number;
  /** Province → city → county, each linking to its listing when the code reaches it. */
  region: LinkedLabel[];
  institution?: LinkedLabel;
  genre: LinkedLabel;
  meetingTypes: LinkedLabel[];
  speakers: string[];
  authors: string[];
  sources: SourceView[];
  /** Script of the original text. */
  original: Script;
  encoding: string;
}

/** The report's region as one name (浙江省杭州市), or the empty string. */
export function regionText(view: Pick<ReportView, 'region'>): string {
  return view.region.map((level) => level.label).join('');
}

/** Label of a genre in a script. */
export function genreLabel(genre: Genre, script: Script): string {
  return t(script, `genre.${GENRE_SLUGS[genre]}` as UiKey);
}

/** Views made, per frontmatter object and script: a report is listed on a dozen listing pages and named on many subject pages. */
const views = new WeakMap<ReportFrontmatter, Partial<Record<Script, ReportView>>>();

/** The view of report `id` for a page in `script` (made once per report and script; treat it as read-only). */
export function reportView(id: string, data: ReportFrontmatter, script: Script): ReportView {
  let byScript = views.get(data);
  if (!byScript) views.set(data, (byScript = {}));
  const known = byScript[script];
  if (known?.id === id) return known;
  return (byScript[script] = buildView(id, data, script));
}

/** Builds the view of report `id` for a page in `script`. */
function buildView(id: string, data: ReportFrontmatter, script: Script): ReportView {
  const names = [...data.speakers, ...data.authors];
  const institution = data.institution ? localize(data.institution, 'hans', script) : undefined;
  const year = reportYear(data);
  const place = regionName(data.region);
  const who = institution ?? (place ? localize(place, 'hans', script) : undefined);
  const parts = { who, genre: data.genre === '其他' ? undefined : genreLabel(data.genre, script), year };
  const title = data.title ? localize(data.title, data.script, script, { names }) : undefined;
  return {
    id,
    script,
    href: reportHref(script, id),
    title: displayTitle(title, parts, t(script, 'report.untitled')),
    description: describeReport(parts),
    ...(data.date ? { date: { iso: data.date, text: formatDate(data.date) } } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(data.coveredYear !== undefined ? { coveredYear: data.coveredYear } : {}),
    region: regionLevels(data.region).map((level) => ({
      label: localize(level.name, 'hans', script),
      ...(level.code ? { href: regionHref(script, level.code) } : {}),
    })),
    ...(institution && data.institution
      ? {
          institution: {
            label: institution,
            ...(hasInstitutionPage(data.institution) ? { href: institutionHref(script, data.institution) } : {}),
          },
        }
      : {}),
    genre: { label: genreLabel(data.genre, script), href: genreHref(script, data.genre) },
    meetingTypes: data.meetingTypes.map((type) => ({
      label: t(script, `meeting.${MEETING_TYPE_SLUGS[type]}` as UiKey),
      href: meetingTypeHref(script, type),
    })),
    speakers: data.speakers.map((name) => localizeName(name, script)),
    authors: data.authors.map((name) => localizeName(name, script)),
    sources: data.sources.map((source) => ({
      ...(source.site ? { site: localize(source.site, 'hans', script) } : {}),
      ...(source.url ? { url: source.url } : {}),
      script: source.script,
      encoding: source.encoding,
    })),
    original: data.script,
    encoding: data.encoding,
  };
}

/** The short attribution of a passage of the report, as its page and passage lists copy it. */
export function reportAttribution(view: ReportView): string {
  return passageAttribution({
    ...(view.title.derived ? {} : { title: view.title.text }),
    description: view.description,
    ...(view.institution ? { institution: view.institution.label } : {}),
    ...(view.date ? { date: view.date.text } : {}),
  });
}
