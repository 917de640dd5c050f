/**
 * A search query as search compares it: words separated by spaces (all must
 * occur). Each word is read as typed and converted to Simplified by every
 * chain given, each reading folded (search-text.ts); a report holds the word
 * when its Simplified text contains any reading. As typed, so a Simplified
 * 显著 matches though OpenCC would turn it into 显着; converted, so 醫共體
 * matches 医共体 and 著力 (a Taiwan page's form of 着力) matches 着力.
 * Browser-safe: the converters are passed in.
 */
import { foldText, normalizeChars } from './search-text.ts';
import { bigrams } from './search-tokens.ts';

/** A Traditional → Simplified converter (length-preserving, as OpenCC's are). */
export type Simplify = (text: string) => string;

/** One reading of a query word. */
export interface QueryForm {
  /** Search characters. */
  chars: string;
  /** Index words of its bigrams, in order (empty for a single character). */
  bigrams: string[];
}

/** One word of a query. */
export interface QueryTerm {
  /** As typed. */
  text: string;
  /** Distinct readings, as typed first; all of one length (conversion keeps lengths). */
  forms: QueryForm[];
}

/** The words of a query; `short` are those of a single search character, which search cannot match exactly. */
export interface SearchQuery {
  terms: QueryTerm[];
  short: QueryTerm[];
}

/** The distinct readings of a word: folded as typed, and folded after each conversion. */
export function readings(text: string, simplifiers: readonly Simplify[]): string[] {
  const normalized = normalizeChars(text);
  return [...new Set([foldText(text), ...simplifiers.map((simplify) => foldText(simplify(normalized)))])];
}

/** Parses a query: splits it at white space, drops words without any search character (punctuation only) and repeats. */
export function parseQuery(query: string, simplifiers: readonly Simplify[]): SearchQuery {
  const terms: QueryTerm[] = [];
  const short: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const text of query.split(/\s+/u)) {
    const forms = readings(text, simplifiers);
    const key = forms.join(' ');
    if (forms[0] === '' || seen.has(key)) continue;
    seen.add(key);
    const term = { text, forms: forms.map((chars) => ({ chars, bigrams: bigrams(chars) })) };
    (term.forms[0]!.bigrams.length > 0 ? terms : short).push(term);
  }
  return { terms, short };
}
