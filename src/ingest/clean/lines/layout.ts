/**
 * Layout of lines as a page set them: indentation, blank gaps, and the fixed
 * width at which a PDF extraction broke its lines. Reflow reads paragraphs
 * by it; the headline rule knows by it a broken line from a title.
 */
import { endsSentence, trimLine } from './shape.ts';

/** One physical line, read for its layout. */
export interface ReadLine {
  /** Index of the line in the lines read. */
  index: number;
  text: string;
  indented: boolean;
  /** A blank line stands between this line and the previous one. */
  afterBlank: boolean;
  /** Width on the page in characters: the text and its indentation (a full-width space one, an ASCII space half). */
  width: number;
}

/** Indentation at line start: two spaces, a full-width space, a tab, or a `?` run left for one. */
const INDENT = /^(?:[ \u00a0]{2,}|[\u3000\t]|[?？]+[\s\u3000])/;
/** `?` runs at line start without a space: indentation when many lines carry them. */
const QUESTION_RUN = /^[?？]{2,}(?=\S)/;
/** Shortest line that counts when measuring the page width. */
export const MEASURED_MIN = 15;

/** Leading whitespace of a line. */
const LEADING_SPACE = /^[\s\u3000]*/;

/** Width of a line's indentation: a full-width space or a tab one character, an ASCII space half. */
function indentWidth(raw: string): number {
  let width = 0;
  for (const char of LEADING_SPACE.exec(raw)![0]) width += char === ' ' || char === '\u00a0' ? 0.5 : 1;
  return Math.floor(width);
}

/** Reads the lines: trimmed text, indentation, blank gaps (blank lines themselves are dropped). */
export function readLines(lines: readonly string[]): ReadLine[] {
  const questionIndent = lines.filter((line) => QUESTION_RUN.test(line)).length >= 3;
  const read: ReadLine[] = [];
  let blank = false;
  for (const [index, line] of lines.entries()) {
    const raw = questionIndent ? line.replace(QUESTION_RUN, '\u3000') : line;
    const text = trimLine(raw);
    if (text === '') {
      blank = true;
      continue;
    }
    read.push({ index, text, indented: INDENT.test(raw), afterBlank: blank, width: indentWidth(raw) + text.length });
    blank = false;
  }
  return read;
}

/**
 * The width at which a PDF extraction broke its lines: the width (±1) shared
 * by at least 30% of the long lines (and three of them), holding a fifth of
 * their text or more (short headings and list items can share a width by
 * chance beside paragraphs on one line each); undefined when the lines were
 * not broken at a fixed width.
 */
export function wrapWidth(lines: readonly ReadLine[]): number | undefined {
  const counts = new Map<number, number>();
  let measured = 0;
  for (const { width } of lines) {
    if (width < MEASURED_MIN) continue;
    measured++;
    counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const length of counts.keys()) {
    const around = (counts.get(length - 1) ?? 0) + (counts.get(length) ?? 0) + (counts.get(length + 1) ?? 0);
    if (around > bestCount) [best, bestCount] = [length, around];
  }
  if (best === undefined || bestCount < 3 || bestCount < measured * 0.3) return undefined;
  let text = 0;
  let atWidth = 0;
  for (const { width } of lines) {
    if (width < MEASURED_MIN) continue;
    text += width;
    if (Math.abs(width - best) <= 1) atWidth += width;
  }
  return atWidth >= text * 0.2 ? best : undefined;
}

/**
 * Joins a continuation to the paragraph so far: one space between Latin
 * words, none in CJK text, none inside a number (a fixed-width break cuts
 * `971.3` as `9` / `71.3`; Chinese text sets no space between two numbers).
 */
export function joinLines(before: string, after: string): string {
  const digits = /[0-9]$/.test(before) && /^[0-9]/.test(after);
  return !digits && /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after) ? `${before} ${after}` : before + after;
}

/** A line that fills the page width: it was broken there, not ended. */
export function fillsWidth(line: ReadLine, width: number | undefined): boolean {
  return width !== undefined && line.width >= width - 1;
}

/** A line a fixed-width break cut mid-sentence: it fills the width and ends no sentence. */
export function isCut(line: ReadLine, width: number | undefined): boolean {
  return fillsWidth(line, width) && !endsSentence(line.text);
}

/** Indexes of the lines a fixed-width break cut mid-sentence (see `isCut`) with the next line right below them. */
export function cutLines(lines: readonly string[]): Set<number> {
  const read = readLines(lines);
  const width = wrapWidth(read);
  const cut = new Set<number>();
  read.forEach((line, i) => {
    if (read[i + 1]?.afterBlank === false && isCut(line, width)) cut.add(line.index);
  });
  return cut;
}

/** The lines a fixed-width break cut (see `brokenLines`). */
export interface BrokenLines {
  /** Indexes of each full line that ends no sentence, and of the line after it. */
  broken: Set<number>;
  /**
   * Two-line pieces, by the index of the first line: a full line that does
   * not continue another, and the shorter line that ends it (index of that
   * line). A headline too long for the width is broken so.
   */
  pairs: Map<number, number>;
}

/**
 * The lines a fixed-width break cut out of a paragraph: each full line that
 * ends no sentence, and the line after it. None of them is a title on its
 * own, however title-like the piece (`会议召开，会议传达各级卫生健康工作会议精神，安排部署`).
 */
export function brokenLines(lines: readonly string[]): BrokenLines {
  const read = readLines(lines);
  const width = wrapWidth(read);
  const broken = new Set<number>();
  const pairs = new Map<number, number>();
  const cut = (line: ReadLine | undefined): boolean => line !== undefined && isCut(line, width);
  read.forEach((line, i) => {
    const next = read[i + 1];
    // A line set apart by blank lines on both sides stands alone (a title among short lines can share their width).
    if (!cut(line) || (line.afterBlank && next?.afterBlank !== false)) return;
    broken.add(line.index);
    if (!next) return;
    broken.add(next.index);
    if (!cut(read[i - 1]) && !cut(next) && !next.afterBlank) pairs.set(line.index, next.index);
  });
  return { broken, pairs };
}
