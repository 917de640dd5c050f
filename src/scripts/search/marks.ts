/**
 * User Timing marks the search page sets (the search benchmark reads them):
 * a search's start (the query submitted, a link followed or the page opened
 * with one) and its first result shown (the first result's title and
 * metadata; its passages follow).
 */
export const SEARCH_MARKS = { start: 'huibian:search', firstResult: 'huibian:first-result' } as const;
