/**
 * A report as the search index holds it: the bigrams of its Simplified
 * page's search text (search-text.ts, search-tokens.ts), unit by unit (title,
 * each metadata value, each heading and paragraph), with a separator word
 * after each unit so that no bigram and no run of bigrams spans two units.
 * Word positions are what the browser maps matches back to units with.
 */
import { foldChar } from '../../lib/search-text.ts';
import { shownCharCodes } from '../../lib/search-tokens.ts';
import type { ReportPage } from './report-page.ts';

/**
 * Ends every unit. Pagefind counts it as a word (it advances the position)
 * but indexes nothing for it: it has no letter or digit.
 */
export const UNIT_SEPARATOR = '-';

/** A report's index words. */
export interface SearchRecord {
  /** The words, each followed by a space. */
  content: string;
  /** Position of each unit's first bigram: the page's fields, then its blocks. */
  starts: number[];
  /** Search characters of each unit, in the same order. */
  lengths: number[];
  /** Search characters of all units (the report's length for ranking). */
  length: number;
  /** Positions taken by the title, when the title is searchable (0 otherwise). */
  titleEnd: number;
  /** Words, separators included (index positions). */
  words: number;
}

/** The searchable texts of a page, in index order. */
export function unitTexts(page: ReportPage): string[] {
  return [...page.fields.map((field) => field.text), ...page.blocks.map((block) => block.text)];
}

/** Search characters of a shown text (as many as its search text has). */
export function searchCharCount(text: string): number {
  let count = 0;
  for (const char of text) count += shownCharCodes(char).length;
  return count;
}

/**
 * The index words of a report, from its Simplified page: per unit, the code
 * of each search character joined to the next one's (search-tokens.ts
 * `bigrams` of the folded text), then a separator. One pass over the shown
 * characters: this runs over every character of the archive.
 */
export function searchRecord(page: ReportPage): SearchRecord {
  let content = '';
  let words = 0;
  let titleEnd = 0;
  const starts: number[] = [];
  const lengths: number[] = [];
  unitTexts(page).forEach((text, i) => {
    starts.push(words);
    let previous = '';
    let length = 0;
    for (const char of text) {
      for (const code of shownCharCodes(char)) {
        if (previous) {
          content += `${previous}${code} `;
          words++;
        }
        previous = code;
        length++;
      }
    }
    content += `${UNIT_SEPARATOR} `;
    words++;
    lengths.push(length);
    if (i === 0 && page.fields[0]?.name === 'title') titleEnd = words;
  });
  return { content, starts, lengths, length: lengths.reduce((sum, length) => sum + length, 0), titleEnd, words };
}

/** Size of a table indexed by code point. */
export const CODE_POINTS = 0x110000;

/** Marks, by code point, each character of a page's searchable texts (`shown[point] = 1`): one pass over the units. */
export function markShownChars(page: ReportPage, shown: Uint8Array): void {
  for (const text of unitTexts(page)) {
    for (let i = 0; i < text.length; i++) {
      const point = text.codePointAt(i)!;
      shown[point] = 1;
      if (point > 0xffff) i++;
    }
  }
}

/** The search characters the marked shown characters fold to, marked the same way: the characters the index holds. */
export function searchCharMarks(shown: Uint8Array): Uint8Array {
  const marks = new Uint8Array(CODE_POINTS);
  shown.forEach((marked, point) => {
    if (marked) for (const char of foldChar(String.fromCodePoint(point))) marks[char.codePointAt(0)!] = 1;
  });
  return marks;
}
