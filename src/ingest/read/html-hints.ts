/**
 * Metadata an HTML page states about itself: titles, site, authors, dates
 * and URLs from `<title>`, the first `<h1>`, Open Graph and article metas,
 * and the metas Chinese government sites carry by the national guideline
 * for government websites (ArticleTitle, PubDate, ContentSource, SiteName …).
 */
import type { Root } from 'hast';
import { toSimplified } from '../../lib/script.ts';
import { ORGANISATION_END } from '../organisation-name.ts';
import type { Hints } from '../types.ts';
import { elements, firstElement, textContent } from './hast-elements.ts';

/** Meta names and properties (lower case) per hint, best first. */
const META_KEYS = {
  titles: ['og:title', 'articletitle', 'twitter:title', 'dc.title'],
  sites: ['contentsource', 'og:site_name', 'sitename'],
  authors: ['author', 'article:author', 'dc.creator'],
  dates: ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish_date', 'publish-date', 'firstpublishedtime', 'dc.date', 'dc.date.issued', 'dcterms.issued', 'date', 'og:published_time'],
  urls: ['og:url', 'url'],
} as const;

/**
 * Separators between a page title's headline and its column and site names
 * (`标题_栏目_站点`, `标题 - 站点`, `标题|站点`). Not the dash ——, which in a
 * Chinese title introduces a subtitle (`凝心聚力——在…会议上的讲话`).
 */
const TITLE_SEPARATOR = /\s*[_|｜]\s*|\s+-+\s+|\s*-{2,}\s*/;
/** Longer candidates are whole paragraphs marked up as a heading, not titles. */
const MAX_TITLE_CHARS = 100;
/** A full stop: a sentence set as the page's title or heading, not a headline (which may exclaim, but never ends a sentence with 。). */
const FULL_STOP = /。/u;

/** The content of every meta, by lower-cased name or property, first occurrence first. */
function metaContents(tree: Root): Map<string, string[]> {
  const metas = new Map<string, string[]>();
  for (const element of elements(tree)) {
    if (element.tagName !== 'meta') continue;
    const { name, property, itemProp, content } = element.properties;
    if (typeof content !== 'string' || !content.trim()) continue;
    for (const key of [name, property, ...(Array.isArray(itemProp) ? itemProp : [])]) {
      if (typeof key !== 'string') continue;
      const list = metas.get(key.toLowerCase()) ?? [];
      list.push(content.replace(/\s+/g, ' ').trim());
      metas.set(key.toLowerCase(), list);
    }
  }
  return metas;
}

function metaValues(metas: Map<string, string[]>, keys: readonly string[]): string[] {
  return keys.flatMap((key) => metas.get(key) ?? []);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

/** A date as `YYYY-MM-DD` (or `YYYY-MM`), from ISO, `2024/1/5`, `2024年1月5日` or `20240105`; undefined when not a date. */
export function normaliseDate(value: string): string | undefined {
  const match = /(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?/.exec(value) ?? /^(\d{4})(\d{2})(\d{2})/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3])];
  if (year < 1949 || year > 2100 || month < 1 || month > 12) return undefined;
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ym;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day ? `${ym}-${String(day).padStart(2, '0')}` : undefined;
}

function isHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(value);
}

/** A site's column, named by what it lists (`工作动态`, `卫健要闻`, `通知公告`, `政务公开`): a part of a page title that is no headline. */
const COLUMN_NAME = /^\p{Script=Han}{0,4}(?:动态|動態|资讯|資訊|新闻|新聞|要闻|要聞|公告|信息|快讯|快訊|专栏|專欄|播报|播報|公开|公開|首页|首頁)$/u;

/**
 * The headline part of a page title `标题_栏目_站点`: the first part that is
 * not a site's name, stated or by its form, nor a column (a site whose pages
 * are all titled with its name, `某某门户网站`, gives none). A title that
 * starts with a separator (` | 健康资讯 | 某某健康网`) was made without its
 * headline: what follows is the page's column and site.
 */
function titleHeadline(title: string, sites: readonly string[]): string | undefined {
  const parts = title.split(TITLE_SEPARATOR).map((part) => part.trim());
  if (parts.length > 1 && parts[0] === '') return undefined;
  return parts.find((part) => part && !namesSiteOrColumn(part, sites));
}

/** Whether a page title's part or heading names the site (stated, or by its form) or a column: no headline. */
function namesSiteOrColumn(text: string, sites: readonly string[]): boolean {
  return sites.includes(text) || ORGANISATION_END.test(text) || COLUMN_NAME.test(text);
}

/** The hints an HTML page states about itself; lists are deduplicated, best first. */
export function htmlHints(tree: Root): Partial<Hints> {
  const metas = metaContents(tree);
  const sites = unique(metaValues(metas, META_KEYS.sites));
  const notSite = (value: string) => !sites.includes(value);
  const title = firstElement(tree, 'title');
  // A site's logo is often its first <h1>, and some set og:title to the site's name: see namesSiteOrColumn.
  const h1 = firstElement(tree, 'h1');
  const headline = title && titleHeadline(textContent(title), sites);
  const canonical = [...elements(tree)].find(
    (element) => element.tagName === 'link' && Array.isArray(element.properties.rel) && element.properties.rel.includes('canonical'),
  )?.properties.href;
  return {
    titles: unique([...metaValues(metas, META_KEYS.titles), h1 ? textContent(h1) : '', headline ?? '']).filter(
      (value) => !namesSiteOrColumn(value, sites) && value.length <= MAX_TITLE_CHARS && !FULL_STOP.test(value),
    ),
    sites,
    authors: unique(metaValues(metas, META_KEYS.authors).filter((value) => notSite(value) && !isHttpUrl(value)).map((value) => toSimplified(value))),
    dates: unique(metaValues(metas, META_KEYS.dates).map((value) => normaliseDate(value) ?? '')),
    urls: unique([typeof canonical === 'string' ? canonical : '', ...metaValues(metas, META_KEYS.urls)].filter(isHttpUrl)),
  };
}
