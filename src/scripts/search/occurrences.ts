/**
 * Where a query word occurs in a report, from the index positions Pagefind
 * returns: a word of n search characters is the phrase of its n − 1 bigrams,
 * so it starts at position p when bigram i is at p + i for every i.
 */

/** Positions of each of a word's bigrams in one report (several entries may be the same set). */
export type BigramPositions = ReadonlyArray<ReadonlySet<number>>;

/** Start positions of the word, ascending. */
export function occurrenceStarts(positions: BigramPositions): number[] {
  const [first, ...rest] = positions;
  if (!first) return [];
  const starts = [...first].filter((start) => rest.every((set, i) => set.has(start + i + 1)));
  return starts.sort((a, b) => a - b);
}

/**
 * Whether a word's bigram positions can come from one search listing all of
 * them at once. Pagefind then returns, per report, where any of the bigrams
 * is, without saying which; that still pins the word down when no character
 * repeats in it: bigrams of distinct characters chain in one way only, so k
 * consecutive positions holding any of its k bigrams hold the word. With a
 * repeated character (2024, 医疗医保医药) each bigram is looked up on its own.
 */
export function bigramsChainUniquely(chars: string): boolean {
  const seen = new Set<string>();
  for (const char of chars) {
    if (seen.has(char)) return false;
    seen.add(char);
  }
  return true;
}
