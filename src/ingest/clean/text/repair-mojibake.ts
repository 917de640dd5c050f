/**
 * repair-mojibake: runs of text garbled by misaligned GBK, read back.
 *
 * How the damage arises (worked out from the bytes of real pages): the page
 * was GBK bytes, and a byte-level step lost a byte, or spliced a pinyin
 * annotation `(…)` into the middle of a two-byte code. Decoding then paired
 * every byte with the next one's until an ASCII byte put it back in step, and
 * full-width forms were later folded to ASCII (`！` → `!`). What is left: a
 * `?` where the lost byte stood (a lead byte whose `(` was swallowed with it
 * when an annotation followed), then characters read one byte off, e.g.
 * `融合?!敖◤?qiáng)龍頭”` for `融合。“建強(qiáng)龍頭”`, or `以新?lián)Q心`
 * for `以新換心` (`(lián)` was spliced after 聯, the bytes of 新's end and
 * 換's start).
 *
 * The repair re-encodes the run as GBK, puts the lost byte back and pairs the
 * bytes right. The lost byte is found from the annotation after it (it names
 * the character those bytes form) or else from the document's own usage: how
 * often it pairs each candidate with the neighbouring characters, or, for a
 * punctuation mark, how much more it uses it than any other fit. A repair
 * stands only when the run shows signs of damage and every character it
 * yields is common; what stays unknown becomes □. The bytes held the page's
 * own characters, so the repair comes out in the script of its surroundings
 * (Traditional pages give Traditional characters).
 */
import type { CleanRule } from '../../types.ts';
import { bodyBounds } from '../lines/shape.ts';
import { isCommonChar, isPunctuation } from './common-chars.ts';
import { usageIn, type Usage } from './document-usage.ts';
import { gbkBytes, gbkChar, gbkCodesWith, isTrailByte } from './gbk.ts';
import { canRead, isPinyinSyllable, PINYIN_LETTERS } from './pinyin-readings.ts';
import { lineMessage, rewriteLine } from './rewrite-line.ts';

export const RULE_ID = 'repair-mojibake';

/** A damaged run is short: this bounds the bytes read back from one `?`. */
const MAX_TOKENS = 24;
/** Readings of the run searched at most (each ASCII character or `?` may be read two ways). */
const MAX_PATHS = 256;
/** A lost byte chosen by its neighbours needs the document to pair them this often… */
const MIN_CONTEXT = 2;
/** …and this many times as often as with the runner-up. */
const MIN_LEAD = 2;
/** A character chosen without such pairing needs this many uses… */
const MIN_USES = 3;
/** …and this many times the uses of any other character that fits. */
const USES_LEAD = 4;
/** Full-width forms are GBK row A3: `！` is A3 A1, the ASCII `!` plus 0x80. */
const FULL_WIDTH_LEAD = 0xa3;
const FULL_WIDTH_QUESTION = 0xbf;

const ANNOTATION_AFTER_LOST = new RegExp(`^[${PINYIN_LETTERS}]{1,6}(?=\\))`, 'u');
const ANNOTATION_BEFORE = new RegExp(`\\([${PINYIN_LETTERS}]{1,6}\\)$`, 'u');

/** One unit of a garbled run: a character as its GBK bytes, an ASCII byte, or a lost byte (`?`, with the annotation it carries). */
type Token =
  | { kind: 'char'; char: string; lead: number; trail: number; start: number; end: number }
  | { kind: 'ascii'; code: number; start: number; end: number }
  | { kind: 'lost'; reading?: string; start: number; end: number };

/** A byte of the rebuilt stream; null for a lost byte of unknown value. */
type Byte = number | null;

/** A character of the repaired run: undefined char for one that cannot be known (□). */
interface Piece {
  char?: string;
  /** Annotation that belongs to this character (kept for strip-pinyin). */
  reading?: string;
  /** Characters a lost byte leaves possible, until the neighbours settle it. */
  candidates?: string[];
}

/** One way of reading the run back. */
interface Reading {
  pieces: Piece[];
  /** Index of the first token after the run. */
  end: number;
  squares: number;
}

