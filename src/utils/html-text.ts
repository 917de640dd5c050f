/**
 * Rewrites the text of a rendered HTML fragment, leaving its markup alone:
 * used to convert a paragraph's rendered HTML to the other script.
 */

/** Tags, comments and doctype-like constructs; everything between them is text (with entities, which are ASCII). */
const MARKUP = /(<[^>]*>)/;

/** Applies `convert` to every text run of `html`; tags pass through unchanged. */
export function mapHtmlText(html: string, convert: (text: string) => string): string {
  return html
    .split(MARKUP)
    .map((part, i) => (i % 2 === 1 || part === '' ? part : convert(part)))
    .join('');
}
