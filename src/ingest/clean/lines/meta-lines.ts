/**
 * Bylines, dates and counters: lines such as `日期:2025年03月28日 來源:網站編輯
 * 瀏覽:152次`, `编 辑:李勇 责任编辑:陈宇杰`, `【来源:运城市盐湖区人民医院】`,
 * `本文地址:http://…`, a bare `2021-10-19 15:20:20` or a platform's
 * `原创 秭归卫健 秭归县卫生健康局 2024年03月01日 18:30 湖北`. They leave the body;
 * what they say goes into the hints.
 */
import type { Hints } from '../../types.ts';
import { ORGANISATION_END } from '../../organisation-name.ts';
import { splitDateline } from './dateline.ts';
import { emptyHints, parseDate, personName, siteName } from './hints.ts';
import { lineRule, outcome, removedNote, type LineOutcome } from './line-rule.ts';
import { wordsPattern } from './keyword-pattern.ts';
import { CONTROL_WORD } from './page-chrome.ts';
import { MEDIUM_END, REPORTER_TITLES } from './reporters.ts';
import { bodyBounds, hasStop, inEdgeZone, isBlank, readable } from './shape.ts';
import { normaliseTitle } from './title-text.ts';

/** What the value after a key means. */
type Field = 'date' | 'site' | 'host' | 'issuer' | 'author' | 'editor' | 'counter' | 'title' | 'url' | 'skip' | 'upload';

/** Keys of byline and counter fields, by meaning (Simplified; Traditional forms match too). */
const KEYS: Record<Field, readonly string[]> = {
  date: ['日期', '时间', '发布时间', '发布日期', '发表时间', '发表日期', '发文时间', '发文日期', '成文日期', '录入时间', '印发日期', '发稿时间', '刊发时间', '发布于', '发表于'],
  // 原标题: a repost's note of the title the story first ran under; the page's own headline is the title.
  // When the page was printed, saved or collected is the reader's date, not the report's.
  skip: ['更新时间', '修改时间', '关键词', '关键字', '标签', '栏目', '所属栏目', '分类', '新闻报料', '报料电话', '字号', '字体', '分享到', '分享', '打印', '打印日期', '打印时间', '访问时间', '下载时间', '下载日期', '采集时间', '抓取时间', '保存时间', '索引号', '来源类别', '信息分类', '类别', '原标题', 'IP属地'],
  // A document site's fields on its copy: no report's text holds them, and when and by whom the copy was uploaded says nothing of the report.
  upload: ['上传时间', '上传日期', '上传人', '上传者', '上传用户', '贡献者', '文档分类', '文档页数', '文档格式', '文件格式', '文件大小', '下载积分', '所需积分', '下载次数', '下载券'],
  // 作者单位: who wrote it, as a paper or a document site's copy names its author's body.
  site: ['来源', '信息来源', '文章来源', '稿件来源', '稿源', '出处', '发布', '发布单位', '供稿', '供稿单位', '转自', '转载自', '本文转自', '本文来源', '本文来自', '作者单位'],
  // The owner of the site that carries the page.
  host: ['主办', '主办单位'],
  issuer: ['发布机构', '发文机关', '发文单位', '印发机关'],
  author: ['作者', ...REPORTER_TITLES, '撰稿', '撰文', '摄影', '摄像', '供图', '采写', '文字', '图片'],
  editor: ['编辑', '责编', '责任编辑', '审核', '审校', '校对', '三审', '二审', '初审', '一审', '终审', '审签', '监制', '编审', '值班编辑', '主编', '签发', '复审', '美编', '统筹', '发布人', '录入', '发稿人'],
  counter: ['浏览', '浏览次数', '浏览量', '阅读', '阅读量', '阅读次数', '阅读数', '点击', '点击数', '点击量', '点击率', '访问量', '访问次数', '人气', '热度'],
  title: ['标题', '本文标题', '文章标题', '题目'],
  url: ['本文地址', '本文链接', '原文链接', '原文地址', '文章地址', '文章链接', '网址', '永久链接'],
};

