/**
 * What search filters and sorts a report by, as its page carries it (in a
 * data attribute the index build reads): stable keys, the same in both
 * scripts, each with its label in the page's script.
 */
import type { ReportFrontmatter } from '../../lib/report-schema.ts';
import { regionLevels } from '../region-levels.ts';
import type { ReportView } from '../report-view.ts';
import { GENRE_SLUGS, MEETING_TYPE_SLUGS } from '../taxonomy-slugs.ts';

/** A filter value: its key (code, slug or Simplified name) and its label. */
export type FacetValue = readonly [key: string, label: string];

/** A report's filter values and sort keys. */
export interface SearchFacets {
  /** `YYYY-MM-DD` or `YYYY-MM`, when known. */
  date?: string;
  year?: number;
  /** Keyed by GB/T 2260 code (levels without a code are left out: they have no listing either). */
  province?: FacetValue;
  city?: FacetValue;
  genre: FacetValue;
  meetings: FacetValue[];
  /** Keyed by the full Simplified name, as institution listings are. */
  institution?: FacetValue;
}

/** The search facets of a report shown as `view` (reportView of the same frontmatter). */
export function searchFacets(data: ReportFrontmatter, view: ReportView): SearchFacets {
  // view.region holds the same levels as regionLevels, in the same order, localized.
  const levels = regionLevels(data.region).map((level, i) => ({ ...level, label: view.region[i]?.label ?? level.name }));
  const level = (name: 'province' | 'city'): FacetValue | undefined => {
    const found = levels.find((candidate) => candidate.level === name && candidate.code);
    return found?.code ? [found.code, found.label] : undefined;
  };
  const province = level('province');
  const city = level('city');
  return {
    ...(data.date ? { date: data.date } : {}),
    ...(view.year !== undefined ? { year: view.year } : {}),
    ...(province ? { province } : {}),
    ...(city ? { city } : {}),
    genre: [GENRE_SLUGS[data.genre], view.genre.label],
    meetings: data.meetingTypes.map((type, i) => [MEETING_TYPE_SLUGS[type], view.meetingTypes[i]?.label ?? type] as const),
    ...(data.institution && view.institution ? { institution: [data.institution, view.institution.label] } : {}),
  };
}