/** Result of repairing one line. */
export interface MojibakeRepair {
  text: string;
  /** Runs read back in full. */
  repaired: number;
  /** Runs read back with characters that stay unknown (□). */
  doubtful: number;
  /** Characters left unknown. */
  squares: number;
}

/** The tokens of a possible run, from the `?` at `anchor` to the first character that cannot belong to one. */
function tokenize(line: string, anchor: number): Token[] {
  const tokens: Token[] = [];
  let i = anchor;
  while (i < line.length && tokens.length < MAX_TOKENS) {
    const char = line[i]!;
    const code = char.charCodeAt(0);
    if (char === '?') {
      const annotation = ANNOTATION_AFTER_LOST.exec(line.slice(i + 1, i + 8))?.[0];
      if (annotation && isPinyinSyllable(annotation)) {
        tokens.push({ kind: 'lost', reading: annotation, start: i, end: i + annotation.length + 2 });
        i += annotation.length + 2;
      } else {
        tokens.push({ kind: 'lost', start: i, end: i + 1 });
        i++;
      }
    } else if (code >= 0x21 && code <= 0x7e) {
      tokens.push({ kind: 'ascii', code, start: i, end: i + 1 });
      i++;
    } else if (code >= 0x80) {
      const bytes = gbkBytes(char);
      if (!bytes) break;
      tokens.push({ kind: 'char', char, lead: bytes[0], trail: bytes[1], start: i, end: i + 1 });
      i++;
    } else break;
  }
  return tokens;
}

/** The character two bytes form, or the common characters they may form when one byte is lost; 'invalid' when none fits. */
function resolvePair(lead: Byte, trail: Byte, reading?: string): { piece: Piece; trail?: number } | 'invalid' {
  if (lead !== null && trail !== null) {
    const char = gbkChar(lead, trail);
    if (!char || !isCommonChar(char) || (reading && !canRead(char, reading))) return 'invalid';
    return { piece: { char, reading }, trail };
  }
  if (lead === null && trail === null) return { piece: { reading } };
  const codes = lead === null ? gbkCodesWith(trail!, 'trail') : gbkCodesWith(lead, 'lead');
  const fits = codes
    .map((code) => ({ code, char: gbkChar(code[0], code[1])! }))
    .filter(({ char }) => isCommonChar(char) && (!reading || canRead(char, reading)));
  const [only] = fits;
  if (!only) return 'invalid';
  if (fits.length === 1) return { piece: { char: only.char, reading }, trail: only.code[1] };
  return { piece: { reading, candidates: fits.map(({ char }) => char) } };
}

/**
 * The candidate the document's usage singles out, if any: the one it pairs
 * clearly most often with the neighbouring characters, or, with no such
 * pairing, one it uses far more than any other fit: a punctuation mark, or
 * any character when an annotation already narrowed the fits to its reading.
 */
function choose(piece: Piece, before: string | undefined, after: string | undefined, usage: Usage): string | undefined {
  const candidates = piece.candidates ?? [];
  const scored = candidates.map((char) => ({
    char,
    context: (before ? usage(before + char) : 0) + (after ? usage(char + after) : 0),
    uses: usage(char),
  }));
  const [first, second] = [...scored].sort((a, b) => b.context - a.context || b.uses - a.uses);
  if (first && first.context >= MIN_CONTEXT && first.context >= MIN_LEAD * (second?.context ?? 0)) return first.char;
  const [top, runnerUp] = [...scored].sort((a, b) => b.uses - a.uses);
  if (!top || (!isPunctuation(top.char) && !piece.reading) || top.uses < MIN_USES) return undefined;
  return top.uses >= USES_LEAD * (runnerUp?.uses ?? 0) ? top.char : undefined;
}

/** Settles the characters a reading left open, from their neighbours; those that stay open are □. */
function settle(reading: Reading, before: string | undefined, after: string | undefined, usage: Usage): Reading {
  const pieces = reading.pieces.map((piece) => ({ ...piece }));
  pieces.forEach((piece, i) => {
    if (!piece.candidates) return;
    const left = i === 0 ? before : pieces[i - 1]!.char;
    const right = i === pieces.length - 1 ? after : pieces[i + 1]!.char;
    piece.char = choose(piece, left, right, usage);
  });
  return { ...reading, pieces, squares: pieces.filter((piece) => !piece.char).length };
}

