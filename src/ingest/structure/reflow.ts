/**
 * Reflow: cleaned lines → paragraph texts. Paragraphs may be separated by
 * blank lines, by nothing (one per line), or marked by indentation
 * (full-width spaces, `???` remnants). PDF extractions break lines at a fixed
 * width mid-sentence (those with a blank line after every line lost those in
 * the clean step, `clean/lines/double-spacing.ts`): a line that does not end
 * a sentence, or that fills the page width, continues on the next one.
 * Headings, list items and short title-like lines are not joined to what
 * follows, unless the page width cut them; nor, in text of one paragraph per
 * line, a heading without a number. A blank line ends a paragraph, except
 * after a comma: a paragraph does not end mid-sentence (`…乡村建设行动深入推进，`
 * / blank / `新（改）建农村公路1874公里…`), so the next line continues it.
 */
import { fillsWidth, isCut, joinLines, MEASURED_MIN, type ReadLine, readLines, wrapWidth } from '../clean/lines/layout.ts';
import { BULLET, endsSentence, isHeadingLine, isSalutation, isShortLabel } from '../clean/lines/shape.ts';

/** Shortest line that may run on when it does not end a sentence (shorter ones are labels). */
const RUN_ON_MIN = 15;
/** Longest line treated as a title-like label. */
const LABEL_MAX = 40;

/**
 * True when indentation marks paragraph starts: both indented and unindented
 * long lines are common (a paragraph of fifteen lines wrapped at a fixed
 * width indents one in fifteen).
 */
function indentationMarksParagraphs(lines: readonly ReadLine[]): boolean {
  const long = lines.filter((line) => line.text.length >= MEASURED_MIN);
  const indented = long.filter((line) => line.indented).length;
  return indented >= 2 && long.length - indented >= 2 && indented >= long.length * 0.05 && indented <= long.length * 0.8;
}

/** True when the line opens a list item or heading and so starts a block of its own. */
const startsBlock = (text: string): boolean => isHeadingLine(text) || BULLET.test(text);

/**
 * True when each line holds a whole paragraph: no width is shared by the
 * lines (nothing was broken at a fixed width) and most lines of prose end a
 * sentence, where lines broken anywhere end one about as often as a
 * sentence's clauses do. There, a short line that ends no sentence is a
 * heading without a number (`一年来，我们坚持扩内需、保主体，经济恢复回升向好`),
 * not half of the next paragraph.
 */
function paragraphPerLine(lines: readonly ReadLine[], width: number | undefined): boolean {
  if (width !== undefined) return false;
  const prose = lines.filter((line) => line.text.length >= RUN_ON_MIN && !startsBlock(line.text));
  return prose.length >= 3 && prose.filter((line) => endsSentence(line.text)).length >= prose.length / 2;
}

/** Longest line that reads as a heading without a number (see `unnumberedHeading`). */
const UNNUMBERED_HEADING_MAX = 60;

/**
 * A heading without a number, in text of one paragraph per line: a short
 * line ending in a Han character with no sentence end in it. A line broken
 * off a paragraph is most often longer, or holds the end of a sentence, or
 * was cut after a number (`…增设学生过街天桥6` / `座。推进…`).
 */
function unnumberedHeading(text: string): boolean {
  return text.length <= UNNUMBERED_HEADING_MAX && !/[。！？!?]/.test(text) && /\p{Script=Han}$/u.test(text);
}

/** The paragraphs of the lines and how many line breaks were joined. */
export function reflow(lines: readonly string[]): { paragraphs: string[]; joins: number } {
  const read = readLines(lines);
  const width = wrapWidth(read);
  const byIndent = indentationMarksParagraphs(read);
  const perLine = paragraphPerLine(read, width);
  const paragraphs: string[] = [];
  let joins = 0;
  let previous: ReadLine | undefined;
  for (const line of read) {
    const last = paragraphs.length - 1;
    if (previous && last >= 0 && (!line.afterBlank || endsInClause(previous.text)) && continues(previous, line, width, byIndent, perLine)) {
      paragraphs[last] = joinLines(paragraphs[last] ?? '', line.text);
      joins++;
    } else {
      paragraphs.push(line.text);
    }
    previous = line;
  }
  return { paragraphs, joins };
}

/** Clause marks: a heading that holds one reads as a sentence. */
const CLAUSE_MARK = /[，,；;]/;

/** Whether a line stops after a comma, in the middle of its sentence. */
function endsInClause(text: string): boolean {
  return /[，、]$/u.test(text.trimEnd());
}

/**
 * A heading cut by a fixed-width break: a sentence-like heading (it holds a
 * clause mark) that ends no sentence and nearly fills the line
 * (`（六）促进城乡融合发展，城镇建设和乡村振兴取得扎实成` / `效。加速推动…`).
 */
function wrappedHeading(line: ReadLine, width: number | undefined): boolean {
  return width !== undefined && line.width >= width * 0.8 && isHeadingLine(line.text) && CLAUSE_MARK.test(line.text) && !endsSentence(line.text);
}

/**
 * True when `next` continues the paragraph whose last physical line is `line`
 * (blank lines aside); `perLine`: each line holds a paragraph (see `paragraphPerLine`).
 */
function continues(line: ReadLine, next: ReadLine, width: number | undefined, byIndent: boolean, perLine: boolean): boolean {
  if (isSalutation(line.text) || (byIndent && next.indented)) return false;
  // A full line that ends no sentence was cut by the page width: the next one continues it, whatever it
  // starts with (`…看望慰问“23` / `·7”极端强降雨…` is no list item).
  if (isCut(line, width)) return true;
  const full = fillsWidth(line, width);
  if (startsBlock(next.text)) return false;
  // A heading runs on only when a fixed-width break cut it (a run-in heading, its paragraph's first line).
  if (startsBlock(line.text)) return wrappedHeading(line, width) || (full && byIndent);
  if (full && byIndent) return true;
  if (isShortLabel(next.text, LABEL_MAX)) return false;
  if (endsSentence(line.text) || line.text.length < RUN_ON_MIN || (perLine && unnumberedHeading(line.text))) return false;
  return !isShortLabel(line.text, LABEL_MAX);
}
