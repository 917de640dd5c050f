/**
 * A trie over OpenCC dictionaries with the matching rules of opencc-js's own
 * `Trie` (longest match at each position; where nothing matches, skip one
 * code point, or a whole ideographic description sequence), stored in typed
 * arrays instead of one Map per node.
 *
 * Why not opencc-js's trie: it builds a Map for every node, which costs
 * ~230 ms of CPU (and as much again in garbage collection) for the 49,000
 * phrases of Simplified → Traditional, in every process and worker thread
 * that converts; and it looks up every position of a text in a Map even
 * where no word can start. Here a node's children live in one open-addressing
 * hash table, the root's in a table indexed by code unit, so a position where
 * no word starts costs one array read. The dictionaries and the conversion
 * chains are opencc-js's (see `script-converter.ts`); a test checks that both
 * convert the corpora and every dictionary entry alike.
 *
 * Walking by UTF-16 code units rather than code points matches the same
 * words, because dictionary words are well-formed (a test checks it).
 */

/** A dictionary as opencc-js ships it: `"from to|from to…"` (a line's value is its second field). */
export type Dictionary = string;

/** Code units of a dictionary's words (what comes before each line's first space). */
function wordUnits(dictionary: Dictionary): number {
  let units = 0;
  for (let start = 0; start < dictionary.length; ) {
    let lineEnd = dictionary.indexOf('|', start);
    if (lineEnd < 0) lineEnd = dictionary.length;
    const space = dictionary.indexOf(' ', start);
    units += (space < 0 || space > lineEnd ? lineEnd : space) - start;
    start = lineEnd + 1;
  }
  return units;
}

/** Arity of an ideographic description character (⿰ takes two parts, ⿲ three); 0 for any other. */
function idsArity(code: number): number {
  if (code >= 0x2ff0 && code <= 0x2ff1) return 2;
  if (code >= 0x2ff2 && code <= 0x2ff3) return 3;
  if (code >= 0x2ff4 && code <= 0x2fff) return 2;
  return 0;
}

/** Code units of the code point at `i`. */
function codePointLength(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/** End of the ideographic description sequence that starts at `i`, or 0 when none does (as opencc-js reads them). */
function idsEnd(text: string, i: number): number {
  const arity = idsArity(text.codePointAt(i)!);
  if (arity === 0) return 0;
  let end = i + codePointLength(text, i);
  for (let n = 0; n < arity; n++) {
    if (end >= text.length) return 0;
    end = idsEnd(text, end) || end + codePointLength(text, end);
  }
  return end;
}

/** Code units to skip at an unmatched position: one code point, or a whole ideographic description sequence. */
function unmatchedLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0x2ff0 && code <= 0x2fff) {
    const end = idsEnd(text, i);
    if (end > i) return end - i;
  }
  return code >= 0xd800 && code <= 0xdbff ? codePointLength(text, i) : 1;
}

/** The next power of two at or above `n`. */
function powerOfTwo(n: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(2, n)));
}

/** A trie of one dictionary group: the first dictionary of the group that has a word gives its value. */
export class DictionaryTrie {
  /** Child of the root for each code unit (0: none; the root is node 0). */
  private readonly rootChild = new Int32Array(65536);
  /** Open-addressing table of the other edges: parent node, code unit, child node (0: empty slot). */
  private readonly edgeParent: Int32Array;
  private readonly edgeUnit: Uint16Array;
  private readonly edgeChild: Int32Array;
  private readonly mask: number;
  /** Where the value of the word that ends at each node lies: dictionary, start (-1: no word ends here), end. */
  private readonly valueSource: Uint8Array;
  private readonly valueStart: Int32Array;
  private readonly valueEnd: Int32Array;
  private readonly dictionaries: readonly Dictionary[];
  private readonly valueCache = new Map<number, string>();
  private nodes = 1;
  /** Node of the word `matchAt` found last. */
  private lastNode = 0;

  constructor(group: readonly Dictionary[]) {
    // The code units of the words bound the nodes and edges from above.
    const units = group.reduce((sum, dictionary) => sum + wordUnits(dictionary), 0);
    const size = powerOfTwo(units * 2);
    this.edgeParent = new Int32Array(size);
    this.edgeUnit = new Uint16Array(size);
    this.edgeChild = new Int32Array(size);
    this.mask = size - 1;
    this.valueStart = new Int32Array(units + 1).fill(-1);
    this.valueEnd = new Int32Array(units + 1);
    this.valueSource = new Uint8Array(units + 1);
    this.dictionaries = [...group];
    // Later dictionaries are loaded first so that earlier ones overwrite their words, as opencc-js does.
    for (let d = group.length - 1; d >= 0; d--) this.load(d);
  }

