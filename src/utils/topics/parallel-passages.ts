/**
 * Parallel passages: paragraphs that share a near-verbatim span of at least
 * `MIN_SPAN` characters of match text with a paragraph of another report.
 *
 * 1. Identical paragraphs are merged first (a paragraph reposted verbatim is
 *    one text with several occurrences), so repeats cost nothing.
 * 2. Each distinct text is fingerprinted by winnowing its `SHINGLE`-character
 *    shingles with a window that guarantees a shared fingerprint to any two
 *    texts sharing `MIN_SPAN` characters (Schleimer et al., 2003).
 * 3. Fingerprints sorted by hash give, run by run, the texts that share one:
 *    each pair of them is a candidate. A fingerprint found in more than
 *    `maxShared` reports is boilerplate (slogans, set phrases of every
 *    report) and proposes nothing.
 * 4. Candidates are aligned exactly: the maximal common spans of the two
 *    texts; a pair is kept when one span of `MIN_SPAN` characters or more is
 *    not boilerplate itself.
 * Memory and time grow with the total text (plus the pairs found), not with
 * the square of the number of reports.
 */
import type { CorpusReport } from './corpus-text.ts';

/** Shortest shared span worth showing, in characters of match text. */
export const MIN_SPAN = 20;
/** Shingle length; the winnowing window is `MIN_SPAN - SHINGLE + 1` shingles. */
const SHINGLE = 8;
const WINDOW = MIN_SPAN - SHINGLE + 1;
/** Texts are numbered below this in the packed fingerprint (hash × TEXTS + text). */
const TEXTS = 2 ** 22;

/** Another occurrence of a passage: report and block indices, and the longest shared span. */
export interface ParallelLink {
  report: number;
  block: number;
  shared: number;
}

/**
 * Parallel passages of a corpus, stored by distinct text so that memory
 * grows with the text, not with the pairs of occurrences (a paragraph
 * reposted in 30 reports is one text with 30 occurrences, not 870 links).
 */
export interface Parallels {
  /** Per report: block index → distinct text, for the blocks whose text reappears. */
  blocks: Array<Map<number, number>>;
  /** Per distinct text: its occurrences, as [report, block], in corpus order. */
  occurrences: Array<Array<[number, number]>>;
  /** Per distinct text: the texts (itself included when repeated verbatim) sharing a span with it, as [text, span length]. */
  similar: Array<Array<[number, number]>>;
}

/** How common a fingerprint may be before it is boilerplate: more reports than this. */
export function boilerplateLimit(reportCount: number): number {
  return Math.max(8, Math.ceil(reportCount * 0.01));
}

/** FNV-1a hash (31 bits) of `SHINGLE` code units of `text` from `start`. */
function shingleHash(text: string, start: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < start + SHINGLE; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 1;
}

/**
 * The hash of each shingle of a text, by start position. Computed once per
 * distinct text: counting, winnowing and the rarity of spans all read them
 * (hashed three times, finding the parallels of 5,000 reports took 15 % longer).
 */
export function shingleHashes(text: string): Uint32Array {
  const hashes = new Uint32Array(Math.max(0, text.length - SHINGLE + 1));
  for (let i = 0; i < hashes.length; i++) hashes[i] = shingleHash(text, i);
  return hashes;
}

/** Winnowed fingerprints of a text, from its shingle hashes: the smallest hash of each window of shingles (rightmost on ties), each position once. */
export function winnow(hashes: Uint32Array): number[] {
  const count = hashes.length;
  if (count === 0) return [];
  const picked: number[] = [];
  let last = -1;
  // Monotonic queue of positions with increasing hashes.
  const queue: number[] = [];
  let head = 0;
  for (let i = 0; i < count; i++) {
    while (queue.length > head && hashes[queue[queue.length - 1]!]! >= hashes[i]!) queue.pop();
    queue.push(i);
    if (queue[head]! <= i - WINDOW) head++;
    if (i >= Math.min(WINDOW, count) - 1 && queue[head] !== last) {
      last = queue[head]!;
      picked.push(hashes[last]!);
    }
  }
  return picked;
}

/**
 * Maximal common spans of two texts of at least `MIN_SPAN` characters, as
 * [start in a, length]. Shingles are matched by their hashes (the texts'
 * `shingleHashes`, computed already when finding parallels), then compared
 * character by character: a hash collision gives no span.
 */
