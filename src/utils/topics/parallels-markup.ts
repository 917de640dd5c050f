/**
 * How a parallel-passage aside starts on a report page: report-views.ts
 * writes it, and the search index cuts what it holds before parsing the page
 * (search/report-page.ts). The quoted attribute makes it unambiguous: no
 * attribute value holds a double quote, and text escapes `<`.
 */
export const PARALLELS_ASIDE_START = '<aside class="parallels">';

/** How it ends (nothing inside it is an aside). */
export const PARALLELS_ASIDE_END = '</aside>';
