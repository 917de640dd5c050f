/**
 * Duplicate detection by character shingles: the same report in the other
 * script, or re-posted with other furniture, shares nearly all of its 5-grams
 * of match text with the first copy. A quarter of the shingles (chosen by
 * hash, so the same ones in every copy) are kept, which estimates the
 * overlap at a quarter of the cost. A signature is the sorted, distinct
 * hashes of the kept shingles.
 */

/** Shingle length in characters. */
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

/** A report's signature: sorted distinct hashes of its kept shingles. */
export type Signature = Uint32Array;

/** FNV-1a hash of the SHINGLE UTF-16 code units of `units` from `start`. */
function fnv1a(units: Uint16Array, start: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < start + SHINGLE; i++) {
    hash ^= units[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The signature of a report's match text (its blocks' match texts joined). */
export function shingleSignature(matchTexts: readonly string[]): Signature {
  const text = matchTexts.join('');
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  const kept = new Uint32Array(Math.max(0, text.length - SHINGLE + 1));
  let count = 0;
  for (let i = 0; i + SHINGLE <= units.length; i++) {
    const hash = fnv1a(units, i);
    if (hash % SAMPLE === 0) kept[count++] = hash;
  }
  const sorted = kept.subarray(0, count).sort();
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

/** Whether two signatures are of the same report. */
export function isDuplicate(a: Signature, b: Signature): boolean {
  return containment(a, b) >= DUPLICATE_CONTAINMENT;
}

/**
 * One stable pass of a radix sort on 16 bits of the hashes (from `shift`):
 * the occurrences of `from` in the order of those bits, into `to`.
 */
function radixPass(from: Occurrences, to: Occurrences, shift: number): void {
  const starts = new Uint32Array(65537);
  for (let k = 0; k < from.hashes.length; k++) starts[((from.hashes[k]! >>> shift) & 0xffff) + 1]!++;
  for (let digit = 1; digit <= 65536; digit++) starts[digit]! += starts[digit - 1]!;
  for (let k = 0; k < from.hashes.length; k++) {
    const hash = from.hashes[k]!;
    const at = starts[(hash >>> shift) & 0xffff]!++;
    to.hashes[at] = hash;
    to.reports[at] = from.reports[k]!;
  }
}

/** Shingle occurrences: the hash and the report of each. */
interface Occurrences {
  hashes: Uint32Array;
  reports: Uint32Array;
}

/**
 * Every (shingle, report) occurrence, sorted by hash and, for one hash, by
 * report: a radix sort in two stable passes of 16 bits (reports go in in
 * ascending order, so they stay so within a hash). Sorting the pairs packed
 * into doubles took ~60 ms for the 143 government reports, a third of
 * planning the run; this takes a third of that.
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
  const buffer = { hashes: new Uint32Array(total), reports: new Uint32Array(total) };
  radixPass(occurrences, buffer, 0);
  radixPass(buffer, occurrences, 16);
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
