/**
 * An editor's notes on how a speech's text was made, each a bracketed line of
 * its own under the title or at the end: `（根据录音整理，未经本人审阅）`,
 * `（有删节）`, `（标题为编者所加）`. They say how the text came to be, not
 * what was said, so they leave the body; the entry's quality notes keep them
 * (a reader citing the speech should know it is an unrevised transcript).
 */
import { dropLines, lineRule, type LineOutcome } from './line-rule.ts';
import { wordsPattern } from './keyword-pattern.ts';
import { readable } from './shape.ts';

/** Longest such note, brackets included. */
const NOTE_MAX = 30;

/** What such a note says (either script). */
const NOTE_WORDS = new RegExp(
  wordsPattern(['录音整理', '未经本人审阅', '未经本人审定', '有删节', '有删减', '编者所加']),
  'u',
);

/** True when the line is a bracketed note on how the text was made, and nothing else. */
export function isTranscriptNote(line: string): boolean {
  const text = readable(line);
  return text.length <= NOTE_MAX && /^[(（][^()（）]+[)）]$/u.test(text) && NOTE_WORDS.test(text);
}

/** Removes transcript notes, wherever they stand. */
export function stripTranscriptNotes(lines: readonly string[]): LineOutcome {
  const drop = new Set<number>();
  // Length first: indentation aside, a note is short, and most lines are not.
  lines.forEach((line, i) => line.length <= NOTE_MAX + 10 && isTranscriptNote(line) && drop.add(i));
  return dropLines(lines, drop, '整理说明');
}

/** Clean rule: an editor's notes on how a transcript was made. */
export const transcriptNotesRule = lineRule('strip-transcript-notes', stripTranscriptNotes);
