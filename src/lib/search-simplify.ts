/**
 * The Traditional → Simplified conversions search reads a query through, at
 * build time (ground truth, tests): OpenCC's chains for Taiwan forms (`tw`),
 * for OpenCC's standard forms (`t`) and for Hong Kong forms (`hk`: 衞生), as
 * the site converts Traditional reports. The browser applies the same chains
 * with src/scripts/search/simplify.ts.
 */
import type { Simplify } from './search-query.ts';
import { toSimplified } from './script.ts';

/** The three chains: they differ on a few characters (著力 → 着力 from Taiwan forms, 著力 from standard forms; 衞 only from Hong Kong forms). */
export const SEARCH_SIMPLIFIERS: readonly Simplify[] = [(text) => toSimplified(text, 'tw'), (text) => toSimplified(text, 't'), (text) => toSimplified(text, 'hk')];
