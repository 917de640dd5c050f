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
import { bodyBounds, isBlank, readable } from './shape.ts';

/**
 * Lines that only a platform's page below an article holds: the marker
 * alone, a count or a comma after it at most (`网友评论（3）`, `微信扫一扫可打开此内容，`);
 * a heading or sentence that merely starts with such words is body text.
 */
const END_MARK = new RegExp(
  `^(?:${wordsPattern([
    '预览时标签不可点', '继续滑动看下一个', '向上滑动看下一个', '轻触阅读原文', '微信扫一扫可打开此内容',
    '网友评论', '发表评论', '我要评论', '全部评论', '最新评论', '热门评论',
  ])})[\\s\\d，,：:()（）条條人]*$`,
  'u',
);

/** True when the line marks the end of the article. */
function isEndMark(line: string): boolean {
  return END_MARK.test(readable(line).trim());
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