const FIELD_OF = new Map<string, Field>();
const KEY_SOURCES: string[] = [];
for (const [field, words] of Object.entries(KEYS) as [Field, readonly string[]][]) {
  for (const word of words) KEY_SOURCES.push(word);
  for (const word of words) FIELD_OF.set(word, field);
}

/**
 * A key: not inside a Han word, followed by `:`/`：`/`/` or by a space (multi-character keys only).
 * One-character 文/图 keys need a colon or slash (`文/张三`).
 */
const KEY = new RegExp(
  `(?<!\\p{Script=Han})(?:(${wordsPattern(KEY_SOURCES)})(?:\\s*[:：]\\s*|\\s*/\\s*|\\s+)|([文图圖])\\s*[:：/]\\s*)`,
  'gu',
);
/** The canonical key for a matched key text (Traditional, spaced or not). */
const CANONICAL = new Map<string, string>();
const KEY_WORD = new RegExp(`^(?:${KEY_SOURCES.map((w) => `(${wordsPattern([w])})`).join('|')})$`, 'u');

function fieldOf(matched: string): Field {
  const cached = CANONICAL.get(matched);
  if (cached) return FIELD_OF.get(cached) ?? 'skip';
  const m = KEY_WORD.exec(matched);
  const index = m ? m.slice(1).findIndex((g) => g !== undefined) : -1;
  const word = KEY_SOURCES[index] ?? '';
  CANONICAL.set(matched, word);
  return FIELD_OF.get(word) ?? 'skip';
}

