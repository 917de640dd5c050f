/**
 * strip-pinyin: pinyin annotations after Han characters, as pages converted
 * by a "Traditional with pinyin" tool carry them: `衛(wèi)生`, `發(fā)展`.
 *
 * An annotation is one syllable in parentheses right after a Han character.
 * With a tone mark it is unmistakable; a toneless one (`們(men)`) is taken only
 * in a text that already carries annotations and only when the character can
 * be read so, since `(his)` or `(CT)` are ordinary parentheses.
 */
import type { CleanRule } from '../../types.ts';
import { canRead, hasToneMark, isPinyinSyllable, PINYIN_LETTERS } from './pinyin-readings.ts';
import { rewriteLine } from './rewrite-line.ts';

export const RULE_ID = 'strip-pinyin';

/** Toned annotations a text needs before its toneless ones are believed. */
const MIN_TONED_FOR_TONELESS = 3;

const ANNOTATION = new RegExp(`(\\p{Script=Han})[(（]([${PINYIN_LETTERS}]{1,6})[)）]`, 'gu');

/** Options of stripPinyin. */
export interface StripPinyinOptions {
  /** Also strip toneless annotations the character before can be read as. */
  toneless?: boolean;
}

/** Removes the pinyin annotations of one text; `count` is how many. */
export function stripPinyin(text: string, options: StripPinyinOptions = {}): { text: string; count: number } {
  if (!text.includes('(') && !text.includes('（')) return { text, count: 0 };
  let count = 0;
  const stripped = text.replace(ANNOTATION, (match, han: string, syllable: string) => {
    if (!isPinyinSyllable(syllable)) return match;
    if (!hasToneMark(syllable) && !(options.toneless && canRead(han, syllable))) return match;
    count++;
    return han;
  });
  return { text: stripped, count };
}

/**
 * An annotation a line break cut: the line ends in a Han character and maybe
 * the annotation's start (`醫(`, `醫(y`, `醫`), the next line starts with the
 * rest (`yī)院`, `ī)院`, `(yī)院`). One of them holds the opening bracket.
 */
const CUT_BEFORE = new RegExp(`(\\p{Script=Han})([(（][${PINYIN_LETTERS}]{0,5})?[\\s\u3000]*$`, 'u');
const CUT_AFTER = new RegExp(`^([(（])?([${PINYIN_LETTERS}]{0,6})[)）]`, 'u');

/**
 * Removes the annotations a line break cut in two (`醫(` / `yī)院`), each
 * half from its line, also across the blank lines a page break left (reflow
 * then joins the lines); a toneless one when its character reads so. Returns
 * how many.
 */
function stripCutAnnotations(lines: readonly string[], rewrite: (index: number, text: string) => void): number {
  let count = 0;
  let at = -1;
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i]!;
    if (next.trim() === '') continue;
    const line = at < 0 ? '' : lines[at]!;
    const before = at;
    at = i;
    const closed = next.startsWith('(') || next.startsWith('（') || line.includes('(') || line.includes('（') ? CUT_AFTER.exec(next) : null;
    const opened = closed ? CUT_BEFORE.exec(line) : null;
    // Exactly one of the two halves opens the bracket.
    if (!opened || !closed || (opened[2] === undefined) === (closed[1] === undefined)) continue;
    const han = opened[1]!;
    const syllable = (opened[2] ?? '').slice(1) + closed[2]!;
    if (!isPinyinSyllable(syllable) || (!hasToneMark(syllable) && !canRead(han, syllable))) continue;
    rewrite(before, line.slice(0, opened.index + han.length));
    rewrite(i, next.slice(closed[0].length));
    count++;
  }
  return count;
}

/** How many tone-marked annotations the lines carry. */
function countToned(lines: readonly string[]): number {
  let count = 0;
  for (const line of lines) if (line.includes('(') || line.includes('（')) count += stripPinyin(line).count;
  return count;
}

/** The rule: strips annotations from every line, one file-level message with the count. */
export const stripPinyinRule: CleanRule = (draft) => {
  const toned = countToned(draft.lines);
  if (toned === 0) return;
  const options = { toneless: toned >= MIN_TONED_FOR_TONELESS };
  let total = 0;
  draft.lines.forEach((line, index) => {
    const { text, count } = stripPinyin(line, options);
    total += count;
    rewriteLine(draft, index, text);
  });
  draft.messages.push({ rule: RULE_ID, kind: 'removed', note: `删除拼音注音 ${total} 处` });
};

/**
 * The rule for annotations a line break cut: after the page furniture is
 * gone (a page number can stand between the halves), and only in a text
 * that carried whole annotations.
 */
export const stripCutPinyinRule: CleanRule = (draft) => {
  if (!draft.messages.some((message) => message.rule === RULE_ID)) return;
  const count = stripCutAnnotations(draft.lines, (index, text) => rewriteLine(draft, index, text));
  if (count > 0) draft.messages.push({ rule: RULE_ID, kind: 'removed', note: `删除断行处的拼音注音 ${count} 处` });
};
