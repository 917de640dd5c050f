/**
 * Shape of a line: the cheap tests every line rule and the structure step
 * share (is it blank, short, punctuated, a numbered heading, body text?).
 *
 * Rules may run before or after the character-level repairs, so every test
 * accepts both ASCII and full-width punctuation.
 */

/** `?` runs that stand for lost full-width indentation, when whitespace follows them. */
const LOST_INDENT = /^[?？]+(?=[\s\u3000])/;

/** True for zero-width marks that `String.prototype.trim` keeps. */
const isZeroWidth = (code: number): boolean => (code >= 0x200b && code <= 0x200d) || code === 0x2060;

/**
 * The line without indentation, trailing space (full-width and no-break
 * included), zero-width marks at its edges, or `???` indentation remnants.
 * Written with `trim` and character tests: an end-anchored regex scans the
 * whole line, and this runs on every line many times.
 */
export function trimLine(line: string): string {
  let text = line.trim();
  if (text.charCodeAt(0) === 0x3f || text.charCodeAt(0) === 0xff1f) text = text.replace(LOST_INDENT, '').trim();
  let start = 0;
  let end = text.length;
  while (start < end && isZeroWidth(text.charCodeAt(start))) start++;
  while (end > start && isZeroWidth(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end).trim();
}

/** True when the line holds nothing but whitespace. */
export function isBlank(line: string): boolean {
  return trimLine(line) === '';
}

/**
 * Sentence-final stops: full-width always; ASCII `.` `!` only right after a Han
 * character and not before a digit or letter; ASCII `?` (often a lost
 * character) only at a line or clause end.
 */
const ASCII_STOP = /\p{Script=Han}[.!](?![\dA-Za-z.])|\p{Script=Han}\?(?=\s|$)/u;
/** Clause punctuation that body text carries and labels, titles and menus rarely do. */
const CLAUSE = /[，,；;]/;
/** Any punctuation a short label (caption, menu item, heading) does not carry. */
const PUNCTUATION = /[，,。；;：:！!？?、]/;

/** True when the text contains a sentence-final stop. */
export function hasStop(text: string): boolean {
  // Substring tests first: they are much cheaper than the regex on long lines.
  if (text.includes('。') || text.includes('！') || text.includes('？')) return true;
  return (text.includes('.') || text.includes('!') || text.includes('?')) && ASCII_STOP.test(text);
}

/** Characters that may close a sentence after its stop (quotes, brackets). */
const CLOSERS = /[”’"」』）)》\]】]+$/;
/** Stops and clause ends after which a line is complete. */
const LINE_END = /[。！？!?…；;：:]$/;

/** True when the text ends a sentence or a clause (`。` `；` `：`, possibly followed by closing quotes). */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  return LINE_END.test(t) || (CLOSERS.test(t) && LINE_END.test(t.replace(CLOSERS, '')));
}

/** True when the text is at most `max` characters long and carries no punctuation at all. */
export function isShortLabel(text: string, max: number): boolean {
  return text.length > 0 && text.length <= max && !PUNCTUATION.test(text);
}

/**
 * Rank of a numbering prefix in the order official texts nest them, if any:
 * 0 `第一部分` `第一章`, 1 `一、`, 2 `（一）`, 3 `1.` `（1）` `①` `一是` `第一，`.
 */
export function numberingRank(text: string): 0 | 1 | 2 | 3 | undefined {
  if (/^第[一二三四五六七八九十百零〇\d]+[章节部]/.test(text)) return 0;
  if (/^[一二三四五六七八九十]{1,3}\s*[、.．]/.test(text)) return 1;
  if (/^[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]/.test(text)) return 2;
  if (/^\d{1,2}\s*[、.．](?![\d.．])/.test(text) || /^[（(]\d{1,2}[）)]/.test(text) || /^[①-⑳]/.test(text)) return 3;
  if (/^[一二三四五六七八九十]是/.test(text) || /^第[一二三四五六七八九十]{1,3}[，,、]/.test(text)) return 3;
  return undefined;
}

/** Longest text that still reads as a heading. */
const HEADING_MAX = 60;

/**
 * True when the text is a numbered heading standing alone: a numbering prefix,
 * at most HEADING_MAX characters, and no sentence stop except possibly at its
 * end (`（一）牢牢把握“十二个坚持”。一是坚持…` is a paragraph).
 */
export function isHeadingLine(text: string): boolean {
  if (numberingRank(text) === undefined || text.length > HEADING_MAX) return false;
  return !hasStop(text.replace(/[。！？.!?]+[”’"」』）)]*$/, ''));
}

/** True when the line reads as body text: a sentence, or a long clause-bearing line, and not a heading. */
export function isParagraphLike(line: string): boolean {
  const t = trimLine(line);
  if (t.length < 5 || isHeadingLine(t) || EDITORS_NOTE.test(t)) return false;
  return hasStop(t) || (t.length >= 40 && CLAUSE.test(t));
}

/** What an editor's note above a report is labelled: 编者按, 导读, 内容提要 … */
const EDITORS_NOTE_LABEL = '(?:编者|編者)(?:按|的话|的話)|导读|導讀|内容提要|內容提要|核心提示|摘要';
/** An editor's note (`编者按：…`, `【导读】…`): the site's words above a report, which start no body (its byline may follow). */
const EDITORS_NOTE = new RegExp(`^(?:[【\\[［]\\s*(?:${EDITORS_NOTE_LABEL})\\s*[】\\]］]\\s*[:：]?|(?:${EDITORS_NOTE_LABEL})\\s*[:：])`, 'u');

/** True when the line is an editor's note. */
export function isEditorsNote(line: string): boolean {
  return EDITORS_NOTE.test(trimLine(line));
}

/** Addressees that close a salutation line. */
const SALUTATION = /(同志[们們]|代表[们們]|委[员員][们們]|同事[们們]|朋友[们們]|同志|代表|委[员員]|[来來]?[宾賓]|[领領][导導]|[单單]位|[处處]室|科室|部[门門]|局|委|院|中心)[:：]$/u;

/** True when the line opens a speech or a letter: `同志们：`, `各位代表：`, `各区县卫生健康局…，委机关各处室：`. */
export function isSalutation(line: string): boolean {
  const t = trimLine(line);
  return t.length <= 60 && SALUTATION.test(t) && !hasStop(t);
}

/** Indexes of the first and last body-like lines (-1 when there is none). */
export interface BodyBounds {
  first: number;
  last: number;
}

/** Lines whose tests `rememberedByLine` keeps: more than a long report has. */
const LINES_REMEMBERED = 4096;

/**
 * A test of a line that remembers its answers for the lines met lately: a
 * dozen line rules each read every line, most of which the rules before
 * left as they were. Emptied when full, so it keeps no more than that.
 */
function rememberedByLine<T>(test: (line: string) => T): (line: string) => T {
  const answers = new Map<string, T>();
  return (line) => {
    let answer = answers.get(line);
    if (answer === undefined) {
      if (answers.size >= LINES_REMEMBERED) answers.clear();
      answer = test(line);
      answers.set(line, answer);
    }
    return answer;
  };
}

/** `isParagraphLike`, remembered: finding the body's bounds was a twentieth of the pipeline's time. */
const isParagraphLikeLine = rememberedByLine(isParagraphLike);

/**
 * Where the body starts and ends: the first and last paragraph-like lines (a
 * salutation is not counted). Searched from either end, so the lines between
 * are not read: a dozen rules ask, each of all the lines.
 */
export function bodyBounds(lines: readonly string[]): BodyBounds {
  const first = lines.findIndex(isParagraphLikeLine);
  return { first, last: first < 0 ? -1 : lines.findLastIndex(isParagraphLikeLine) };
}

/** True when line `i` lies before the body or after it (where page furniture lives). */
export function inEdgeZone(i: number, bounds: BodyBounds): boolean {
  return bounds.first < 0 || i < bounds.first || i > bounds.last;
}

/** Bullet characters that open menu and list lines. */
export const BULLET = /^[•·●▪◦○■□◆◇►▶※＊*\-–]\s*/;

/** The line without indentation and without a leading bullet. */
function stripBullet(line: string): string {
  return trimLine(line).replace(BULLET, '');
}

/** Tone-marked pinyin annotations (`(wèi)`) that converted pages put after characters. */
export const PINYIN_NOTE = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[)）]/g;

/** The text without pinyin annotations (tested first: most lines have no brackets). */
export function withoutPinyin(text: string): string {
  return text.includes('(') || text.includes('（') ? text.replace(PINYIN_NOTE, '') : text;
}

/** The line as rules read it: trimmed, bullet-free, without pinyin annotations (remembered: most rules read it). */
export const readable = rememberedByLine((line: string): string => withoutPinyin(stripBullet(line)));

/** Index of the first line of the body proper: its first paragraph-like line or an earlier salutation (lines.length when none). */
export function bodyStart(lines: readonly string[]): number {
  const { first } = bodyBounds(lines);
  const end = first < 0 ? lines.length : first;
  for (let i = 0; i < end; i++) if (isSalutation(lines[i] ?? '')) return i;
  return end;
}