/** Dates with an optional time of day. */
const DATE_TIME = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?|\s*月)?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/gu;
/** A time of day or a weekday alone. */
const TIME = /\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]/gu;
/** A URL. */
const URL = /(?:https?:\/\/|www\.)[^\s，。、；()（）【】<>"]+/i;
/** Counter values: `152次`, `61 次`, empty, or `??/??` remnants. */
const COUNTER_VALUE = /^[\d\s,，次人?？/]*$/;
/** Leftover that does not make a line body text: separators, question marks, counters. */
const JUNK = /[\s\u3000?？/|｜·•()（）【】[\]<>＞«»:：,，\-–—]+|\d+\s*次/g;

/** Longest byline line. */
const META_MAX = 160;

/** What a parsed meta line holds. */
export interface MetaLine {
  hints: Hints;
  /** How many keys the line has. */
  keys: number;
  /** True when the line is metadata wherever it stands (a counter, several keys, or a short keyed byline). */
  strong: boolean;
}

/** Splits a value into name tokens. */
const tokens = (value: string): string[] => value.split(/[\s\u3000、，,;；/|]+/).filter(Boolean);

/** Reads one value into the hints; returns what is left of it that the field does not explain. */
function readValue(field: Field, value: string, hints: Hints): string {
  switch (field) {
    case 'date': {
      const date = parseDate(value);
      if (date) hints.dates.push(date);
      return value.replace(DATE_TIME, '').replace(TIME, '');
    }
    case 'site':
    case 'host':
    case 'issuer': {
      const [first = '', ...rest] = value.split(/[\s\u3000|｜]+/).filter(Boolean);
      for (const part of first.split('/')) {
        const name = siteName(part);
        if (name) ({ site: hints.sites, host: hints.hosts, issuer: hints.issuers })[field].push(name);
      }
      return rest.join('');
    }
    case 'author':
    case 'editor': {
      let rest = '';
      for (const token of tokens(value)) {
        const name = personName(token);
        if (name) (field === 'author' ? hints.authors : hints.editors).push(name);
        else rest += token;
      }
      return rest;
    }
    case 'counter':
      return COUNTER_VALUE.test(value) ? '' : value;
    case 'title': {
      const title = normaliseTitle(value);
      if (title) hints.titles.push(title);
      return '';
    }
    case 'url': {
      const url = URL.exec(value)?.[0];
      if (url) hints.urls.push(url);
      return url ? value.replace(url, '') : value;
    }
    case 'skip':
    case 'upload':
      return hasStop(value) ? value : '';
  }
}

/**
 * Where a platform says the account posted from (`发表于北京`, `IP属地：湖北`):
 * the poster's whereabouts, never the report's region.
 */
const POSTED_FROM_WORD = '(?:发表于|發表於|发布于|發佈於|来自|來自|IP\\s*属地|IP\\s*屬地)';
const POSTED_FROM = `${POSTED_FROM_WORD}\\s*[:：]?\\s*\\p{Script=Han}{2,5}`;
/**
 * A platform's byline without keys: names, then when it was posted (to the
 * minute), then where from, spaces or `·` between. WeChat: `原创 秭归卫健
 * 秭归县卫生健康局 2024年03月01日 18:30 湖北` (mark, author, account, time,
 * province; scraped before its script ran, the page has no time: `原创 秭归卫健
 * 秭归县卫生健康局`); news apps: `健康宜昌 2024-03-01 10:23 · 湖北 官方账号`,
 * `健康宜昌 2024-03-01 10:23 发布于湖北`; Weibo: `健康发布 2024-01-26 18:30
 * 来自 微博 weibo.com`.
 */
const POSTED_SEPARATOR = '(?:\\s*[·•]\\s*|\\s+)';
/** A name in such a byline: no digits, no punctuation (`来源：…` is a keyed field). */
const POSTED_NAME = '[^\\s\\d·•:：，,。；;、]{2,20}';
/** When it was posted, to the minute. */
const POSTED_TIME = '(?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?\\s+\\d{1,2}[:：]\\d{2}';
const POSTED = new RegExp(
  `^(?:原[创創]\\s+)?((?:${POSTED_NAME}${POSTED_SEPARATOR}){0,2}${POSTED_NAME})${POSTED_SEPARATOR}(${POSTED_TIME})` +
    `(?:${POSTED_SEPARATOR}(?:${POSTED_FROM}|\\p{Script=Han}{2,8}|[\\w.-]+\\.(?:com|cn|net|org))){0,3}$`,
  'u',
);
/**
 * A platform's mark and time before the account (`原创2024-01-26 18:30·健康发布`,
 * as news apps set it): the date is read, not the name after the time, which
 * may be where the account posted from.
 */
const ORIGINAL_TIMED = new RegExp(
  `^原[创創]\\s*(${POSTED_TIME})(?:${POSTED_SEPARATOR}${POSTED_NAME}){1,2}$`,
  'u',
);
/** A name in a byline without a time: not where it was posted from. */
const UNTIMED_NAME = `(?!${POSTED_FROM_WORD})[^\\s\\d，。、；：,.;:]{2,20}`;
/**
 * A platform's byline without a time (scraped before the page's script set it):
 * `原创 秭归卫健 秭归县卫生健康局`, `原创 健康发布 发表于北京`, `健康发布 发表于北京`.
 */
const ORIGINAL = new RegExp(`^(?:原[创創]((?:\\s+${UNTIMED_NAME}){1,2})(?:\\s+${POSTED_FROM})?|((?:${UNTIMED_NAME}\\s+){0,2})${POSTED_FROM})$`, 'u');

/** A newspaper's edition line: `《健康报》（2024年03月01日 第 04 版）`, `人民日报 2024-03-01 第4版`. */
const EDITION = /^《?([^《》\s\d（）()]{2,12}?)》?\s*[（(]?\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*[,，]?\s*第?\s*[\d一二三四五六七八九十]+\s*版\s*[）)]?$/u;

/** Reads a newspaper's edition line (see `EDITION`): the paper as a site, the issue's date. */
function parseEditionLine(text: string): MetaLine | undefined {
  const edition = EDITION.exec(text);
  const date = edition && parseDate(edition[2]!);
  if (!date) return undefined;
  const hints = emptyHints();
  hints.dates.push(date);
  const paper = siteName(edition![1]!);
  if (paper) hints.sites.push(paper);
  return { hints, keys: 0, strong: true };
}

/** Reads a platform's byline (see `POSTED`): the date, the account as a site, the other names as authors. */
function parsePostedLine(text: string): MetaLine | undefined {
  const markedTime = ORIGINAL_TIMED.exec(text);
  const markedDate = markedTime && parseDate(markedTime[1]!);
  if (markedDate) return { hints: { ...emptyHints(), dates: [markedDate] }, keys: 0, strong: true };
  const posted = POSTED.exec(text);
  const date = posted && parseDate(posted[2]!);
  const undated = date ? undefined : ORIGINAL.exec(text);
  if (!date && !undated) return undefined;
  const hints = emptyHints();
  if (date) hints.dates.push(date);
  const names = (date ? posted![1]! : (undated![1] ?? undated![2]!)).trim().split(/\s*[·•]\s*|\s+/).filter(Boolean);
  const account = names.length > 0 ? siteName(names.at(-1)!) : undefined;
  if (account) hints.sites.push(account);
  for (const name of names.slice(0, -1)) {
    const author = personName(name);
    if (author) hints.authors.push(author);
  }
  return { hints, keys: 0, strong: true };
}

/** A medium before its reporters' key (`澎湃新闻记者 张晓明`, `湖北日报全媒记者`): the medium is the byline's site. */
const MEDIUM_BEFORE_REPORTER = new RegExp(
  `^(\\p{Script=Han}{1,10}?${MEDIUM_END})(?=${wordsPattern(REPORTER_TITLES.filter((title) => title.endsWith('记者')))})`,
  'u',
);

/** A run of Chinese long enough for a headline, not a name: what no byline holds before its keys. */
const HEADLINE_RUN = /\p{Script=Han}{8}/u;

/** Parses a line of bylines/dates/counters; undefined when it is not one. */
export function parseMetaLine(line: string): MetaLine | undefined {
  if (line.length > META_MAX * 2) return undefined;
  const bracketed = readable(line).replace(/^[【\[(（]\s*(.*?)\s*[】\])）]$/u, '$1');
  const medium = MEDIUM_BEFORE_REPORTER.exec(bracketed)?.[1];
  const text = medium ? bracketed.slice(medium.length) : bracketed;
  if (text === '' || text.length > META_MAX) return undefined;
  const posted = parsePostedLine(text) ?? parseEditionLine(text);
  if (posted) return posted;
  const startsWithDate = /^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}/.test(text);
  // Every key is followed by a colon, a slash or a space: without them only a dated line can qualify.
  if (!startsWithDate && !/[:：/\s]/.test(text)) return undefined;
  const hints = emptyHints();
  const mediumName = medium && siteName(medium);
  if (mediumName) hints.sites.push(mediumName);
  const found = [...text.matchAll(KEY)];
  const prefix = text.slice(0, found[0]?.index ?? text.length);
  if (found.length === 0 && !(startsWithDate && text.length <= 40)) return undefined;
  if (found.length > 0 && prefix.replace(DATE_TIME, '').replace(JUNK, '').length > 20) return undefined;

  const prefixDate = parseDate(prefix);
  if (prefixDate) hints.dates.push(prefixDate);
  let rest = prefix.replace(DATE_TIME, '').replace(TIME, '');
  const prefixName = rest.replace(JUNK, ' ').trim();
  if (prefixName && ORGANISATION_END.test(prefixName.replace(/\s/g, ''))) {
    const name = siteName(prefixName.replace(/\s/g, ''));
    if (name) hints.sites.push(name);
    rest = '';
  } else if (HEADLINE_RUN.test(prefixName)) {
    // A headline before the keys: the line is a headline with its byline run on (see `headlineWithByline`).
    return undefined;
  }

  let strongKey = false;
  found.forEach((match, k) => {
    // The one-character keys 文/图 name the writer or photographer.
    const field = match[2] ? 'author' : fieldOf((match[1] ?? '').trim());
    const end = found[k + 1]?.index ?? text.length;
    const value = text.slice((match.index ?? 0) + match[0].length, end).trim();
    rest += readValue(field, value, hints);
    if (field === 'counter' || field === 'upload' || (k === 0 && prefix === '' && field !== 'date' && field !== 'skip')) strongKey = true;
  });

  const left = rest.replace(CONTROL_WORD, '').replace(JUNK, '');
  // A dated line without keys is metadata only when nothing but a name is left (`2019-03-25 10:33 宜都市融媒体中心`).
  if (found.length === 0 && left !== '') return undefined;
  if (left.length > 20 || hasStop(left) || /[，,；;]/.test(left)) return undefined;
  if (opensStory(line)) return undefined;
  const strong = found.length >= 2 || (strongKey && (found.length > 1 || text.length <= 40));
  return { hints, keys: found.length, strong };
}

