/**
 * What every describe rule reads: the body and the furniture hints in
 * Simplified (names in frontmatter are Simplified whatever the source
 * script), the headlines, and the resolved region.
 */
import type { Region } from '../../lib/report-schema.ts';
import { withAsciiDigits } from '../../lib/ascii-digits.ts';
import { toSimplified } from '../../lib/script.ts';
import type { Hints } from '../types.ts';

/** The input of the describe rules. */
export interface DescribeContext {
  /** Body blocks (paragraphs and headings), in Simplified. */
  blocks: readonly string[];
  /** Headline candidates in Simplified: the hinted titles, then heading-like lines at the top of the body. */
  headlines: readonly string[];
  /** Furniture hints with every string in Simplified. */
  hints: Hints;
  /** The report's region (full official names). */
  region: Region;
}

/** How many leading body lines may be a headline the cleaning left in place. */
const LEADING_LINES = 3;

/** A short line that does not end a sentence: a headline, not a paragraph. */
function looksLikeHeadline(line: string): boolean {
  const han = line.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han >= 4 && line.length <= 80 && !/[。！？；!?;]$/.test(line);
}

/** Hints with every string list converted to Simplified, digits ASCII. */
function simplifyHints(hints: Hints): Hints {
  const all = (list: string[]) => list.map((text) => withAsciiDigits(toSimplified(text)));
  return {
    titles: all(hints.titles),
    dates: [...hints.dates],
    sites: all(hints.sites),
    hosts: all(hints.hosts),
    urls: [...hints.urls],
    authors: all(hints.authors),
    editors: all(hints.editors),
    issuers: all(hints.issuers),
  };
}

/** Builds the context from the body's blocks in Simplified, the hints as found, and the region. */
export function createContext(blocks: readonly string[], hints: Hints, region: Region): DescribeContext {
  const simplified = simplifyHints(hints);
  const leading = blocks.slice(0, LEADING_LINES).filter(looksLikeHeadline);
  return { blocks, headlines: [...simplified.titles, ...leading], hints: simplified, region };
}