/** Lead bytes a lost byte may have been, given that it followed `before` and `before`+it was annotated as `reading`. */
function splicedBytes(before: number, reading: string): number[] {
  return gbkCodesWith(before, 'lead')
    .filter(([lead, trail]) => canRead(gbkChar(lead, trail)!, reading))
    .map(([, trail]) => trail);
}

/** Every way of reading the run back, pairing bytes from the lost one on. */
function readings(tokens: readonly Token[], before: number | undefined): Reading[] {
  const found: Reading[] = [];
  const walk = (i: number, pending: Byte | undefined, previous: number | undefined, pieces: Piece[]): void => {
    if (found.length >= MAX_PATHS) return;
    const token = tokens[i];
    const go = (result: ReturnType<typeof resolvePair>, next: Byte | undefined, nextPrevious: number | undefined) => {
      if (result === 'invalid') return;
      walk(i + 1, next, nextPrevious ?? result.trail, [...pieces, result.piece]);
    };
    if (pending === undefined) {
      // In step again: the run goes on only through a lost byte that an annotation was spliced after.
      if (!token || token.kind !== 'lost' || (i > 0 && token.reading === undefined)) {
        if (i > 0) found.push({ pieces, end: i, squares: 0 });
        return;
      }
      const spliced = token.reading !== undefined && previous !== undefined ? splicedBytes(previous, token.reading) : [];
      if (spliced.length > 0) for (const byte of spliced) walk(i + 1, byte, undefined, pieces);
      else walk(i + 1, null, undefined, pieces);
      return;
    }
    // Out of step: the pending byte pairs with the next one. A run that stops here lost its end: not this damage.
    if (!token) return;
    if (token.kind === 'char') go(resolvePair(pending, token.lead), token.trail, token.lead);
    else if (token.kind === 'ascii') {
      if (isTrailByte(token.code)) go(resolvePair(pending, token.code), undefined, undefined);
      go(resolvePair(pending, FULL_WIDTH_LEAD), token.code + 0x80, FULL_WIDTH_LEAD);
    } else if (token.reading !== undefined) go(resolvePair(pending, null, token.reading), undefined, undefined);
    else {
      // A bare `?` is `？`, or a code the decoder could not read: the character it began is lost.
      go(resolvePair(pending, FULL_WIDTH_LEAD), FULL_WIDTH_QUESTION, FULL_WIDTH_LEAD);
      go({ piece: {} }, undefined, undefined);
    }
  };
  walk(0, undefined, before, []);
  return found;
}

const ASCII_WORD = /[A-Za-z0-9]/;

/** Whether the run shows damage: a lost byte with an annotation, an uncommon character, or an ASCII character wedged into Chinese. */
function looksDamaged(line: string, tokens: readonly Token[], end: number): boolean {
  return tokens.slice(0, end).some((token) => {
    if (token.kind === 'lost') return token.reading !== undefined;
    if (token.kind === 'char') return !isCommonChar(token.char);
    const around = [line[token.start - 1] ?? '', line[token.end] ?? ''];
    return !around.some((char) => ASCII_WORD.test(char)) && around.some((char) => char.charCodeAt(0) >= 0x80);
  });
}

function render(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (piece.char ?? '□') + (piece.char && piece.reading ? `(${piece.reading})` : '')).join('');
}

/** How many of a reading's characters the document uses elsewhere: what tells apart readings equal in everything else. */
function familiarity(reading: Reading, usage: Usage): number {
  return reading.pieces.filter((piece) => piece.char && usage(piece.char) > 0).length;
}

/**
 * The best reading: fewest unknown characters, then the shortest run, then
 * the most characters the document uses. A reading must know at least one
 * character; several different best readings leave every character unknown.
 */
