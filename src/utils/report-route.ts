/**
 * Route data of a report page, shared with the `<P>`/`<H>` components that
 * render its body: the page's script, the text converter, and what is shown
 * beside paragraphs.
 */
import type { QualityNote, ReportFrontmatter, Script } from '../lib/report-schema.ts';
import { traditionalVariant } from '../lib/script.ts';
import { localize, type LocalizeOptions } from './localize.ts';

/** A quality note as shown beside its paragraph. */
export interface ShownNote {
  kind: QualityNote['kind'];
  note: string;
}

/** What paragraph and heading components need to know about the page they are on. */
export interface ReportRoute {
  /** Script of the page. */
  script: Script;
  /** Converts body text to the page's script (identity when the page shows the original). */
  convert: (text: string) => string;
  /** Notes per paragraph anchor, in the page's script. */
  notes: ReadonlyMap<string, readonly ShownNote[]>;
  /** Links to other occurrences of paragraphs that reappear in other reports, by anchor (HTML asides). */
  parallels?: ReadonlyMap<string, string>;
}

/** Quality notes that concern paragraphs, grouped by anchor and localized. */
export function notesByAnchor(quality: readonly QualityNote[], script: Script): Map<string, ShownNote[]> {
  const byAnchor = new Map<string, ShownNote[]>();
  for (const { kind, note, at } of quality) {
    const shown = { kind, note: localize(note, 'hans', script) };
    for (const anchor of at) byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), shown]);
  }
  return byAnchor;
}

/** How the text of report `data` (body `body`) is converted: the people it names, and its Traditional forms. */
export function reportLocalizeOptions(data: ReportFrontmatter, body: string): LocalizeOptions {
  const names = [...data.speakers, ...data.authors];
  // The Traditional forms are guessed once per report: per paragraph the guess could flip.
  const variant = data.script === 'hant' ? traditionalVariant(body) : undefined;
  return variant ? { names, variant } : { names };
}

/** Route data for report `data` (body `body`) shown in `script`. */
export function createReportRoute(data: ReportFrontmatter, body: string, script: Script): ReportRoute {
  const options = reportLocalizeOptions(data, body);
  return {
    script,
    convert: (text) => localize(text, data.script, script, options),
    notes: notesByAnchor(data.quality, script),
  };
}