export function commonSpans(a: string, b: string, hashesA = shingleHashes(a), hashesB = shingleHashes(b)): Array<[number, number]> {
  const starts = new Map<number, number[]>();
  for (let i = 0; i < hashesA.length; i++) {
    const list = starts.get(hashesA[i]!);
    if (list) list.push(i);
    else starts.set(hashesA[i]!, [i]);
  }
  const spans: Array<[number, number]> = [];
  for (let j = 0; j < hashesB.length; j++) {
    for (const i of starts.get(hashesB[j]!) ?? []) {
      // Only a span's first position starts it (the previous characters differ).
      if (i > 0 && j > 0 && a.charCodeAt(i - 1) === b.charCodeAt(j - 1)) continue;
      let length = 0;
      while (i + length < a.length && j + length < b.length && a.charCodeAt(i + length) === b.charCodeAt(j + length)) length++;
      if (length >= MIN_SPAN) spans.push([i, length]);
    }
  }
  return spans;
}

/** Distinct paragraph texts long enough to share a span, and where each occurs. */
function distinctTexts(reports: readonly CorpusReport[]): { texts: string[]; occurrences: Array<Array<[number, number]>> } {
  const ids = new Map<string, number>();
  const texts: string[] = [];
  const occurrences: Array<Array<[number, number]>> = [];
  reports.forEach((report, r) => {
    report.blocks.forEach((block, b) => {
      if (block.kind !== 'P' || block.match.length < MIN_SPAN) return;
      let id = ids.get(block.match);
      if (id === undefined) {
        id = texts.push(block.match) - 1;
        ids.set(block.match, id);
        occurrences.push([]);
      }
      occurrences[id]!.push([r, b]);
    });
  });
  if (texts.length >= TEXTS) throw new Error(`Parallel passages: ${texts.length} distinct paragraphs exceed ${TEXTS}`);
  return { texts, occurrences };
}

/** Number of distinct reports in a list of occurrences. */
function reportCount(occurrences: ReadonlyArray<readonly [number, number]>): number {
  return new Set(occurrences.map(([report]) => report)).size;
}

/**
 * Report frequency of every shingle, approximately: a counting table indexed
 * by shingle hash (collisions only ever overcount, so they can hide a
 * passage, never invent one). A distinct text counts once per report it is in.
 */
class ShingleCounts {
  readonly #counts: Uint16Array;
  readonly #mask: number;

  constructor(hashes: readonly Uint32Array[], reach: readonly number[]) {
    const shingles = hashes.reduce((sum, list) => sum + list.length, 0);
    const size = 2 ** Math.min(26, Math.max(16, Math.ceil(Math.log2(shingles * 2 + 1))));
    this.#counts = new Uint16Array(size);
    this.#mask = size - 1;
    hashes.forEach((list, id) => {
      for (const hash of list) {
        const slot = hash & this.#mask;
        this.#counts[slot] = Math.min(0xffff, this.#counts[slot]! + reach[id]!);
      }
    });
  }

  /** Reports (at most) that contain the shingle of `hash`. */
  of(hash: number): number {
    return this.#counts[hash & this.#mask]!;
  }
}

