/**
 * letter-spacing: text extracted with a space after every character
 * (`会 议 指 出 ， 要 …`, or full-width spaces), as some PDF exports and
 * copy protections give it.
 * Search and every later rule read words, dates and names: when most
 * neighbouring Chinese characters of the whole text stand one space apart,
 * single spaces close up and wider gaps (a space of the source, spaced out
 * too) become one space. Headings spaced out for display in a text otherwise
 * set normally are left to the line rules.
 */
import type { CleanRule } from '../../types.ts';
import { rewriteLine } from './rewrite-line.ts';

export const RULE_ID = 'letter-spacing';

/** Two Chinese characters (Han or full-width punctuation) one space apart, or side by side. */
const CJK = '[\\p{Script=Han}\\u3001\\u3002\\uff01-\\uff0f\\uff1a-\\uff1f\\u201c\\u201d\\u2018\\u2019\\u300a-\\u3011]';
const SPACED_PAIR = new RegExp(`${CJK}[ \\u3000](?=${CJK})`, 'gu');
const CLOSE_PAIR = new RegExp(`${CJK}(?=${CJK})`, 'gu');
/** Fewest spaced pairs that show a text set so, and how many times the close ones they must outnumber. */
const SPACED_MIN = 30;
const SPACED_RATIO = 3;

/** Whether the text's characters were set a space apart throughout. */
export function isLetterSpaced(lines: readonly string[]): boolean {
  let spaced = 0;
  for (const line of lines) if (line.includes(' ') || line.includes('\u3000')) spaced += line.match(SPACED_PAIR)?.length ?? 0;
  // Most texts have hardly a space: the close pairs are counted only when the spaced ones are many.
  if (spaced < SPACED_MIN) return false;
  let close = 0;
  for (const line of lines) close += line.match(CLOSE_PAIR)?.length ?? 0;
  return spaced >= close * SPACED_RATIO;
}

/** A letter-spaced line closed up: single spaces between characters go, wider gaps become one space; indentation stays. */
export function closeLetterSpacing(line: string): string {
  const indent = /^\s*/u.exec(line)![0];
  return indent + line.slice(indent.length).replace(/(\S)[ \u3000](?=\S)/gu, '$1').replace(/[ \u3000]{2,}/gu, ' ').trimEnd();
}

/** The rule: closes up a letter-spaced text, one file-level message. */
export const letterSpacingRule: CleanRule = (draft) => {
  if (!isLetterSpaced(draft.lines)) return;
  draft.lines.forEach((line, index) => rewriteLine(draft, index, closeLetterSpacing(line)));
  draft.messages.push({ rule: RULE_ID, kind: 'repaired', note: '全文逐字加有空格，已去除字间空格' });
};