/**
 * True when the line is a dateline with the story's first words after it
 * (`本报讯（记者 全百惠 通讯员 曲婧）1月6日，牟平区中医`, cut there by a fixed-width
 * break): no byline line, though it reads like one; the dateline rule takes
 * the dateline off it.
 */
function opensStory(line: string): boolean {
  const story = splitDateline(line)?.text;
  return story !== undefined && !isBlank(story) && parseMetaLine(story) === undefined;
}

/**
 * A headline with its byline run onto the same line, after a space
 * (`标题  来源：健康报  发布时间：2024-03-01`, as a scrape joins the page's
 * title and its info bar): the headline, and what the byline says.
 */
function headlineWithByline(line: string): { headline: string; byline: string; meta: MetaLine } | undefined {
  const text = readable(line);
  const key = text.matchAll(KEY).next().value;
  if (!key || key.index === 0 || !/\s/u.test(text[key.index - 1]!)) return undefined;
  const headline = text.slice(0, key.index).trim();
  if (headline.length < 6 || hasStop(headline) || /[，,；;]/u.test(headline) || !/\p{Script=Han}{4}/u.test(headline)) return undefined;
  const byline = text.slice(key.index);
  const meta = parseMetaLine(byline);
  return meta && meta.keys > 0 ? { headline, byline, meta } : undefined;
}