function bestReading(found: readonly Reading[], usage: Usage): Reading | undefined {
  const scored = found
    .filter((reading) => reading.squares < reading.pieces.length)
    .map((reading) => ({ reading, familiar: familiarity(reading, usage) }))
    .sort((a, b) => a.reading.squares - b.reading.squares || a.reading.end - b.reading.end || b.familiar - a.familiar);
  const best = scored[0];
  if (!best) return undefined;
  const { squares, end, pieces } = best.reading;
  const rival = scored.find(
    (other) =>
      other !== best &&
      other.reading.squares === squares &&
      other.reading.end === end &&
      other.familiar === best.familiar &&
      render(other.reading.pieces) !== render(pieces),
  );
  return rival ? { pieces: pieces.map(() => ({})), end, squares: pieces.length } : best.reading;
}

/** The last character before `index`, looking past a pinyin annotation. */
function characterBefore(line: string, index: number): string | undefined {
  const annotation = ANNOTATION_BEFORE.exec(line.slice(Math.max(0, index - 9), index));
  const at = index - 1 - (annotation?.[0].length ?? 0);
  return at >= 0 ? line[at] : undefined;
}

/**
 * Repairs the misaligned-GBK runs of one line. `usage` tells how often the
 * document uses a string (defaults to the line's own counts).
 */
export function repairMojibake(line: string, usage: Usage = usageIn(line)): MojibakeRepair {
  const result: MojibakeRepair = { text: line, repaired: 0, doubtful: 0, squares: 0 };
  if (!line.includes('?')) return result;
  let out = '';
  let copied = 0;
  for (let anchor = line.indexOf('?'); anchor !== -1; anchor = line.indexOf('?', Math.max(anchor + 1, copied))) {
    const tokens = tokenize(line, anchor);
    if (!looksDamaged(line, tokens, tokens.length)) continue;
    const previousChar = anchor > 0 ? line[anchor - 1]! : '';
    const previousByte = previousChar.charCodeAt(0) >= 0x80 ? gbkBytes(previousChar)?.[1] : undefined;
    const before = characterBefore(line, anchor);
    const found = readings(tokens, previousByte).map((reading) => settle(reading, before, line[tokens[reading.end - 1]!.end], usage));
    const best = bestReading(found, usage);
    if (!best || !looksDamaged(line, tokens, best.end)) continue;
    out += line.slice(copied, anchor) + render(best.pieces);
    copied = tokens[best.end - 1]!.end;
    if (best.squares > 0) result.doubtful++;
    else result.repaired++;
    result.squares += best.squares;
  }
  result.text = out + line.slice(copied);
  return result;
}

/** The note for a repaired line. */
function note(repair: MojibakeRepair): string {
  const runs = repair.repaired + repair.doubtful;
  return repair.squares > 0
    ? `修复乱码 ${runs} 处，其中 ${repair.squares} 个字无法确定，以□标出`
    : `修复乱码 ${runs} 处（GBK 错位）`;
}

/**
 * The text whose usage a repair consults: the body, from its first
 * paragraph-like line to its last. Page furniture around it (menus, counters,
 * copyright lines) writes unlike the report, and one such line could make a
 * lost full stop doubtful (page 072 with a copyright footer added).
 */
function bodyText(lines: readonly string[]): string {
  const { first, last } = bodyBounds(lines);
  return (first < 0 ? lines : lines.slice(first, last + 1)).join('\n');
}

/** The rule: repairs every line with misaligned-GBK runs, one message per line. */
export const repairMojibakeRule: CleanRule = (draft) => {
  let documentUsage: Usage | undefined;
  const usage: Usage = (text) => (documentUsage ??= usageIn(bodyText(draft.lines)))(text);
  draft.lines.forEach((line, index) => {
    if (!line.includes('?')) return;
    const repair = repairMojibake(line, usage);
    if (repair.text === line) return;
    rewriteLine(draft, index, repair.text);
    const kind = repair.squares > 0 ? 'doubtful' : 'repaired';
    lineMessage(draft, { rule: RULE_ID, kind, note: note(repair) }, repair.text);
  });
};
