/**
 * Shapes of the gazetteer: one administrative unit of mainland China
 * (province, prefecture-level unit or county-level unit) as of end-2024.
 */

/** Level of a unit: province-level, prefecture-level (`city`) or county-level. */
export type AreaLevel = 'province' | 'city' | 'county';

/** One administrative unit. */
export interface AreaUnit {
  /** GB/T 2260 code, six digits. */
  code: string;
  /** Full official name (`宜都市`, `延边朝鲜族自治州`). */
  name: string;
  /** Name without the unit suffix and ethnic names (`宜都`, `延边`); equals `name` when the stem would be one character. */
  shortName: string;
  level: AreaLevel;
  /** Code of the unit directly above (a county directly under a province has the province's code); absent for provinces. */
  parent?: string;
}
