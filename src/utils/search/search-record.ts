/**
 * A report as the search index holds it: one Pagefind record whose words are
 * the bigrams of its Simplified page's search text (search-text.ts,
 * search-tokens.ts), unit by unit (title, each metadata value, each heading
 * and paragraph), with a separator word after each unit so that no bigram
 * and no phrase spans two units. Word positions are what the browser maps
 * matches back to units with.
 */
import { foldText, searchLength } from '../../lib/search-text.ts';
import { bigrams } from '../../lib/search-tokens.ts';
import type { ReportPage } from './report-page.ts';

/**
 * Ends every unit. Pagefind counts it as a word (it advances the position)
 * but indexes nothing for it: it has no letter or digit.
 */
export const UNIT_SEPARATOR = '-';

/** A report's index record. */
export interface SearchRecord {
  /** Pagefind content: the words, space-separated. */
  content: string;
  /** Position of each unit's first bigram: the page's fields, then its blocks. */
  starts: number[];
  /** Search characters of all units (the report's length for ranking). */
  length: number;
  /** Positions taken by the title, when the title is searchable (0 otherwise). */
  titleEnd: number;
  /** Words, separators included (index positions). */
  words: number;
  /** Distinct indexed words: what indexing costs (Pagefind's time and memory grow with word–page pairs). */
  distinctWords: number;
}

/** The searchable texts of a page, in index order. */
export function unitTexts(page: ReportPage): string[] {
  return [...page.fields.map((field) => field.text), ...page.blocks.map((block) => block.text)];
}

/** The index record of a report, from its Simplified page. */
export function searchRecord(page: ReportPage): SearchRecord {
  const words: string[] = [];
  const starts: number[] = [];
  let length = 0;
  let titleEnd = 0;
  unitTexts(page).forEach((text, i) => {
    starts.push(words.length);
    const chars = foldText(text);
    length += searchLength(chars);
    words.push(...bigrams(chars), UNIT_SEPARATOR);
    if (i === 0 && page.fields[0]?.name === 'title') titleEnd = words.length;
  });
  const distinctWords = new Set(words).size - (words.length > 0 ? 1 : 0);
  return { content: words.join(' '), starts, length, titleEnd, words: words.length, distinctWords };
}