  /** Slot of the edge (parent, unit) in the table: where it is, or the empty slot where it would go. */
  private slot(parent: number, unit: number): number {
    let at = (Math.imul(parent, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & this.mask;
    while (this.edgeChild[at] !== 0 && (this.edgeParent[at] !== parent || this.edgeUnit[at] !== unit)) at = (at + 1) & this.mask;
    return at;
  }

  /** Adds every line of dictionary `d`, reading words and values in place (no strings are made). */
  private load(d: number): void {
    const dictionary = this.dictionaries[d]!;
    for (let start = 0; start < dictionary.length; ) {
      let lineEnd = dictionary.indexOf('|', start);
      if (lineEnd < 0) lineEnd = dictionary.length;
      const space = dictionary.indexOf(' ', start);
      if (space < 0 || space > lineEnd) throw new TypeError(`invalid dictionary entry "${dictionary.slice(start, lineEnd)}"`);
      const valueEnd = dictionary.indexOf(' ', space + 1);
      let node = 0;
      for (let i = start; i < space; i++) node = this.childOrNew(node, dictionary.charCodeAt(i));
      this.valueSource[node] = d;
      this.valueStart[node] = space + 1;
      this.valueEnd[node] = valueEnd < 0 || valueEnd > lineEnd ? lineEnd : valueEnd;
      start = lineEnd + 1;
    }
  }

  /** The child of `node` along `unit`, made when missing. */
  private childOrNew(node: number, unit: number): number {
    if (node === 0) {
      if (this.rootChild[unit] === 0) this.rootChild[unit] = this.nodes++;
      return this.rootChild[unit]!;
    }
    const at = this.slot(node, unit);
    if (this.edgeChild[at] === 0) {
      this.edgeParent[at] = node;
      this.edgeUnit[at] = unit;
      this.edgeChild[at] = this.nodes++;
    }
    return this.edgeChild[at]!;
  }

  /** The value of the word that ends at `node` (cut from its dictionary on first use). */
  private valueAt(node: number): string {
    let value = this.valueCache.get(node);
    if (value === undefined) {
      value = this.dictionaries[this.valueSource[node]!]!.slice(this.valueStart[node], this.valueEnd[node]);
      this.valueCache.set(node, value);
    }
    return value;
  }

  /** End of the longest word of the first `among` dictionaries that starts at `i`, or -1; the word's node is then `lastNode`. */
  private matchAt(text: string, i: number, among: number): number {
    let node = this.rootChild[text.charCodeAt(i)]!;
    let end = -1;
    for (let j = i + 1; node !== 0; j++) {
      // A word's value comes from the first dictionary that has it, so it is in the first `among` when that one is.
      if (this.valueStart[node]! >= 0 && this.valueSource[node]! < among) {
        end = j;
        this.lastNode = node;
      }
      if (j >= text.length) break;
      node = this.edgeChild[this.slot(node, text.charCodeAt(j))]!;
    }
    return end;
  }

  /**
   * The first position at or after `i` where a word may start (its code unit
   * begins a word); the text's length when there is none. Positions skipped
   * are unmatched, and skipping them one by one is what opencc-js does, but
   * for a surrogate or an ideographic description character, which may be
   * skipped together with what follows: there the scan stops.
   */
  private nextStart(text: string, i: number): number {
    for (; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (this.rootChild[unit] !== 0 || (unit >= 0xd800 && unit <= 0xdfff) || (unit >= 0x2ff0 && unit <= 0x2fff)) return i;
    }
    return i;
  }

  /**
   * The text cut into words and the runs between them; the words of the
   * first `among` dictionaries of the group only, when given (so one trie
   * serves a conversion group and a segmentation group that begins it).
   */
  segment(text: string, among = this.dictionaries.length): string[] {
    const segments: string[] = [];
    let unmatched = -1;
    for (let i = 0; i < text.length; ) {
      const start = this.nextStart(text, i);
      if (start > i && unmatched < 0) unmatched = i;
      i = start;
      if (i >= text.length) break;
      // Where only words of later dictionaries start, nothing matches: the run goes on, as where no word starts.
      const end = this.matchAt(text, i, among);
      if (end < 0) {
        if (unmatched < 0) unmatched = i;
        i += unmatchedLength(text, i);
        continue;
      }
      if (unmatched >= 0) segments.push(text.slice(unmatched, i));
      unmatched = -1;
      segments.push(text.slice(i, end));
      i = end;
    }
    if (unmatched >= 0) segments.push(text.slice(unmatched));
    return segments;
  }

  /** The text with every longest match replaced by its value. */
  convert(text: string): string {
    let out = '';
    let copied = 0;
    for (let i = 0; i < text.length; ) {
      i = this.nextStart(text, i);
      if (i >= text.length) break;
      const end = this.matchAt(text, i, this.dictionaries.length);
      if (end < 0) {
        i += unmatchedLength(text, i);
        continue;
      }
      out += text.slice(copied, i) + this.valueAt(this.lastNode);
      i = copied = end;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }
}
