/**
 * "Related articles" tails below the body: `相关文章`, `相关阅读`,
 * `相关热词搜索: …`, `更多相关文章: …` and the list of links that follows.
 */
import { dropLines, lineRule, type LineOutcome } from './line-rule.ts';
import { wordsPattern } from './keyword-pattern.ts';
import { bodyBounds, isBlank, isParagraphLike, readable } from './shape.ts';

/** Headers of link lists. */
const LIST_HEADER = new RegExp(
  `^(?:${wordsPattern([
    '相关文章', '相关阅读', '相关新闻', '相关链接', '相关热词搜索', '相关搜索', '相关推荐', '相关报道', '相关资讯', '相关文档',
    '更多相关文章', '更多相关', '更多文章', '更多阅读', '更多新闻', '推荐阅读', '延伸阅读', '猜你喜欢', '热门文章', '热门推荐',
    '热点推荐', '精彩推荐', '最新文章', '最新更新', '上一篇', '下一篇', '为您推荐', '大家都在看', '往期回顾', '往期推荐',
  ])})`,
  'u',
);

/** True when the line opens a list of related links (a header, not a sentence that starts with these words). */
export function isLinkListHeader(line: string): boolean {
  if (line.length > 120) return false;
  const text = readable(line);
  return text.length <= 80 && LIST_HEADER.test(text) && !isParagraphLike(text);
}

/**
 * Indexes of link-list headers after the start of the body and of the link
 * lines that follow each, up to the next line of body text (which is kept).
 */
export function findRelatedLinks(lines: readonly string[]): Set<number> {
  const { first } = bodyBounds(lines);
  const drop = new Set<number>();
  let inList = false;
  lines.forEach((line, i) => {
    if (i <= first || isBlank(line)) return;
    if (isLinkListHeader(line)) inList = true;
    else if (isParagraphLike(line)) inList = false;
    if (inList) drop.add(i);
  });
  return drop;
}

/** Removes related-article lists below the body. */
export function stripRelatedLinks(lines: readonly string[]): LineOutcome {
  return dropLines(lines, findRelatedLinks(lines), '相关文章列表');
}

/** Clean rule: related-article tails. */
export const relatedLinksRule = lineRule('strip-related-links', stripRelatedLinks);
