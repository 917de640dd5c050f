/**
 * Section markers of article layouts: `01`, `02` alone on a line, `PART 1`,
 * `①`, lines of decoration alone (`👇👇👇`, `◆ ◆ ◆`, `* * *`), and decorated
 * labels such as `· 会议指出 ·`. A marker or decoration goes; the
 * short label lines right after it (`党风廉政建设` / `安全生产`) are the
 * section's heading and are joined into one line; a decorated label loses
 * its decoration and stays as a heading, as does a line with emoji set
 * before or after it as decoration (`📌一、…`, `会议要求🌟`).
 */
import { lineRule, outcome, removedNote, type LineOutcome } from './line-rule.ts';
import { isBlank, isParagraphLike, isShortLabel, numberingRank, trimLine } from './shape.ts';

/** A bare section marker. */
const MARKER = /^(?:0?\d{1,2}|(?:PART|Part|part|NO\.?|No\.?)\s*0?\d{1,2}|[①-⑳]|[❶-❿])$/u;
/** A label between decorations: `· 会议指出 ·`, `■ 会议要求 ■`, `【工作成效】`. */
const DECORATED = /^(?:[·•●◆◇■□▲△▼★☆◎※—–\-=~|▍▎▌▐]+\s*(.{2,16}?)\s*[·•●◆◇■□▲△▼★☆◎※—–\-=~|▍▎▌▐]+|【([^】]{2,16})】)$/u;
/** Longest label line that belongs to a marker. */
const LABEL_MAX = 16;
/** A letter, digit or Han character: what a line of text holds and a line of decoration does not. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** A symbol or emoji; not a table's rule (`: | |`) or a sign, and an ellipsis alone (`……`) marks an omission. */
const DECORATION = /[\p{So}*]/u;
/** Emoji (shown as emoji, with their modifiers and joiners) set before a line as decoration. */
const EMOJI_LEAD = /^([\s\u3000]*)(?:(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)[\uFE0F\u200D\p{Emoji_Modifier}\p{Emoji_Presentation}]*[\s\u3000]*)+(?=\S)/u;
/** Emoji set after a line as decoration (`会议要求🌟`, `…再创佳绩！👍👍`). */
const EMOJI_TAIL = /(?<=\S)(?:[\s\u3000]*(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)[\uFE0F\u200D\p{Emoji_Modifier}\p{Emoji_Presentation}]*)+[\s\u3000]*$/u;

/**
 * Whether the line's last character (spaces aside) may be an emoji: a symbol
 * of U+2000–U+2FFF, a variation selector or a keycap, or beyond the Basic
 * Multilingual Plane. Most lines end in `。` or a Han character, and go no
 * further: the tail pattern, tried at every position of a long line, would
 * cost as much as the other rules together.
 */
function mayEndInEmoji(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x3000)) end--;
  const code = text.charCodeAt(end);
  return (code >= 0x2000 && code < 0x3000) || (code >= 0xd800 && code < 0xe000) || code === 0xfe0f || code === 0x20e3;
}

/** Characters at a line's end the tail pattern is tried on before the whole line. */
const TAIL_WINDOW = 24;

/** The line without emoji set before or after it as decoration. */
function withoutEmoji(line: string): string {
  const text = line.replace(EMOJI_LEAD, '$1');
  return mayEndInEmoji(text) && EMOJI_TAIL.test(text.slice(-TAIL_WINDOW)) ? text.replace(EMOJI_TAIL, '') : text;
}

/** True when the line is a bare layout marker. */
export function isLayoutMarker(line: string): boolean {
  return MARKER.test(trimLine(line));
}

/** True when the line holds symbols or emoji and no word: a line of decoration between sections. */
export function isDecorationLine(line: string): boolean {
  // A word is found at once in a line of text; a symbol may be looked for to its end.
  return !WORD_CHARACTER.test(line) && DECORATION.test(line);
}

/** The label inside a decorated line, or undefined. */
export function decoratedLabel(line: string): string | undefined {
  const m = DECORATED.exec(trimLine(line));
  const label = (m?.[1] ?? m?.[2])?.trim();
  return label && isShortLabel(label, LABEL_MAX) ? label : undefined;
}

const isLabel = (line: string): boolean => {
  const text = trimLine(line);
  return isShortLabel(text, LABEL_MAX) && numberingRank(text) === undefined && !isLayoutMarker(text);
};

/** Removes layout markers and lines of decoration, joins the label lines after a marker into one heading line, undecorates labels. */
export function stripLayoutMarkers(lines: readonly string[]): LineOutcome {
  const kept: string[] = [];
  const result = outcome(kept);
  const markers: string[] = [];
  const decorations: string[] = [];
  let undecorated = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (isDecorationLine(raw)) {
      decorations.push(raw);
      continue;
    }
    const line = withoutEmoji(raw);
    const label = decoratedLabel(line);
    if (label || line !== raw) undecorated++;
    if (label) {
      kept.push(label);
      continue;
    }
    if (!isLayoutMarker(line)) {
      kept.push(line);
      continue;
    }
    markers.push(line);
    // Up to three label lines after the marker, when body text follows them, form its heading.
    const labels: number[] = [];
    let j = i + 1;
    for (; j < lines.length && labels.length <= 3; j++) {
      const next = lines[j] ?? '';
      if (isBlank(next)) continue;
      if (!isLabel(next)) break;
      labels.push(j);
    }
    if (labels.length > 1 && labels.length <= 3 && isParagraphLike(lines[j] ?? '')) {
      kept.push(labels.map((k) => trimLine(lines[k] ?? '')).join(' '));
      i = labels.at(-1) ?? i;
    }
  }
  if (markers.length > 0) result.notes.push(removedNote('版式序号标记', markers));
  if (decorations.length > 0) result.notes.push(removedNote('装饰符号行', decorations));
  if (undecorated > 0) result.notes.push({ kind: 'repaired', note: `去除标题和段落的装饰符号 ${undecorated} 处` });
  return result;
}

/** Clean rule: layout markers. */
export const layoutMarkersRule = lineRule('strip-layout-markers', stripLayoutMarkers);
