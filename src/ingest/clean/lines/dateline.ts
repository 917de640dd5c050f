/**
 * Datelines opening a news story: `云上宜都讯(融媒记者 聂永钊)3月22日,…`,
 * `竹溪新聞網訊 記者 鄒啟明 通訊員 汪敏 報道:3月4日,…`,
 * `人民政協網北京1月24日電(記者 張春莉) 1月24日下午,…`,
 * `(記者夏莉涓 通訊員楊晶)近日,…`, `央视网消息（新闻联播）：…`. The prefix
 * and the reporters go to the hints; the sentence stays. A dateline on a
 * line of its own above the story (`新华社北京1月26日电（记者张晓明）`,
 * `【健康发布讯】`) goes with its line.
 */
import type { Hints } from '../../types.ts';
import { addHints, emptyHints, siteName } from './hints.ts';
import { cutLines, joinLines } from './layout.ts';
import { dropLines, lineRule, outcome, type LineOutcome } from './line-rule.ts';
import { HAS_ROLE, MEDIUM_END, parseReporterGroup } from './reporters.ts';
import { bodyBounds, isBlank } from './shape.ts';

/** `X讯` (news-flash prefix, bracketed or not): X is the medium. */
const FLASH = /^[\s\u3000]*(?:【([^【】\s\u3000]{2,16}?)(?:讯|訊)】|([^\s\u3000(（:：，,。、【】]{2,16}?)(?:讯|訊)(?=[\s\u3000(（:：【]|\d|记者|記者))[\s\u3000]*/u;
/** `X网/社/报/台 + place + date + 电` (dispatch): X… is the medium. */
const DISPATCH = /^[\s\u3000]*([^\s\u3000(（:：，,。、]{2,12}?(?:网|網|社|报|報|台|臺))\p{Script=Han}{0,4}?(?:\d{1,2}月\d{1,2}日)?(?:电|電)[\s\u3000]*/u;
/** Reporters in brackets right after the prefix (or opening the paragraph). */
const GROUP = /^[\s\u3000]*[(（]([^()（）]{2,40})[)）][\s\u3000]*/u;
/** Reporters without brackets, closed by `报道:`, a colon or the line's end: `記者 鄒啟明 通訊員 汪敏 報道:`, `…电 记者张晓明`. */
const OPEN_GROUP = /^[\s\u3000]*((?:记者|記者|通讯员|通訊員|本报记者|本報記者)[^:：，,。()（）]{1,40}?)(?:(?:报道|報道)?[:：][\s\u3000]*|[\s\u3000]*$)/u;
/** `X网消息：`, `央视网消息（新闻联播）：` (a medium's news, a programme in brackets): X… is the medium. */
const NEWS_FROM = new RegExp(`^[\\s\\u3000]*([^\\s\\u3000(（:：，,。、]{2,12}?${MEDIUM_END})(?:消息|訊|讯)(?:[(（][^()（）]{1,12}[)）])?[:：]?[\\s\\u3000]*`, 'u');

/** The line without its dateline and what the dateline says; undefined when the line has none. */
export function splitDateline(line: string): { text: string; hints: Hints } | undefined {
  const hints = emptyHints();
  let rest = line;
  const prefix = NEWS_FROM.exec(rest) ?? FLASH.exec(rest) ?? DISPATCH.exec(rest);
  if (prefix) {
    const site = siteName(prefix[1] ?? prefix[2] ?? '');
    if (site) hints.sites.push(site);
    rest = rest.slice(prefix[0].length);
  }
  const group = GROUP.exec(rest) ?? OPEN_GROUP.exec(rest);
  const reporters = group && (prefix || HAS_ROLE.test(group[1] ?? '')) ? parseReporterGroup(group[1] ?? '') : undefined;
  if (group && reporters) {
    addHints(hints, reporters);
    rest = rest.slice(group[0].length);
  }
  if (!prefix && !reporters) return undefined;
  return { text: rest, hints };
}

/**
 * Takes the dateline off the story's first line, and drops the lines above
 * it that are a dateline alone (with the page's byline or a caption between
 * them and the story, as pages set them). The story's first line is the
 * body's first paragraph, or a line above it that a fixed-width break cut,
 * too short to read as a paragraph (`本报讯（记者 全百惠）1月6日，牟平区中医` /
 * `医院召开…`); what the break cut joins the line below again.
 */
export function stripDateline(lines: readonly string[]): LineOutcome {
  const { first } = bodyBounds(lines);
  if (first < 0) return outcome([...lines]);
  const hints = emptyHints();
  const alone = new Set<number>();
  let cut: Set<number> | undefined;
  let opening: { index: number; text: string; hints: Hints } | undefined;
  for (let i = 0; i <= first && !opening; i++) {
    const split = isBlank(lines[i]!) ? undefined : splitDateline(lines[i]!);
    if (split && isBlank(split.text)) {
      alone.add(i);
      addHints(hints, split.hints);
    } else if (split && (i === first || (cut ??= cutLines(lines)).has(i))) {
      opening = { index: i, ...split };
    }
  }
  const result = dropLines(lines, alone, '单独成行的电头与记者署名', hints);
  if (!opening) return result;
  const { index, text } = opening;
  // Every line dropped lay above the story's first line.
  const at = index - alone.size;
  const joined = (cut ??= cutLines(lines)).has(index);
  result.lines.splice(at, joined ? 2 : 1, joined ? joinLines(text, lines[index + 1]!.trim()) : text);
  addHints(result.hints, opening.hints);
  const line = lines[index]!.trim();
  const removed = line.slice(0, line.length - text.trim().length);
  result.notes.push({ kind: 'removed', note: `移出电头与记者署名：「${removed.trim()}」`, text: text.trim() });
  return result;
}

/** Clean rule: datelines. */
export const datelineRule = lineRule('extract-dateline', stripDateline);
