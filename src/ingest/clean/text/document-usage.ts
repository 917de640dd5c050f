/**
 * How often a document uses a character or a pair of characters: the prior
 * a repair consults when bytes alone leave several characters possible.
 */

/** Occurrences of a short string in the document. */
export type Usage = (text: string) => number;

/** Counts occurrences in `text`, each string counted once and remembered. */
export function usageIn(text: string): Usage {
  const cache = new Map<string, number>();
  return (needle) => {
    let count = cache.get(needle);
    if (count === undefined) {
      count = 0;
      for (let i = text.indexOf(needle); i !== -1 && needle !== ''; i = text.indexOf(needle, i + needle.length)) count++;
      cache.set(needle, count);
    }
    return count;
  };
}
