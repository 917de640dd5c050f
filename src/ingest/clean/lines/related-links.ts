/**
 * "Related articles" tails below the body: `相关文章`, `相关阅读`,
 * `相关热词搜索: …`, `更多相关文章: …` and the list of links that follows;
 * the titles of other articles listed below the body without a header; a
 * news site's place tags (`哈尔滨黑龙江省`); a bar of headlines set out with
 * `|` (`要闻 | 河北省召开… | 广东省部署…`);
 * the links to a page's attachments (`附件下载：`, `某某通知.docx`).
 * Other articles' titles and tags name other places and meetings: left in,
 * they would speak for the report.
 */
import { findPlaceMentions } from '../../../lib/regions/find-mentions.ts';
import { toSimplified } from '../../../lib/script.ts';
import { ORGANISATION_END } from '../../organisation-name.ts';
import { dropLines, lineRule, type LineOutcome } from './line-rule.ts';
import { wordsPattern } from './keyword-pattern.ts';
import { bodyBounds, hasStop, isBlank, isParagraphLike, numberingRank, readable } from './shape.ts';

/** Headers of link lists. */
const LIST_HEADER = new RegExp(
  `^(?:${wordsPattern([
    '相关文章', '相关阅读', '相关新闻', '相关链接', '相关热词搜索', '相关搜索', '相关推荐', '相关报道', '相关资讯', '相关文档',
    '更多相关文章', '更多相关', '更多文章', '更多阅读', '更多新闻', '推荐阅读', '延伸阅读', '猜你喜欢', '热门文章', '热门推荐',
    '热点推荐', '精彩推荐', '最新文章', '最新更新', '上一篇', '下一篇', '为您推荐', '大家都在看', '往期回顾', '往期推荐',
    '附件下载', '下载附件', '相关附件', '附件列表', '相关下载',
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

/** A file offered for download: a name with a document's extension, and at most its size (`通知.docx（25KB）`). */
const DOWNLOAD_LINK = /^[^，,。；;！!？?]{1,80}\.(?:docx?|xlsx?|pptx?|pdf|wps|et|ofd|zip|rar|7z)(?:\s*[(（]\s*[\d.]+\s*[KMG]?B\s*[)）])?$/iu;

/** True when the line is only a file's name: below the body's start a download link (above it, a document site's title). */
export function isDownloadLink(line: string): boolean {
  return line.length <= 120 && DOWNLOAD_LINK.test(readable(line).trim());
}

/** A report's own closing lines that look like headlines: its attachments' names, its date. */
const NOT_A_HEADLINE = /^附件|\d{4}\s*年\s*\d{1,2}\s*月|[〇零一二三四五六七八九]{4}年/u;

/** A headline's length: lines this short or long are no other article's title. */
const TITLE_LENGTH = { min: 8, max: 60 };

/**
 * True when the text reads as the title of an article: a headline's length,
 * not numbered, no punctuation a sentence carries (a paragraph the page cut
 * short, `…、成縣人民醫院作會(`, is no title), and no organisation's name
 * (a signatory, or the site a title is dressed with: `… | 铜仁市卫生健康局`).
 */
function isHeadline(text: string): boolean {
  return (
    text.length >= TITLE_LENGTH.min &&
    text.length <= TITLE_LENGTH.max &&
    !/[，,；;、。！？!?：:(（]/.test(text) &&
    numberingRank(text) === undefined &&
    !ORGANISATION_END.test(text) &&
    !NOT_A_HEADLINE.test(text)
  );
}

/**
 * Indexes of the titles of other articles listed after the body's last
 * paragraph without a header: a run of two or more headline lines that ends the text.
 */
export function findTrailingTitles(lines: readonly string[]): number[] {
  const { last } = bodyBounds(lines);
  if (last < 0) return [];
  const run: number[] = [];
  for (let i = lines.length - 1; i > last; i--) {
    if (isBlank(lines[i]!)) continue;
    if (!isHeadline(readable(lines[i]!).trim())) return [];
    run.push(i);
  }
  return run.length >= 2 ? run : [];
}

/**
 * True when the line is a bar of two or more headlines set out with `|` (a
 * section name may lead it); not a table row, which a bar opens and closes.
 */
export function isHeadlineBar(line: string): boolean {
  const text = readable(line).trim();
  if (/^[|｜]|[|｜]$/.test(text)) return false;
  const cells = text.split(/[|｜]/).map((cell) => cell.trim());
  return cells.filter(isHeadline).length >= 2 && cells.every((cell) => !hasStop(cell));
}

/** Longest line of place tags. */
const PLACE_TAGS_MAX = 20;

/** True when the line names places and nothing else (`哈尔滨黑龙江省`, `湖北 武汉`): a news site's place tags. */
export function isPlaceTagLine(line: string): boolean {
  const text = toSimplified(readable(line)).replace(/[\s\u3000、，,|｜/·]+/gu, '');
  if (text.length < 2 || text.length > PLACE_TAGS_MAX || !/^\p{Script=Han}+$/u.test(text)) return false;
  let named = 0;
  for (const mention of findPlaceMentions(text)) named += mention.end - mention.start;
  return named === text.length;
}

/** Indexes of place-tag lines after the body's last paragraph. */
function findPlaceTags(lines: readonly string[]): number[] {
  const { last } = bodyBounds(lines);
  if (last < 0) return [];
  const tags: number[] = [];
  for (let i = last + 1; i < lines.length; i++) if (!isBlank(lines[i]!) && isPlaceTagLine(lines[i]!)) tags.push(i);
  return tags;
}

/** Removes related-article lists below the body, trailing titles of other articles, place tags, headline bars and download links. */
export function stripRelatedLinks(lines: readonly string[]): LineOutcome {
  const drop = findRelatedLinks(lines);
  for (const i of [...findTrailingTitles(lines), ...findPlaceTags(lines)]) drop.add(i);
  const { first } = bodyBounds(lines);
  lines.forEach((line, i) => ((/[|｜]/.test(line) && isHeadlineBar(line)) || (i > first && line.includes('.') && isDownloadLink(line))) && drop.add(i));
  return dropLines(lines, drop, '相关文章列表');
}

/** Clean rule: related-article tails. */
export const relatedLinksRule = lineRule('strip-related-links', stripRelatedLinks);
