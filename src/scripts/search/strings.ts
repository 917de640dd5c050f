/** The results page's UI strings, handed over by the page (from the i18n files) in `data-strings`. */
import type { FilterName } from './filters.ts';

/** Strings the results page shows; `{{name}}` placeholders as in src/i18n. */
export interface SearchStrings {
  empty: string;
  short: string;
  loading: string;
  error: string;
  count: string;
  none: string;
  /** No result within the filters, though `{{count}}` reports contain the words. */
  noneFiltered: string;
  clearFilters: string;
  more: string;
  morePassages: string;
  sortLabel: string;
  sortRelevance: string;
  sortDate: string;
  filtersHeading: string;
  clear: string;
  moreValues: string;
  year: string;
  filters: Record<FilterName, string>;
  /** What a subject link names: a topic page or a formulation page. */
  subjects: Record<'topic' | 'formulation', string>;
  /** Labels of the searchable metadata fields (title, date, region …). */
  fields: Record<string, string>;
}

/** A string with its `{{name}}` placeholders filled. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
