/**
 * Stray spaces in prose: a PDF extraction leaves a space here and there
 * between two Chinese characters, where it stretched or cut a justified line
 * (`总书记视察 广东重要讲话`, `独立选址项 目1.7万亩`). In a sentence,
 * punctuation separates; such a space splits a word for search and for every
 * name read from the text, so it closes. Spaces that separate stay: in
 * paragraphs with little sentence punctuation (bylines, lists, headline
 * phrases), where a stretch between two punctuation marks holds more than one
 * (`记者 张三 通讯员 李四`), between two short runs (two names: `出席：张三 李四`),
 * before a label (`医保办 小品：`), and inside quotation marks, book titles
 * and brackets (`《改革创新 强基固本》`).
 */
import type { Block, IngestMessage } from '../types.ts';

export const RULE_ID = 'close-stray-spaces';

const HAN = /\p{Script=Han}/u;
/** Marks that end a sentence or a clause: a paragraph needs some to read as prose. */
const SENTENCE_PUNCTUATION = /[，。；！？]/gu;
/** Marks that bound the stretch a space stands in (a space bounds it too). */
const STRETCH_BOUNDS = new Set(['，', '。', '；', '！', '？', '、', '：', ' ']);
/** Quoted, titled and bracketed spans, whose spaces are the source's own. */
const QUOTED = /《[^》]*》|“[^”]*”|‘[^’]*’|「[^」]*」|『[^』]*』|（[^）]*）|\([^)]*\)/gu;
/** Longest run of characters on both sides that reads as two names or short words set apart. */
const SHORT_RUN = 3;

/** Positions of single spaces between two Chinese characters, outside quoted spans. */
function spacesBetweenHan(text: string): number[] {
  const spaces: number[] = [];
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    if (HAN.test(text[i - 1]!) && HAN.test(text[i + 1] ?? '')) spaces.push(i);
  }
  if (spaces.length === 0) return spaces;
  const quoted = new Uint8Array(text.length);
  for (const match of text.matchAll(QUOTED)) quoted.fill(1, match.index, match.index + match[0].length);
  return spaces.filter((at) => quoted[at] === 0);
}

/** Length of the run of Chinese characters from `start` going `step` (−1 or +1). */
function hanRun(text: string, start: number, step: -1 | 1): number {
  let length = 0;
  for (let i = start; i >= 0 && i < text.length && HAN.test(text[i]!); i += step) length++;
  return length;
}

/** Whether the space at `at` stands alone in a stretch of a sentence, between words that are not a pair of names, before no label. */
function isStray(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && !STRETCH_BOUNDS.has(text[before]!)) before--;
  let after = at + 1;
  while (after < text.length && !STRETCH_BOUNDS.has(text[after]!)) after++;
  if (text[before] === ' ' || text[after] === ' ' || text[after] === '：') return false;
  return hanRun(text, at - 1, -1) > SHORT_RUN || hanRun(text, at + 1, 1) > SHORT_RUN;
}

/** A paragraph with its stray spaces closed, and how many closed. */
export function closeStraySpaces(text: string): { text: string; closed: number } {
  const spaces = spacesBetweenHan(text);
  if (spaces.length === 0) return { text, closed: 0 };
  // Prose: punctuation does the separating, and spaces are rarer than it.
  const punctuation = text.match(SENTENCE_PUNCTUATION)?.length ?? 0;
  if (punctuation < 2 || spaces.length > punctuation) return { text, closed: 0 };
  const stray = spaces.filter((at) => isStray(text, at));
  return { text: dropAt(text, stray), closed: stray.length };
}

/** The text without the characters at the given positions (ascending). */
function dropAt(text: string, positions: readonly number[]): string {
  let result = '';
  let from = 0;
  for (const at of positions) {
    result += text.slice(from, at);
    from = at + 1;
  }
  return result + text.slice(from);
}

/** The paragraphs with stray spaces closed (headings keep theirs), and a message when any closed. */
export function closeStraySpacesInBlocks(blocks: readonly Block[]): { blocks: Block[]; message?: IngestMessage } {
  let total = 0;
  const result = blocks.map((block) => {
    if (block.type !== 'paragraph') return block;
    const { text, closed } = closeStraySpaces(block.text);
    total += closed;
    return closed > 0 ? { ...block, text } : block;
  });
  if (total === 0) return { blocks: result };
  return { blocks: result, message: { rule: RULE_ID, kind: 'repaired', note: `去除句中字间空格 ${total} 处` } };
}
