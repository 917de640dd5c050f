/**
 * Search text: what full-text search compares. A text (a paragraph, the
 * title, one metadata value, as the Simplified page shows it) and a query
 * word are folded the same way, character by character: compatibility forms
 * folded (NFKC: full-width letters and digits, compatibility ideographs),
 * lower case, and punctuation, symbols, separators and control characters
 * dropped. "A text contains the query" means its search text contains the
 * query's (see search-query.ts for the query's Simplified readings).
 *
 * Character by character, so every search character comes from one character
 * of the text as shown, and a match can be highlighted there. Browser-safe:
 * no OpenCC here.
 */

/** One character that is punctuation, a symbol, a separator, a control or format character: what search and match text leave out. */
export const NOT_TEXT = /^[\p{P}\p{S}\p{Z}\p{C}]$/u;

/** Folded form of each character met so far (a text repeats few distinct characters). */
const folded = new Map<string, string>();

/** One character (code point) folded: NFKC, lower case, without what is not text; may be empty or longer than one. */
export function foldChar(char: string): string {
  let out = folded.get(char);
  if (out === undefined) {
    out = '';
    for (const part of char.normalize('NFKC').toLowerCase()) if (!NOT_TEXT.test(part)) out += part;
    folded.set(char, out);
  }
  return out;
}

/** A text folded character by character (no script conversion). */
export function foldText(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}

/** Each character NFKC-normalised on its own (as `foldChar` does), for a converter to read before folding. */
export function normalizeChars(text: string): string {
  let out = '';
  for (const char of text) out += char.normalize('NFKC');
  return out;
}

/** Number of search characters in a string (code points). */
export function searchLength(chars: string): number {
  let length = 0;
  for (const _ of chars) length++;
  return length;
}

/**
 * The part of a shown text that search characters `from`…`to` (exclusive)
 * came from, as UTF-16 offsets `[start, end)`; undefined when the range is
 * outside the text.
 */
export function shownRange(text: string, from: number, to: number): [number, number] | undefined {
  let searchIndex = 0;
  let start: number | undefined;
  let offset = 0;
  for (const char of text) {
    const width = searchLength(foldChar(char));
    if (start === undefined && width > 0 && searchIndex + width > from) start = offset;
    searchIndex += width;
    offset += char.length;
    if (start !== undefined && searchIndex >= to) return [start, offset];
  }
  return undefined;
}
