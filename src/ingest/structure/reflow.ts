/**
 * Reflow: cleaned lines → paragraph texts. Paragraphs may be separated by
 * blank lines, by nothing (one per line), or marked by indentation
 * (full-width spaces, `???` remnants). PDF extractions break lines at a fixed
 * width mid-sentence: a line that does not end a sentence, or that fills the
 * page width, continues on the next one. Headings, list items and short
 * title-like lines are never joined to what follows.
 */
import { BULLET, endsSentence, isHeadingLine, isSalutation, isShortLabel, trimLine } from '../clean/lines/shape.ts';

/** One physical line, read for reflow. */
export interface ReadLine {
  text: string;
  indented: boolean;
  /** A blank line stands between this line and the previous one. */
  afterBlank: boolean;
}

/** Indentation at line start: two spaces, a full-width space, a tab, or a `?` run left for one. */
const INDENT = /^(?:[ \u00a0]{2,}|[\u3000\t]|[?？]+[\s\u3000])/;
/** `?` runs at line start without a space: indentation when many lines carry them. */
const QUESTION_RUN = /^[?？]{2,}(?=\S)/;
/** Shortest line that counts when measuring the page width. */
const MEASURED_MIN = 15;
/** Shortest line that may run on when it does not end a sentence (shorter ones are labels). */
const RUN_ON_MIN = 15;
/** Longest line treated as a title-like label. */
const LABEL_MAX = 40;

/** Reads the lines: trimmed text, indentation, blank gaps (blank lines themselves are dropped). */
export function readLines(lines: readonly string[]): ReadLine[] {
  const questionIndent = lines.filter((line) => QUESTION_RUN.test(line)).length >= 3;
  const read: ReadLine[] = [];
  let blank = false;
  for (const line of lines) {
    const raw = questionIndent ? line.replace(QUESTION_RUN, '\u3000') : line;
    const text = trimLine(raw);
    if (text === '') {
      blank = true;
      continue;
    }
    read.push({ text, indented: INDENT.test(raw), afterBlank: blank });
    blank = false;
  }
  return read;
}

/**
 * The width at which a PDF extraction broke its lines: the length (±1) shared
 * by at least 30% of the long lines (and three of them); undefined when the
 * lines were not broken at a fixed width.
 */
export function wrapWidth(lines: readonly ReadLine[]): number | undefined {
  const counts = new Map<number, number>();
  let measured = 0;
  for (const { text } of lines) {
    if (text.length < MEASURED_MIN) continue;
    measured++;
    counts.set(text.length, (counts.get(text.length) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const length of counts.keys()) {
    const around = (counts.get(length - 1) ?? 0) + (counts.get(length) ?? 0) + (counts.get(length + 1) ?? 0);
    if (around > bestCount) [best, bestCount] = [length, around];
  }
  return best !== undefined && bestCount >= 3 && bestCount >= measured * 0.3 ? best : undefined;
}

/** True when indentation marks paragraph starts: both indented and unindented long lines are common. */
function indentationMarksParagraphs(lines: readonly ReadLine[]): boolean {
  const long = lines.filter((line) => line.text.length >= MEASURED_MIN);
  const indented = long.filter((line) => line.indented).length;
  return indented >= 2 && long.length - indented >= 2 && indented >= long.length * 0.2 && indented <= long.length * 0.8;
}

/** True when the line opens a list item or heading and so starts a block of its own. */
const startsBlock = (text: string): boolean => isHeadingLine(text) || BULLET.test(text);

/** Joins a continuation to the paragraph so far: one space between Latin words or numbers, none in CJK text. */
export function joinLines(before: string, after: string): string {
  return /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after) ? `${before} ${after}` : before + after;
}

/** The paragraphs of the lines and how many line breaks were joined. */
export function reflow(lines: readonly string[]): { paragraphs: string[]; joins: number } {
  const read = readLines(lines);
  const width = wrapWidth(read);
  const byIndent = indentationMarksParagraphs(read);
  const paragraphs: string[] = [];
  let joins = 0;
  let previous: ReadLine | undefined;
  for (const line of read) {
    const last = paragraphs.length - 1;
    if (previous && last >= 0 && continues(previous, line, width, byIndent)) {
      paragraphs[last] = joinLines(paragraphs[last] ?? '', line.text);
      joins++;
    } else {
      paragraphs.push(line.text);
    }
    previous = line;
  }
  return { paragraphs, joins };
}

/** True when `next` continues the paragraph whose last physical line is `line`. */
function continues(line: ReadLine, next: ReadLine, width: number | undefined, byIndent: boolean): boolean {
  if (next.afterBlank || startsBlock(line.text) || startsBlock(next.text) || isSalutation(line.text)) return false;
  if (byIndent && next.indented) return false;
  const full = width !== undefined && line.text.length >= width - 1;
  if (full && (!endsSentence(line.text) || (byIndent && !next.indented))) return true;
  if (isShortLabel(next.text, LABEL_MAX)) return false;
  if (endsSentence(line.text) || line.text.length < RUN_ON_MIN) return false;
  return !isShortLabel(line.text, LABEL_MAX);
}
