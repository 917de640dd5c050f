/**
 * flag-spam: SEO spam injected into a report's body (gambling, lottery,
 * pornography, loan adverts, links to such sites).
 *
 * A line that is mostly spam is removed; spam inside a real sentence (a
 * casino's name where the hospital's should be) becomes □, so that later
 * steps never take it for the institution. Both are flagged.
 */
import { toTraditional } from '../../../lib/script.ts';
import type { CleanRule } from '../../types.ts';
import { lineMessage, rewriteLine } from './rewrite-line.ts';
import { ADVERT_CUES, ADVERT_TOPICS, SPAM_HOST, SPAM_LATIN, SPAM_PREFIXES, SPAM_SUFFIXES, SPAM_WORDS } from './spam-vocabulary.ts';

export const RULE_ID = 'flag-spam';

/** A line whose Han text is at least this share spam is spam as a whole. */
const SPAM_LINE_SHARE = 0.5;
/** Spam words this close together are one phrase. */
const MAX_GAP = 2;

/** Each word in both scripts, longest first so that alternation prefers it. */
function bothScripts(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((word) => [word, toTraditional(word)]))].sort((a, b) => b.length - a.length);
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(words: readonly string[]): string {
  return bothScripts(words).map(escapeRegExp).join('|');
}

/**
 * Spam in Han script, in the order an alternation prefers them: spam words,
 * then advert topics right before a call to action.
 */
const HAN_SPAM_WORDS = [...bothScripts(SPAM_WORDS), ...bothScripts(ADVERT_TOPICS).flatMap((topic) => bothScripts(ADVERT_CUES).map((cue) => topic + cue))];
if (HAN_SPAM_WORDS.some((word) => word.length < 2 || /[a-z]/i.test(word))) throw new Error('Han spam words are two characters or more, without Latin letters');
const HAN_SPAM = new RegExp(HAN_SPAM_WORDS.map(escapeRegExp).join('|'), 'y');
/**
 * Where a Han spam match can start: the first code unit of a word (a table),
 * then its first two (`startPair`). A long alternation tried at every
 * position costs ~10 ns a character, most of the spam search on a clean
 * report; these two looks leave it a few positions a line.
 */
const HAN_SPAM_FIRST_UNITS = new Uint8Array(65536);
for (const word of HAN_SPAM_WORDS) HAN_SPAM_FIRST_UNITS[word.charCodeAt(0)] = 1;
const HAN_SPAM_STARTS = new Set(HAN_SPAM_WORDS.map((word) => startPair(word)));
const LATIN_SPAM = new RegExp(`\\b(?:${SPAM_LATIN.join('|')})\\b`, 'gi');
const URL = /(?:https?:\/\/|www\.)[\w.-]+(?:[/?#][\x21-\x7e]*)?|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|cc|vip|top|xyz|bet)\b/gi;
const PREFIX = new RegExp(`(?:${alternation(SPAM_PREFIXES)})$`);
const SUFFIX = new RegExp(`^(?:${alternation(SPAM_SUFFIXES)})`);
const HAN = /\p{Script=Han}/gu;
/**
 * Latin spam words and spam links all hold an ASCII letter (matching without
 * the `u` flag folds no other letter to one): lines without one, most of a
 * Chinese report, skip both searches.
 */
const ASCII_LETTER = /[A-Za-z]/;

/** A stretch of spam in a line: [start, end). */
type Span = [number, number];

/** Result of checking one line. */
export interface SpamCheck {
  /** The line with inline spam replaced by □; empty when the whole line is spam. */
  text: string;
  /** The spam phrases found. */
  phrases: string[];
  /** Whether the whole line is spam. */
  wholeLine: boolean;
}

/** The first two code units of `text` from `at` as one number. */
function startPair(text: string, at = 0): number {
  return ((text.charCodeAt(at) << 16) | text.charCodeAt(at + 1)) >>> 0;
}

/**
 * Spans of Han spam, leftmost first as a global search would find them: the
 * pattern is tried only where a match can start.
 */
function hanSpamSpans(line: string): Span[] {
  const spans: Span[] = [];
  for (let at = 0; at + 1 < line.length; at++) {
    if (HAN_SPAM_FIRST_UNITS[line.charCodeAt(at)] === 0 || !HAN_SPAM_STARTS.has(startPair(line, at))) continue;
    HAN_SPAM.lastIndex = at;
    const match = HAN_SPAM.exec(line);
    if (!match) continue;
    spans.push([at, at + match[0].length]);
    at += match[0].length - 1;
  }
  return spans;
}

/**
 * The matches of a global pattern in a line, as `matchAll` finds them but
 * without copying the pattern for every line (this one is long, and every
 * line of every report is searched). None of the patterns matches empty text.
 */
function matchesOf(pattern: RegExp, line: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) matches.push(match);
  return matches;
}

/** Spans of spam words and spam links, merged into phrases and widened to the words that belong to them. */
export function spamSpans(line: string): Span[] {
  // Latin and Han spam cannot overlap: searched apart, they find what one alternation of both would.
  const spans = hanSpamSpans(line);
  if (ASCII_LETTER.test(line)) {
    for (const match of matchesOf(LATIN_SPAM, line)) spans.push([match.index, match.index + match[0].length]);
    for (const match of matchesOf(URL, line)) if (SPAM_HOST.test(match[0])) spans.push([match.index, match.index + match[0].length]);
  }
  for (const span of spans) {
    span[0] -= PREFIX.exec(line.slice(Math.max(0, span[0] - 4), span[0]))?.[0].length ?? 0;
    span[1] += SUFFIX.exec(line.slice(span[1], span[1] + 4))?.[0].length ?? 0;
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] - last[1] <= MAX_GAP) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** Finds spam in one line: the whole line when it is mostly spam, else its phrases replaced by □. */
export function checkSpam(line: string): SpamCheck {
  const spans = spamSpans(line);
  if (spans.length === 0) return { text: line, phrases: [], wholeLine: false };
  const phrases = spans.map(([start, end]) => line.slice(start, end));
  const spamHan = phrases.reduce((sum, phrase) => sum + hanCount(phrase), 0);
  const allHan = hanCount(line);
  if (allHan === 0 || spamHan / allHan >= SPAM_LINE_SHARE) return { text: '', phrases, wholeLine: true };
  let text = '';
  let copied = 0;
  for (const [start, end] of spans) {
    text += `${line.slice(copied, start)}□`;
    copied = end;
  }
  return { text: text + line.slice(copied), phrases, wholeLine: false };
}

/** A short quotation for a note. */
function quote(text: string): string {
  const trimmed = text.trim();
  return `「${trimmed.length > 30 ? `${trimmed.slice(0, 30)}…` : trimmed}」`;
}

/** The rule: removes spam lines and marks inline spam, one 'flagged' message per line. */
export const flagSpamRule: CleanRule = (draft) => {
  const removed: number[] = [];
  draft.lines.forEach((line, index) => {
    const check = checkSpam(line);
    if (check.phrases.length === 0) return;
    if (check.wholeLine) {
      removed.push(index);
      draft.messages.push({ rule: RULE_ID, kind: 'flagged', note: `删除疑似垃圾广告行：${quote(line)}` });
      return;
    }
    rewriteLine(draft, index, check.text);
    const phrases = check.phrases.map(quote).join('');
    lineMessage(draft, { rule: RULE_ID, kind: 'flagged', note: `疑似垃圾广告插入正文，已以□替换：${phrases}` }, check.text);
  });
  if (removed.length > 0) draft.lines = draft.lines.filter((_, index) => !removed.includes(index));
};
