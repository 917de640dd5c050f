/**
 * normalize-punctuation: ASCII punctuation used as Chinese punctuation
 * becomes full-width, and doubled marks (`,。`) collapse to one.
 *
 * A mark is Chinese when it follows Chinese text (or, for `,` `;` `:`, leads
 * into it); numbers (`3.5`, `1,000`, `12:19:35`), URLs, English and list
 * markers (`一.`, `1.`) keep their ASCII marks. Parentheses become full-width
 * when they enclose Chinese (`(兼)` → `（兼）`), not when they enclose only
 * ASCII (`(2)`, `(CT)`, `(2024)`).
 */
import type { CleanRule } from '../../types.ts';
import { rewriteLine } from './rewrite-line.ts';

export const RULE_ID = 'normalize-punctuation';

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '.': '。' };

/** Chinese text a mark may follow or precede: Han, CJK and full-width punctuation, closing quotes. */
const CJK = /[\p{Script=Han}\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—□]/u;
const DIGIT = /[0-9]/;
/** What may end a clause of Chinese text before an ASCII full stop: a percent sign, a closing bracket or quote. */
const CLOSES_CLAUSE = /[%％)）\]】”’」』]/;
/** A file name's extension (`工作计划.docx`): its dot is no full stop. */
const FILE_EXTENSION = /^\.(?:docx?|xlsx?|pptx?|pdf|txt|wps|html?|zip|rar|jpe?g|png|gif)/i;
/** What may follow a full stop after Chinese text besides Chinese text: a word, a number, an opening bracket or quote. */
const OPENS_SENTENCE = /[A-Za-z0-9(\["']/;
const CANDIDATE = /[,;:!?.]/g;
/**
 * What a line needs for normalizing to change it: an ASCII mark or
 * parenthesis, or a doubled full-width mark (full-width parentheses alone are
 * rewritten as they are). Two patterns: one alternation scanned slower than both.
 */
const ASCII_MARK = /[,;:!?.()]/;
const DOUBLED_MARK = /[，、；：。？！]{2}/;
/** A list marker at the line start whose dot stays: `一.`, `（二）.`, `3.`. */
const LIST_MARKER = /^\s*(?:[一二三四五六七八九十百]+|[（(]?[一二三四五六七八九十\d]+[)）])\.$/;
/**
 * What holds ASCII marks that are no punctuation, left as it is: addresses
 * (web and mail), and HTML entities left in the text (`健康&rdquo;。`: the
 * line rules decode them later, by their `;`).
 */
const PROTECTED = /(?:https?:\/\/|www\.)[\x21-\x7e]+|[\w.-]+@[\w.-]+|&(?:[a-z]{2,8}|#\d{1,6}|#x[0-9a-f]{1,5});/gi;
/** Parentheses enclosing text, either kind on either side. */
const PARENTHESES = /[(（]([^()（）]*)[)）]/g;
const HAN = /\p{Script=Han}/u;
/** Two or more clause and sentence marks in a row. */
const MARK_RUN = /[，、；：。？！]{2,}/g;
/** Marks by strength: a doubled pair keeps the stronger one. */
const STRENGTH = '、，：；。';

/** Result of normalizing one line. */
export interface PunctuationRepair {
  text: string;
  /** Marks made full-width. */
  widened: number;
  /** Redundant marks removed from doubled punctuation. */
  collapsed: number;
}

/** The nearest character before `index` that is not a space or another `!`/`?` (as in `吗?!`). */
function previousChar(text: string, index: number): string {
  for (let i = index - 1; i >= 0; i--) if (!' !?'.includes(text[i]!)) return text[i]!;
  return '';
}

/** Whether the ASCII mark at `index` is Chinese punctuation. */
function isChineseMark(text: string, index: number): boolean {
  const mark = text[index]!;
  const before = text[index - 1] ?? '';
  const after = text[index + 1] ?? '';
  if (DIGIT.test(before) && DIGIT.test(after)) return false;
  const follows = CJK.test(previousChar(text, index));
  if (mark === '.') {
    if (text[index + 1] === '.' || before === '.') return false;
    if (LIST_MARKER.test(text.slice(0, index + 1))) return false;
    // After Chinese text it ends a sentence before a word, number or bracket as well (`焕发新魅力.G98`),
    // unless a file name's extension follows. After a percentage or a closing mark it ends one before
    // Chinese text (`增长5%.全市`); after a digit it may number an item (`1.全市`) and stays.
    if (follows && OPENS_SENTENCE.test(after)) return !FILE_EXTENSION.test(text.slice(index));
    return (follows || CLOSES_CLAUSE.test(before)) && (after === '' || /\s/.test(after) || CJK.test(after));
  }
  if (follows) return true;
  // Before Chinese text, or after a percentage or closing mark before a number (`增长52%,2023年`).
  return (mark === ',' || mark === ';' || mark === ':') && (CJK.test(after) || (CLOSES_CLAUSE.test(before) && DIGIT.test(after)));
}

/** Collapses a run of marks: question and exclamation marks stay, else the strongest mark; three identical marks are an ellipsis and stay. */
function collapseRun(run: string): string {
  if (/^(.)\1{2,}$/u.test(run)) return run;
  const emphatic = run.replace(/[^？！]/g, '');
  if (emphatic) return emphatic;
  let strongest = run[0]!;
  for (const mark of run) if (STRENGTH.indexOf(mark) > STRENGTH.indexOf(strongest)) strongest = mark;
  return strongest;
}

/** Normalizes the punctuation of one line. */
export function normalizePunctuation(line: string): PunctuationRepair {
  const result: PunctuationRepair = { text: line, widened: 0, collapsed: 0 };
  if (!ASCII_MARK.test(line) && !DOUBLED_MARK.test(line)) return result;
  const protectedSpans = [...line.matchAll(PROTECTED)].map((match) => [match.index, match.index + match[0].length] as const);
  const isProtected = (index: number) => protectedSpans.some(([start, end]) => index >= start && index < end);
  let text = line.replace(CANDIDATE, (mark, index: number) => {
    if (isProtected(index) || !isChineseMark(line, index)) return mark;
    result.widened++;
    return FULL_WIDTH[mark]!;
  });
  text = text.replace(PARENTHESES, (match, inner: string, index: number) => {
    if (!HAN.test(inner) || isProtected(index)) return match;
    const widened = `（${inner}）`;
    if (widened !== match) result.widened += (match[0] === '(' ? 1 : 0) + (match.at(-1) === ')' ? 1 : 0);
    return widened;
  });
  result.text = text.replace(MARK_RUN, (run) => {
    const collapsed = collapseRun(run);
    result.collapsed += run.length - collapsed.length;
    return collapsed;
  });
  return result;
}

/** The rule: normalizes every line, one file-level message with the counts. */
export const normalizePunctuationRule: CleanRule = (draft) => {
  let widened = 0;
  let collapsed = 0;
  draft.lines.forEach((line, index) => {
    const repair = normalizePunctuation(line);
    widened += repair.widened;
    collapsed += repair.collapsed;
    rewriteLine(draft, index, repair.text);
  });
  if (widened + collapsed === 0) return;
  const parts = [widened > 0 ? `半角标点改全角 ${widened} 处` : '', collapsed > 0 ? `删除重复标点 ${collapsed} 个` : ''];
  draft.messages.push({ rule: RULE_ID, kind: 'repaired', note: `规范标点：${parts.filter(Boolean).join('，')}` });
};