/** Longest run of characters in `[start, start + length)` of a text (its shingle `hashes`) whose shingles are all rare, in characters. */
function rareLength(hashes: Uint32Array, start: number, length: number, isRare: (hash: number) => boolean): number {
  let longest = 0;
  let run = 0;
  for (let i = start; i + SHINGLE <= start + length; i++) {
    run = isRare(hashes[i]!) ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest === 0 ? 0 : longest + SHINGLE - 1;
}

/** Finds the parallel passages of a corpus (see the module comment). */
export function findParallels(reports: readonly CorpusReport[], maxShared = boilerplateLimit(reports.length)): Parallels {
  const { texts, occurrences } = distinctTexts(reports);
  const reach = occurrences.map(reportCount);
  const hashes = texts.map(shingleHashes);
  const counts = new ShingleCounts(hashes, reach);
  const isRare = (hash: number): boolean => counts.of(hash) <= maxShared;
  const similar: Array<Array<[number, number]>> = texts.map(() => []);

  // Verbatim repeats of one paragraph, unless it is boilerplate throughout.
  texts.forEach((text, id) => {
    if (reach[id]! >= 2 && reach[id]! <= maxShared && rareLength(hashes[id]!, 0, text.length, isRare) >= MIN_SPAN) similar[id]!.push([id, text.length]);
  });

  // Rare fingerprints, packed as hash × TEXTS + text and sorted: a run of one hash lists the texts sharing it.
  const prints = hashes.map((list) => [...new Set(winnow(list))].filter(isRare));
  const total = prints.reduce((sum, hashes) => sum + hashes.length, 0);
  const packed = new Float64Array(total);
  let at = 0;
  prints.forEach((hashes, id) => {
    for (const hash of hashes) packed[at++] = hash * TEXTS + id;
  });
  packed.sort();
  const candidates = new Set<number>();
  for (let start = 0; start < total; ) {
    const hash = Math.floor(packed[start]! / TEXTS);
    let end = start + 1;
    while (end < total && Math.floor(packed[end]! / TEXTS) === hash) end++;
    for (let i = start; i < end; i++) for (let j = i + 1; j < end; j++) candidates.add((packed[i]! % TEXTS) * TEXTS + (packed[j]! % TEXTS));
    start = end;
  }

  // Exact alignment: the longest common span that holds MIN_SPAN characters of rare shingles.
  for (const pair of candidates) {
    const x = Math.floor(pair / TEXTS);
    const y = pair % TEXTS;
    let longest = 0;
    for (const [start, length] of commonSpans(texts[x]!, texts[y]!, hashes[x], hashes[y])) {
      if (length > longest && rareLength(hashes[x]!, start, length, isRare) >= MIN_SPAN) longest = length;
    }
    if (longest === 0) continue;
    similar[x]!.push([y, longest]);
    similar[y]!.push([x, longest]);
  }

  const blocks: Array<Map<number, number>> = reports.map(() => new Map());
  similar.forEach((list, id) => {
    if (list.length === 0) return;
    for (const [report, block] of occurrences[id]!) blocks[report]!.set(block, id);
  });
  return { blocks, occurrences, similar };
}

/** Every occurrence of the texts similar to each text, sorted, computed once per text when first asked. */
const unions = new WeakMap<Parallels, Map<number, ParallelLink[]>>();

/** The occurrences of the texts similar to `text` (itself included when repeated verbatim), in corpus order, longest span per block. */
function similarOccurrences(parallels: Parallels, text: number): ParallelLink[] {
  let byText = unions.get(parallels);
  if (!byText) unions.set(parallels, (byText = new Map()));
  let union = byText.get(text);
  if (!union) {
    const found = new Map<number, ParallelLink>();
    for (const [other, shared] of parallels.similar[text]!) {
      for (const [report, block] of parallels.occurrences[other]!) {
        const key = report * 2 ** 20 + block;
        const known = found.get(key);
        if (!known || known.shared < shared) found.set(key, { report, block, shared });
      }
    }
    union = [...found.values()].sort((a, b) => a.report - b.report || a.block - b.block);
    byText.set(text, union);
  }
  return union;
}

/** Index of the first link of `links` (in corpus order) in report `report` or a later one. */
function firstInReport(links: readonly ParallelLink[], report: number): number {
  let low = 0;
  let high = links.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (links[middle]!.report < report) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The occurrences of a block's passage in other reports, in corpus order: the
 * first `limit`, and how many there are. The report's own occurrences are one
 * run of the sorted union, found by bisection: a paragraph reposted in
 * thousands of reports is not walked through for each of its asides.
 */
export function otherOccurrences(parallels: Parallels, report: number, block: number, limit = Infinity): { links: ParallelLink[]; total: number } {
  const text = parallels.blocks[report]?.get(block);
  if (text === undefined) return { links: [], total: 0 };
  const union = similarOccurrences(parallels, text);
  const ownFrom = firstInReport(union, report);
  const ownTo = firstInReport(union, report + 1);
  const links = union.slice(0, Math.min(ownFrom, limit));
  if (links.length < limit) links.push(...union.slice(ownTo, ownTo + (limit - links.length)));
  return { links, total: union.length - (ownTo - ownFrom) };
}
