/**
 * Finds which of many terms occur in a match text, in one pass over the text:
 * terms are keyed by their first two characters, so each position of the
 * text costs one map look-up, however many terms there are (topics have
 * dozens, formulations thousands). Exact substring semantics: the result is
 * what `text.includes(term)` gives for every term.
 */

/** Key of the two UTF-16 code units at `i`. */
function pairKey(text: string, i: number): number {
  return text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
}

/** Indices (into `terms`) of the terms a text contains, ascending. */
export type TermFinder = (text: string) => number[];

/** A finder for `terms` (match texts of at least two characters; shorter ones never match). */
export function termMatcher(terms: readonly string[]): TermFinder {
  const byPrefix = new Map<number, number[]>();
  terms.forEach((term, index) => {
    if (term.length < 2) return;
    const key = pairKey(term, 0);
    const list = byPrefix.get(key);
    if (list) list.push(index);
    else byPrefix.set(key, [index]);
  });
  return (text) => {
    const found = new Set<number>();
    for (let i = 0; i + 1 < text.length; i++) {
      const candidates = byPrefix.get(pairKey(text, i));
      if (!candidates) continue;
      for (const index of candidates) if (!found.has(index) && text.startsWith(terms[index]!, i)) found.add(index);
    }
    return [...found].sort((a, b) => a - b);
  };
}
