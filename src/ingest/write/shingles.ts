/**
 * Duplicate detection by character shingles: the same report in the other
 * script, or re-posted with other furniture, shares nearly all of its 5-grams
 * of match text with the first copy. A quarter of the shingles (chosen by
 * hash, so the same ones in every copy) are kept, which estimates the
 * overlap at a quarter of the cost. A signature is the sorted, distinct
 * hashes of the kept shingles.
 */

/** Shingle length in code units (`shingleSignature` carries a window of five). */
const SHINGLE = 5;
/** One shingle in SAMPLE is kept (those whose hash is divisible by it). */
const SAMPLE = 4;
/** Fewer kept shingles than this (a text under ~40 characters) are too few to call a duplicate. */
const MIN_SHINGLES = 10;
/** Share of the smaller text's shingles the larger must contain to be the same report. */
export const DUPLICATE_CONTAINMENT = 0.8;
/** A shingle found in more reports than this is boilerplate: it proposes no pair (pairs are still checked on all shingles). */
const COMMON_SHINGLE = 16;
/** Share of the smaller signature two reports must share in rarer shingles to be checked as a pair. */
const CANDIDATE_SHARE = 0.3;
/** One kept shingle in SKETCH_SAMPLE goes into a sketch (by hash, so the same ones in every copy). */
const SKETCH_SAMPLE = 16;
/**
 * A pair of sketches, the smaller of at least this many hashes, can rule a
 * duplicate out. A duplicate holds 80 % or more of the smaller text's
 * shingles, so each hash of the smaller sketch is in the larger with a
 * chance of 0.8 or more: of 4, none shared is a 1-in-600 draw (0.2⁴), and
 * 1 in 160,000 for a re-post sharing 95 %. Smaller sketches (texts under
 * ~250 characters) rule nothing out.
 */
const MIN_SKETCH = 4;
/** From this size of the smaller sketch on, a pair must share CANDIDATE_SHARE of it (below, one hash): fewer than 3 of 10 is a 1-in-10,000 draw. */
const SHARE_SKETCH = 10;

/** A report's signature: sorted distinct hashes of its kept shingles. */
export type Signature = Uint32Array;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** One step of FNV-1a: the hash so far with one more code unit. */
function fnvStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME);
}

/**
 * The signature of a report's match text (its blocks' match texts joined):
 * the FNV-1a hash of each SHINGLE (5) code units, kept when divisible by
 * SAMPLE, sorted, without repeats. Each unit is read once and carried along
 * the window (reading five a position took twice as long).
 */
export function shingleSignature(matchTexts: readonly string[]): Signature {
  const text = matchTexts.join('');
  const kept = new Uint32Array(Math.max(0, text.length - SHINGLE + 1));
  let count = 0;
  // The window's first four units; the fifth is read at each step.
  let u0 = text.charCodeAt(0);
  let u1 = text.charCodeAt(1);
  let u2 = text.charCodeAt(2);
  let u3 = text.charCodeAt(3);
  for (let start = 0; start < kept.length; start++) {
    const u4 = text.charCodeAt(start + SHINGLE - 1);
    const hash = fnvStep(fnvStep(fnvStep(fnvStep(fnvStep(FNV_OFFSET, u0), u1), u2), u3), u4) >>> 0;
    if (hash % SAMPLE === 0) kept[count++] = hash;
    u0 = u1;
    u1 = u2;
    u2 = u3;
    u3 = u4;
  }
  const sorted = kept.subarray(0, count);
  radixSort(sorted);
  let size = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[size++] = sorted[i]!;
  return sorted.slice(0, size);
}

/** Number of hashes two signatures share (a merge of the sorted arrays). */
function sharedCount(a: Signature, b: Signature): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}

/** Share of the smaller signature found in the larger; 0 when either is too small to judge. */
export function containment(a: Signature, b: Signature): number {
  const smaller = Math.min(a.length, b.length);
  return smaller < MIN_SHINGLES ? 0 : sharedCount(a, b) / smaller;
}

/**
 * A signature's sketch: its hashes divisible by SAMPLE × SKETCH_SAMPLE, a
 * sixteenth of it, which the archive index keeps for every entry, so that a
 * run compares new reports with the entries they may duplicate only, not
 * with every entry's body.
 */
export function sketchOf(signature: Signature): Signature {
  return signature.filter((hash) => hash % (SAMPLE * SKETCH_SAMPLE) === 0);
}

/** Whether a sketch can rule a duplicate out (see MIN_SKETCH): not when its text is a few hundred characters or less. */
export function sketchRulesOut(sketch: Signature): boolean {
  return sketch.length >= MIN_SKETCH;
}

/**
 * For each of the `own` sketches, the indices (ascending) of the `others`
 * that may be its duplicates: those sharing at least CANDIDATE_SHARE of the
 * smaller sketch (one hash when it is under SHARE_SKETCH; a true duplicate
 * shares 0.8 of it or more), and those with a sketch too small to rule
 * anything out (under MIN_SKETCH). One pass over the others' hashes,
 * looked up among the own ones: an archive of tens of thousands of entries
 * is gone through once for a run.
 */
