/** The results page's UI strings in one script, handed to its script (src/scripts/search/strings.ts). */
import type { Script } from '../../lib/report-schema.ts';
import { t, type UiKey } from '../../i18n/t.ts';
import type { SearchStrings } from '../../scripts/search/strings.ts';

/** Metadata fields search matches (ReportMeta's `data-search-field` names), with their labels' keys. */
const FIELD_LABELS: Readonly<Record<string, UiKey>> = {
  title: 'search.field.title',
  date: 'report.meta.date',
  year: 'report.meta.year',
  coveredYear: 'report.meta.coveredYear',
  region: 'report.meta.region',
  institution: 'report.meta.institution',
  genre: 'report.meta.genre',
  meetingTypes: 'report.meta.meetingTypes',
  speakers: 'report.meta.speakers',
  authors: 'report.meta.authors',
  source: 'report.meta.source',
};

/** The strings, placeholders kept for the browser to fill. */
export function searchStrings(script: Script): SearchStrings {
  // t() would fill placeholders; the browser fills them per result.
  const raw = (key: UiKey): string => t(script, key, { count: '{{count}}', words: '{{words}}', message: '{{message}}', year: '{{year}}' });
  return {
    empty: raw('search.empty'),
    short: raw('search.short'),
    loading: raw('search.loading'),
    error: raw('search.error'),
    count: raw('search.count'),
    none: raw('search.none'),
    noneFiltered: raw('search.noneFiltered'),
    clearFilters: raw('search.clearFilters'),
    more: raw('search.more'),
    morePassages: raw('search.morePassages'),
    sortLabel: raw('search.sort.label'),
    sortRelevance: raw('search.sort.relevance'),
    sortDate: raw('search.sort.date'),
    filtersHeading: raw('search.filters'),
    subjects: { topic: raw('search.subject.topic'), formulation: raw('search.subject.formulation') },
    clear: raw('search.filter.clear'),
    moreValues: raw('search.filter.more'),
    year: raw('search.filter.year'),
    filters: {
      province: raw('search.filter.province'),
      city: raw('search.filter.city'),
      year: raw('report.meta.year'),
      genre: raw('report.meta.genre'),
      meeting: raw('report.meta.meetingTypes'),
      institution: raw('report.meta.institution'),
    },
    fields: Object.fromEntries(Object.entries(FIELD_LABELS).map(([name, key]) => [name, raw(key)])),
  };
}
