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

/**
 * Per UTF-16 code unit read as a character alone (a BMP character or a lone
 * surrogate): 0 not yet known, else its search length + 1, plus `SAME` when it
 * folds to itself. Long texts are then folded and mapped with one table
 * look-up per unit instead of a map look-up per character.
 */
const unitFold = new Uint8Array(0x10000);
const SAME = 0x80;

/** `unitFold` entry of a code unit, filled on first use. */
function unitEntry(unit: number): number {
  let entry = unitFold[unit]!;
  if (entry === 0) {
    const char = String.fromCharCode(unit);
    const out = foldChar(char);
    unitFold[unit] = entry = (searchLength(out) + 1) | (out === char ? SAME : 0);
  }
  return entry;
}

/** Whether `text` has a surrogate pair (an astral character) at `i`. */
function pairAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff || i + 1 >= text.length) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/** A text folded character by character (no script conversion). */
export function foldText(text: string): string {
  // Runs of characters that fold to themselves are copied whole.
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const pair = pairAt(text, i);
    if (!pair && unitEntry(text.charCodeAt(i)) & SAME) continue;
    const char = pair ? text.slice(i, i + 2) : text[i]!;
    out += text.slice(copied, i) + foldChar(char);
    if (pair) i++;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
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
  return shownRanges(text, [[from, to]])[0];
}

/**
 * Matched search-character ranges mapped to the shown text (as `shownRange`
 * maps one; ranges outside the text are dropped) and merged, ascending. One
 * pass over the text whatever the number of ranges.
 */
export function shownRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const valid = ranges.filter(([from, to]) => from >= 0 && from < to);
  if (valid.length === 0) return [];
  // The search characters whose shown character is needed (each range's first and last), ascending:
  // the text is read up to the last of them, not further (a passage's mark is often near its start).
  const wanted = [...new Set(valid.flatMap(([from, to]) => [from, to - 1]))].sort((x, y) => x - y);
  // Where the shown character each wanted search character came from starts and ends (UTF-16 offsets).
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  let next = 0;
  for (let offset = 0, count = 0; offset < text.length && next < wanted.length; ) {
    const size = pairAt(text, offset) ? 2 : 1;
    const width = size === 2 ? searchLength(foldChar(text.slice(offset, offset + 2))) : (unitEntry(text.charCodeAt(offset)) & ~SAME) - 1;
    for (; next < wanted.length && wanted[next]! < count + width; next++) {
      starts.set(wanted[next]!, offset);
      ends.set(wanted[next]!, offset + size);
    }
    count += width;
    offset += size;
  }
  const mapped = valid
    .filter(([, to]) => ends.has(to - 1))
    .map(([from, to]): [number, number] => [starts.get(from)!, ends.get(to - 1)!])
    .sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const range of mapped) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/** Search-character ranges `[from, to)` where each term occurs in a search text (terms folded, non-empty), any order. */
export function termRanges(searchText: string, terms: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Offsets are UTF-16 units; ranges count characters (code points), as `shownRange` reads them.
  const astral = /[\uD800-\uDFFF]/.test(searchText);
  const toChars = (offset: number): number => (astral ? searchLength(searchText.slice(0, offset)) : offset);
  for (const term of terms) {
    for (let at = searchText.indexOf(term); at >= 0; at = searchText.indexOf(term, at + 1)) {
      ranges.push([toChars(at), toChars(at + term.length)]);
    }
  }
  return ranges;
}