export function possibleDuplicates(own: readonly Signature[], others: readonly Signature[]): number[][] {
  const result = own.map((): number[] => []);
  const small = own.flatMap((sketch, i) => (sketchRulesOut(sketch) ? [] : [i]));
  const holders = new Map<number, number[]>();
  own.forEach((sketch, i) => {
    if (!sketchRulesOut(sketch)) return;
    for (const hash of sketch) {
      const list = holders.get(hash);
      if (list) list.push(i);
      else holders.set(hash, [i]);
    }
  });
  const shared = new Uint32Array(own.length);
  const touched: number[] = [];
  others.forEach((other, j) => {
    if (!sketchRulesOut(other)) {
      for (const list of result) list.push(j);
      return;
    }
    for (const hash of other) {
      for (const i of holders.get(hash) ?? []) if (shared[i]!++ === 0) touched.push(i);
    }
    for (const i of touched) {
      const smaller = Math.min(own[i]!.length, other.length);
      if (shared[i]! >= (smaller < SHARE_SKETCH ? 1 : CANDIDATE_SHARE * smaller)) result[i]!.push(j);
      shared[i] = 0;
    }
    touched.length = 0;
    for (const i of small) result[i]!.push(j);
  });
  return result;
}

/** Whether two signatures are of the same report. */
export function isDuplicate(a: Signature, b: Signature): boolean {
  return containment(a, b) >= DUPLICATE_CONTAINMENT;
}

/**
 * Sorts `keys` ascending in place, and `values` (of the same length) along
 * with them: a least-significant-digit radix sort in four stable passes of
 * 8 bits, so equal keys keep their order. Several times faster than
 * `TypedArray.prototype.sort` on the hundreds of thousands of hashes of a run.
 */
function radixSort(keys: Uint32Array, values?: Uint32Array): void {
  const counts = new Uint32Array(257);
  type Arrays = { keys: Uint32Array; values: Uint32Array | undefined };
  let from: Arrays = { keys, values };
  let to: Arrays = { keys: new Uint32Array(keys.length), values: values && new Uint32Array(values.length) };
  for (let shift = 0; shift < 32; shift += 8) {
    counts.fill(0);
    for (let k = 0; k < from.keys.length; k++) counts[((from.keys[k]! >>> shift) & 0xff) + 1]!++;
    for (let digit = 1; digit <= 256; digit++) counts[digit]! += counts[digit - 1]!;
    for (let k = 0; k < from.keys.length; k++) {
      const key = from.keys[k]!;
      const at = counts[(key >>> shift) & 0xff]!++;
      to.keys[at] = key;
      if (from.values) to.values![at] = from.values[k]!;
    }
    [from, to] = [to, from];
  }
  // An even number of passes leaves the result in the arrays given.
}

/** Shingle occurrences: the hash and the report of each. */
interface Occurrences {
  hashes: Uint32Array;
  reports: Uint32Array;
}

/**
 * Every (shingle, report) occurrence, sorted by hash and, for one hash, by
 * report (reports go in in ascending order and the sort is stable). Sorting
 * the pairs packed into doubles took ~60 ms for the 143 government reports,
 * a third of planning the run; the radix sort takes a few.
 */
function sortedOccurrences(signatures: readonly Signature[]): Occurrences {
  const total = signatures.reduce((sum, signature) => sum + signature.length, 0);
  const occurrences = { hashes: new Uint32Array(total), reports: new Uint32Array(total) };
  let at = 0;
  signatures.forEach((signature, i) => {
    occurrences.hashes.set(signature, at);
    occurrences.reports.fill(i, at, at + signature.length);
    at += signature.length;
  });
  radixSort(occurrences.hashes, occurrences.reports);
  return occurrences;
}

/**
 * Pairs of reports that share many rare shingles, as `i * count + j` (i < j).
 * A run of one shingle in the sorted occurrences names the reports that have
 * it, and a short run counts towards each pair in it (boilerplate would make
 * every report a candidate of every other).
 */
function candidatePairs(signatures: readonly Signature[]): number[] {
  const count = signatures.length;
  const { hashes, reports } = sortedOccurrences(signatures);
  const total = hashes.length;
  const shared = new Map<number, number>();
  for (let start = 0; start < total; ) {
    let end = start + 1;
    while (end < total && hashes[end] === hashes[start]) end++;
    if (end - start <= COMMON_SHINGLE) {
      for (let a = start; a < end; a++) {
        for (let b = a + 1; b < end; b++) {
          const pair = reports[a]! * count + reports[b]!;
          shared.set(pair, (shared.get(pair) ?? 0) + 1);
        }
      }
    }
    start = end;
  }
  const pairs: number[] = [];
  for (const [pair, n] of shared) {
    const i = Math.floor(pair / count);
    const j = pair % count;
    if (n >= CANDIDATE_SHARE * Math.min(signatures[i]!.length, signatures[j]!.length)) pairs.push(pair);
  }
  return pairs;
}

/**
 * Groups signatures that are duplicates of one another (transitively), each
 * group as sorted indices, groups ordered by their first index. Pairs are
 * proposed by shingles few reports have, then checked on all shingles.
 */
export function groupDuplicates(signatures: readonly Signature[]): number[][] {
  const count = signatures.length;
  const parent = signatures.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const pair of candidatePairs(signatures)) {
    const i = Math.floor(pair / count);
    const j = pair % count;
    if (isDuplicate(signatures[i]!, signatures[j]!)) parent[find(j)] = find(i);
  }
  const groups = new Map<number, number[]>();
  signatures.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()];
}
