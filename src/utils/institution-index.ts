/**
 * The institution index: every institution with its number of reports,
 * filed under the province its reports come from, so thousands of names
 * read as a register by province rather than one long list.
 */
import type { Region } from '../lib/report-schema.ts';
import { regionChain } from './region-tree.ts';

/** The province an institution is filed under. */
export interface ProvinceRef {
  code: string;
  name: string;
}

/** One institution of the index. */
export interface InstitutionSummary {
  /** Full name (Simplified). */
  name: string;
  count: number;
  /** The province most of its reports come from; absent when none names one. */
  province?: ProvinceRef;
}

/** Key of the index section of institutions without a province. */
export const NO_PROVINCE = 'none';

const collator = new Intl.Collator('zh-Hans-CN');

/** The province most of the reports name (the lowest code on a tie). */
function mainProvince(reports: ReadonlyArray<{ data: { region: Region } }>): ProvinceRef | undefined {
  const tally = new Map<string, { ref: ProvinceRef; count: number }>();
  for (const { data } of reports) {
    const level = regionChain(data.region)[0];
    if (level?.level !== 'province') continue;
    const entry = tally.get(level.code) ?? { ref: { code: level.code, name: level.name }, count: 0 };
    entry.count++;
    tally.set(level.code, entry);
  }
  return [...tally.values()].sort((a, b) => b.count - a.count || (a.ref.code < b.ref.code ? -1 : 1))[0]?.ref;
}

/** Institutions by province code (those without one last), then most reports first, then name in pinyin order. */
export function institutionIndex(byInstitution: ReadonlyMap<string, ReadonlyArray<{ data: { region: Region } }>>): InstitutionSummary[] {
  const summaries = [...byInstitution].map(([name, reports]) => {
    const province = mainProvince(reports);
    return { name, count: reports.length, ...(province ? { province } : {}) };
  });
  const provinceKey = (s: InstitutionSummary): string => s.province?.code ?? '~';
  return summaries.sort(
    (a, b) => (provinceKey(a) < provinceKey(b) ? -1 : provinceKey(a) > provinceKey(b) ? 1 : 0) || b.count - a.count || collator.compare(a.name, b.name),
  );
}

/** Section key of an institution in the index: its province's code, or `none`. */
export function institutionSection(summary: InstitutionSummary): string {
  return summary.province?.code ?? NO_PROVINCE;
}

/** Institutions per index page: names are short, so a page holds more of them than of reports. */
export const INSTITUTIONS_PER_PAGE = 300;
