/**
 * Paragraph anchors: `p-` + 6 base-36 characters of a hash of the block's
 * match text (the same in both scripts), `-2`, `-3` … for repeats. On
 * re-ingest the anchors of the old entry are reused: first for blocks with
 * the same match text, then for the most similar old block (so a paragraph
 * whose mojibake was repaired keeps its anchor); only new text gets a new one.
 */
import { hash } from 'node:crypto';

/** A block of an existing entry: its anchor and match text. */
export interface OldAnchor {
  anchor: string;
  match: string;
}

/** A block to anchor: its match text, and its text for blocks of punctuation only. */
export interface AnchorKey {
  match: string;
  text: string;
}

/** Lowest bigram similarity (Dice) at which an old anchor passes to a changed paragraph. */
export const SIMILAR_PARAGRAPH = 0.5;

const ANCHOR_SPACE = 36 ** 6;

/** The anchor a block gets when nothing is reused (before a repeat suffix). */
export function anchorBase({ match, text }: AnchorKey): string {
  const hex = hash('sha256', match || text.trim());
  return `p-${(Number.parseInt(hex.slice(0, 10), 16) % ANCHOR_SPACE).toString(36).padStart(6, '0')}`;
}

/** Distinct character bigrams of a match text. */
function bigrams(text: string): Set<string> {
  const chars = Array.from(text);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return grams;
}

/** Old anchors for blocks whose match text is unchanged (the k-th repeat takes the k-th old one). */
function reuseSame(keys: readonly AnchorKey[], old: readonly OldAnchor[], anchors: (string | undefined)[], used: Set<number>): void {
  const byMatch = new Map<string, number[]>();
  old.forEach((block, j) => {
    const queue = byMatch.get(block.match);
    if (queue) queue.push(j);
    else byMatch.set(block.match, [j]);
  });
  keys.forEach((key, i) => {
    const j = byMatch.get(key.match)?.shift();
    if (j === undefined) return;
    anchors[i] = old[j]!.anchor;
    used.add(j);
  });
}

/** Old anchors for changed blocks: the most similar unused old block, best pairs first. */
function reuseSimilar(keys: readonly AnchorKey[], old: readonly OldAnchor[], anchors: (string | undefined)[], used: Set<number>): void {
  const index = new Map<string, number[]>();
  const oldGrams = new Map<number, Set<string>>();
  old.forEach((block, j) => {
    if (used.has(j)) return;
    const grams = bigrams(block.match);
    oldGrams.set(j, grams);
    for (const gram of grams) {
      const list = index.get(gram);
      if (list) list.push(j);
      else index.set(gram, [j]);
    }
  });
  if (index.size === 0) return;
  const pairs: { i: number; j: number; score: number }[] = [];
  keys.forEach((key, i) => {
    if (anchors[i] !== undefined) return;
    const grams = bigrams(key.match);
    const shared = new Map<number, number>();
    for (const gram of grams) for (const j of index.get(gram) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, count] of shared) {
      const score = (2 * count) / (grams.size + oldGrams.get(j)!.size);
      if (score >= SIMILAR_PARAGRAPH) pairs.push({ i, j, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  for (const { i, j } of pairs) {
    if (anchors[i] !== undefined || used.has(j)) continue;
    anchors[i] = old[j]!.anchor;
    used.add(j);
  }
}

/**
 * Anchors for a report's blocks, reusing those of the old entry (`old`, empty
 * for a new entry). New anchors never take one the old entry had.
 */
export function assignAnchors(keys: readonly AnchorKey[], old: readonly OldAnchor[] = []): string[] {
  const anchors: (string | undefined)[] = new Array(keys.length).fill(undefined);
  const used = new Set<number>();
  // A new entry has none to reuse (looking each text up would hash it for nothing).
  if (old.length > 0) {
    reuseSame(keys, old, anchors, used);
    reuseSimilar(keys, old, anchors, used);
  }
  const taken = new Set<string>([...old.map((block) => block.anchor), ...anchors.filter((a) => a !== undefined)]);
  return keys.map((key, i) => {
    const reused = anchors[i];
    if (reused !== undefined) return reused;
    const base = anchorBase(key);
    let anchor = base;
    for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
    taken.add(anchor);
    return anchor;
  });
}
