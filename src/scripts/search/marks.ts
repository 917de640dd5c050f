/** User Timing marks the search page sets: a query's start and its first result shown (the search benchmark reads them). */
export const SEARCH_MARKS = { start: 'huibian:search', firstResult: 'huibian:first-result' } as const;
