/**
 * Citations of reports and passages, formatted as readers paste them.
 *
 * References follow GB/T 7714-2015 for online resources:
 * `主要责任者. 题名[类型/OL]. (发布日期)[引用日期]. 获取和访问路径`.
 * - Type: `R/OL` (report) for speeches, work reports and summaries, which
 *   are documents in their own right; `EB/OL` (electronic bulletin) for
 *   meeting news and anything else that is a web page.
 * - Responsible party: the speakers of a speech; the authors (reporters) of
 *   news; the issuing institution of reports and summaries; each falls back
 *   on the other names when its own are unknown, and is omitted (the
 *   reference starts with the title, as the standard allows) when none is known.
 * - Access path: the archive page the reader read, in the page's script.
 *
 * Pure and free of conversion code: the browser imports it to assemble passage citations.
 */
import type { Genre } from '../lib/report-schema.ts';

/** Names a reference can credit. */
export interface Contributors {
  genre: Genre;
  institution?: string;
  speakers: readonly string[];
  authors: readonly string[];
}

/** Everything a GB/T 7714 reference needs, already in the page's script. */
export interface ReferenceInput {
  /** Responsible parties, in order (see `responsibleParties`). */
  responsible: readonly string[];
  title: string;
  genre: Genre;
  /** Publication date, `YYYY-MM-DD` or `YYYY-MM`. */
  date?: string;
  /** Access date, `YYYY-MM-DD`. */
  accessed: string;
  url: string;
}

/** A reference split around its access date, so a page can show (and a script update) the date in place. */
export interface ReferenceSegments {
  head: string;
  accessed: string;
  tail: string;
}

/** GB/T 7714 lists at most three responsible parties, then `等`. */
const MAX_NAMES = 3;

/** Document type code of a genre: `R/OL` for reports, speeches and summaries, `EB/OL` for web pages. */
export function documentType(genre: Genre): 'R/OL' | 'EB/OL' {
  return genre === '讲话' || genre === '工作报告' || genre === '工作总结' ? 'R/OL' : 'EB/OL';
}

/** Who a reference credits, by genre (see the module comment). */
export function responsibleParties(report: Contributors): string[] {
  const institution = report.institution ? [report.institution] : [];
  const candidates: ReadonlyArray<readonly string[]> =
    report.genre === '讲话'
      ? [report.speakers, institution, report.authors]
      : report.genre === '工作报告' || report.genre === '工作总结'
        ? [institution, report.authors, report.speakers]
        : [report.authors, institution, report.speakers];
  return [...(candidates.find((names) => names.length > 0) ?? [])];
}

/** Responsible parties as GB/T 7714 writes them: `甲, 乙, 丙, 等`. */
export function formatResponsible(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMES);
  return names.length > MAX_NAMES ? [...shown, '等'].join(', ') : shown.join(', ');
}

/** The reference in three segments around the access date. */
export function referenceSegments(input: ReferenceInput): ReferenceSegments {
  const who = input.responsible.length > 0 ? `${formatResponsible(input.responsible)}. ` : '';
  const published = input.date ? `(${input.date})` : '';
  return {
    head: `${who}${input.title}[${documentType(input.genre)}]. ${published}[`,
    accessed: input.accessed,
    tail: `]. ${input.url}`,
  };
}

/** The full GB/T 7714-2015 reference. */
export function gbtReference(input: ReferenceInput): string {
  const { head, accessed, tail } = referenceSegments(input);
  return `${head}${accessed}${tail}`;
}

/** What a short source attribution names, already in the page's script. */
export interface AttributionInput {
  /** The source's own title; absent for untitled reports. */
  title?: string;
  /** Description used in place of a missing title. */
  description: string;
  institution?: string;
  /** Date as readers write it (2024年2月20日). */
  date?: string;
}

/**
 * Short attribution after a quoted passage: `——《题名》（机构，日期）`.
 * An untitled report is named by its description, without 《》 (it is not a title).
 */
export function passageAttribution(input: AttributionInput): string {
  if (!input.title) {
    return `——${input.description}${input.date ? `（${input.date}）` : ''}`;
  }
  const details = [input.institution, input.date].filter(Boolean).join('，');
  return `——《${input.title}》${details ? `（${details}）` : ''}`;
}

/** A copied passage: the text, its attribution, and the paragraph URL, one per line. */
export function passageCitation(text: string, attribution: string, url: string): string {
  return `${text.trim()}\n${attribution}\n${url}`;
}
