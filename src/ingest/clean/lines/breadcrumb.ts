/**
 * Breadcrumbs: `当前位置: 达达文档网 > 达达文库 > 建筑房产 > 正文`,
 * `首頁>要聞`, `>政务频道 >政务公开 >本局文件`, `讲话致辞 >在…讲话`.
 * A long last segment is the page's title and becomes a title hint.
 */
import { emptyHints } from './hints.ts';
import { dropLines, lineRule, type LineOutcome } from './line-rule.ts';
import { wordsPattern } from './keyword-pattern.ts';
import { bodyBounds, hasStop, inEdgeZone, readable } from './shape.ts';
import { normaliseTitle } from './title-text.ts';

/** Separators between breadcrumb segments. */
const SEPARATOR = /\s*(?:>>|>|＞|»|›)\s*/u;
/** Words that announce a breadcrumb. */
const ANNOUNCED = new RegExp(`^(?:${wordsPattern(['当前位置', '您的位置', '您现在的位置', '您当前所在位置', '你的位置', '你现在的位置', '所在位置', '现在位置', '位置'])})\\s*[:：]|^(?:${wordsPattern(['网站首页', '首页', '主页'])})\\s*(?:>|＞|»|›|$)`, 'u');

/** Shortest last segment taken for the page's title (shorter ones name a column). */
const TITLE_MIN = 12;

/** Segments of a breadcrumb line, or undefined when the line is not one. */
export function breadcrumbSegments(line: string, atEdge: boolean): string[] | undefined {
  const text = readable(line);
  if (text === '' || hasStop(text)) return undefined;
  const segments = text.split(SEPARATOR);
  const announced = ANNOUNCED.test(text) || /^(?:>|＞|»|›)/u.test(text);
  if (announced) return segments;
  if (segments.length < 2 || segments.some((s) => s.length > 40)) return undefined;
  // Unannounced: a trail of several short segments, or any trail in the page header/footer.
  const short = segments.every((s) => s.length > 0 && s.length <= 20 && !/^[\d.%\s]+$/.test(s));
  return short && (segments.length >= 3 || atEdge) ? segments : undefined;
}

/** Removes breadcrumb lines; a long last segment (the page's title) becomes a title hint. */
export function stripBreadcrumbs(lines: readonly string[]): LineOutcome {
  const bounds = bodyBounds(lines);
  const hints = emptyHints();
  const drop = new Set<number>();
  lines.forEach((line, i) => {
    const segments = breadcrumbSegments(line, inEdgeZone(i, bounds));
    if (!segments) return;
    drop.add(i);
    const last = segments.at(-1) ?? '';
    const title = last.length >= TITLE_MIN ? normaliseTitle(last) : undefined;
    if (title) hints.titles.push(title);
  });
  return dropLines(lines, drop, '面包屑导航', hints);
}

/** Clean rule: breadcrumbs. */
export const breadcrumbRule = lineRule('strip-breadcrumbs', stripBreadcrumbs);
