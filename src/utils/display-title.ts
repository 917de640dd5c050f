/**
 * Titles to show for a report. Many sources have no headline; the site then
 * shows a description marked as such (`（无题）机构 · 类型 · 年份`), never an
 * invented title.
 */

/** Parts a description is made of, already in the page's script; absent parts are skipped. */
export interface DescriptionParts {
  /** Institution, or failing that the most specific region name. */
  who?: string;
  /** Genre label (omit for the catch-all genre). */
  genre?: string;
  year?: number;
}

/** A title as shown: `derived` when it is a description, not the source's own title. */
export interface DisplayTitle {
  text: string;
  derived: boolean;
}

/** One-line description of a report: `柞水县卫生健康局党委 · 工作总结 · 2025`. */
export function describeReport(parts: DescriptionParts): string {
  return [parts.who, parts.genre, parts.year].filter((part) => part !== undefined && part !== '').join(' · ');
}

/** The source's title, or the description marked with `untitledMark` (e.g. `（无题）`). */
export function displayTitle(title: string | undefined, parts: DescriptionParts, untitledMark: string): DisplayTitle {
  if (title) return { text: title, derived: false };
  return { text: `${untitledMark}${describeReport(parts)}`, derived: true };
}
