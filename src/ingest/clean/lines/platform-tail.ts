/**
 * What a publishing platform prints below an article, when the page was
 * scraped whole: WeChat's `预览时标签不可点`, `继续滑动看下一个`, `轻触阅读原文`,
 * the account's name, the dialogs' `知道了` / `取消` / `允许`, `微信扫一扫可打开此内容，
 * 使用完整服务` and its like and share buttons; a site's comment section
 * (`网友评论`, `发表评论`, `已有 0 人参与` …). The first such marker, a short
 * line of its own after the start of the body, ends the article; it and
 * everything below it go.
 */
import { dropLines, lineRule, type LineOutcome } from './line-rule.ts';
import { wordsPattern } from './keyword-pattern.ts';
import { bodyBounds, hasStop, isBlank, readable } from './shape.ts';

/** Lines that only a platform's page below an article holds. */
const END_MARK = new RegExp(
  `^(?:${wordsPattern([
    '预览时标签不可点', '继续滑动看下一个', '向上滑动看下一个', '轻触阅读原文', '微信扫一扫可打开此内容',
    '网友评论', '发表评论', '我要评论', '评论区', '全部评论', '最新评论', '热门评论', '文明上网',
  ])})`,
  'u',
);
/** Longest marker line (a sentence that merely starts with such words is body text). */
const MARK_MAX = 30;

/** True when the line marks the end of the article. */
function isEndMark(line: string): boolean {
  const text = readable(line).trim();
  return text.length <= MARK_MAX && !hasStop(text) && END_MARK.test(text);
}

/** Removes the platform's page below the article. */
export function stripPlatformTail(lines: readonly string[]): LineOutcome {
  const { first } = bodyBounds(lines);
  const end = first < 0 ? -1 : lines.findIndex((line, i) => i > first && isEndMark(line));
  const drop = new Set<number>();
  if (end >= 0) for (let i = end; i < lines.length; i++) if (!isBlank(lines[i]!)) drop.add(i);
  return dropLines(lines, drop, '公众号文末页面');
}

/** Clean rule: a platform's page below the article. */
export const platformTailRule = lineRule('strip-platform-tail', stripPlatformTail);