/**
 * Removes byline, date and counter lines in the page header and footer (and
 * strong ones anywhere), keeping what they say as hints; a byline run onto
 * the headline's line above the body comes off it.
 */
export function extractMetaLines(lines: readonly string[]): LineOutcome {
  const bounds = bodyBounds(lines);
  const hints = emptyHints();
  const kept: string[] = [];
  const removed: string[] = [];
  const take = (meta: MetaLine) => {
    for (const key of Object.keys(hints) as (keyof Hints)[]) hints[key].push(...meta.hints[key]);
  };
  lines.forEach((line, i) => {
    const meta = parseMetaLine(line);
    if (meta && (meta.strong || inEdgeZone(i, bounds))) {
      take(meta);
      removed.push(line);
      return;
    }
    const split = bounds.first < 0 || i < bounds.first ? headlineWithByline(line) : undefined;
    if (split) {
      take(split.meta);
      removed.push(split.byline);
      kept.push(split.headline);
      return;
    }
    kept.push(line);
  });
  const result = outcome(kept, hints);
  if (removed.length > 0) result.notes.push(removedNote('署名、日期与计数行', removed));
  return result;
}

/** Clean rule: bylines, dates and counters → hints. */
export const metaLinesRule = lineRule('extract-bylines', extractMetaLines);
