/**
 * Bylines closing a paragraph: `…表示感谢。( 吳履山 董沛)`, `…参加会议。(张玲)`,
 * `…(記者 潘世新)`, `(国家卫健委妇幼司供稿)`, `（来源：健康报）`, and the end mark `（完）`.
 * They are cut from the paragraph and kept as author/site hints. An end mark
 * on a line of its own (`（完）`, `【全文完】`, `——完——`) goes too.
 */
import type { Hints } from '../../types.ts';
import { addHints, emptyHints } from './hints.ts';
import { lineRule, outcome, type LineOutcome } from './line-rule.ts';
import { parseMetaLine } from './meta-lines.ts';
import { parseReporterGroup } from './reporters.ts';
import { bodyBounds } from './shape.ts';

/** Bracketed groups after a sentence's end, at the end of the line (`…发展。(记者 潘世新)（来源：健康报）`). */
const TRAILING_GROUPS = /(?<=[。！？!?”」』…])(?:\s*[(（][^()（）]{1,40}[)）])+\s*$/u;
/** The last bracketed group of a line. */
const LAST_GROUP = /\s*[(（]([^()（）]{1,40})[)）]\s*$/u;
/** The end mark of news copy. */
const END_MARK = /(?<=[。！？!?”」』…])\s*[(（](?:完|全文完|END)[)）]\s*$/iu;
/** An end mark on a line of its own. */
const END_MARK_LINE = /^\s*(?:[(（【[]\s*(?:完|全文完|END)\s*[)）】\]]|[-—－]+\s*(?:完|全文完|END)\s*[-—－]+)\s*$/iu;

/** The paragraph without its trailing byline, with what the byline says; undefined when there is none. */
export function splitTrailingByline(line: string, anyNames: boolean): { text: string; hints: Hints } | undefined {
  const end = line.trimEnd().at(-1);
  if (end !== ')' && end !== '）') return undefined;
  if (END_MARK.test(line)) return { text: line.replace(END_MARK, ''), hints: emptyHints() };
  // Names alone only after a sentence's end; a group with a byline key (`（来源：健康报）`) also where a cut text stops mid-sentence.
  const afterSentence = TRAILING_GROUPS.exec(line)?.index ?? line.length;
  const found = emptyHints();
  let text = line;
  // From the last group back, while each is a byline.
  for (let group = LAST_GROUP.exec(text); group; group = LAST_GROUP.exec(text)) {
    const inside = group[1] ?? '';
    const meta = parseMetaLine(inside);
    const hints = meta && meta.keys > 0 ? meta.hints : group.index >= afterSentence ? parseReporterGroup(inside, !anyNames) : undefined;
    if (!hints) break;
    addHints(found, hints);
    text = text.slice(0, group.index);
  }
  return text === line ? undefined : { text, hints: found };
}

/**
 * Cuts trailing bylines: plain names only from the last paragraph of the body;
 * groups naming a role (记者, 通讯员 …), a byline key (来源, 编辑 …) or a
 * contributor (供稿) from any paragraph.
 */
export function stripTrailingBylines(lines: readonly string[]): LineOutcome {
  const { last } = bodyBounds(lines);
  const kept = [...lines];
  const result = outcome(kept);
  kept.forEach((line, i) => {
    if (END_MARK_LINE.test(line)) {
      kept[i] = '';
      result.notes.push({ kind: 'removed', note: `移出文末标记：「${line.trim()}」` });
      return;
    }
    const split = splitTrailingByline(line, i === last);
    if (!split) return;
    kept[i] = split.text;
    addHints(result.hints, split.hints);
    const removed = line.slice(split.text.length).trim();
    result.notes.push({ kind: 'removed', note: `移出段末署名：「${removed}」`, text: split.text.trim() });
  });
  return result;
}

/** Clean rule: trailing bylines. */
export const trailingBylineRule = lineRule('extract-trailing-byline', stripTrailingBylines);
