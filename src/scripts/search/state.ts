/** The search page's state, kept in the URL (shareable; the back button restores it). */
import { FILTERS, type Filters } from './filters.ts';
import type { SortOrder } from './rank.ts';

/** What the reader asked for. */
export interface SearchState {
  query: string;
  filters: Filters;
  sort: SortOrder;
}

/** Reads the state from URL parameters (`q`, one per filter, `sort`). */
export function readState(params: URLSearchParams): SearchState {
  const filters: Filters = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { query: params.get('q') ?? '', filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** URL parameters of a state (empty values and the default order left out). */
export function stateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

/** The state with one filter set or cleared; clearing a province clears its city too. */
export function withFilter(state: SearchState, name: keyof Filters, value: string | undefined): SearchState {
  const filters = { ...state.filters, [name]: value };
  if (name === 'province') delete filters.city;
  if (value === undefined) delete filters[name];
  return { ...state, filters };
}
