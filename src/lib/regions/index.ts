/**
 * Administrative regions: the cleaned end-2024 gazetteer, names, lineages,
 * place-name matching and report region resolution.
 */
export { allUnits, childrenOf, provinces, unitByCode } from './gazetteer.ts';
export { isWithin, lineage, regionOf } from './lineage.ts';
export { shortName } from './short-name.ts';
export { lookupPlaceName, type NameForm, type PlaceName } from './place-names.ts';
export { findPlaceMentions, type PlaceMention } from './find-mentions.ts';
export { explainRegion, type RegionExplanation, type RegionSources } from './resolve/resolve-region.ts';
export type { AreaLevel, AreaUnit } from './types.ts';
