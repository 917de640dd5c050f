/**
 * Headline text as sites dress it: column tags, `第1篇` prefixes, file
 * extensions, title marks around the whole, presentation notes (`（全文）`),
 * dates set beside it, trailing `|`, ` - 站名` and `_站名` suffixes and
 * decorations come off; spaced-out characters (`政 府 工 作 报 告`) close up.
 */
import { SIGNED_DATE } from '../../chinese-date.ts';
import { ORGANISATION_END } from '../../organisation-name.ts';
import { PINYIN_NOTE } from './shape.ts';

/** A column tag before a headline: `【创卫在行动 】`. */
export const COLUMN_TAG = /^【([^】]{1,20})】\s*/;

/** Words after which a title runs on across a line break or space (`关于印发 2023年…的通知`). */
const RUNS_ON = /(关于|關於|印发|印發|转发|轉發|的|在|和|与|與|及|暨)[\s\u3000]+(?=\S)/gu;

/** Characters spaced out for display: `政 府 工 作 报 告`. */
const SPACED_OUT = /\p{Script=Han}(?:[\s\u3000]+\p{Script=Han}(?![^\s\u3000])){2,}/gu;

const closeUp = (spaced: string): string => spaced.replace(/[\s\u3000]+/gu, '');

/** How the page presents the report, after its headline (`（全文）`, `（图文）`, `[图]`): not part of the title. */
const PRESENTATION_NOTE = /\s*[（(【[](?:全文|附全文|全文实录|图文|圖文|组图|組圖|多图|多圖|图|圖|附图|附圖|视频|視頻|附视频|附視頻|音频|音頻)[)）】\]]$/u;

/** A date set before or after a headline, apart or in brackets (`2024-03-01 标题`, `标题（2024-03-01）`), as lists of articles set them. */
const DATE_BESIDE_SOURCE = `^[\\[【(（]?${SIGNED_DATE}[\\]】)）]?[\\s\u3000]+|[\\s\u3000]+[\\[【(（]?${SIGNED_DATE}[\\]】)）]?$|[(（]${SIGNED_DATE}[)）]$`;
const DATE_BESIDE = new RegExp(DATE_BESIDE_SOURCE, 'gu');
const FIRST_DATE_BESIDE = new RegExp(DATE_BESIDE_SOURCE, 'u');

/** The date set beside a headline, as written (brackets and space included); undefined when there is none. */
export function dateBeside(headline: string): string | undefined {
  return FIRST_DATE_BESIDE.exec(headline)?.[0];
}

/** A headline wholly in title marks, as lists of documents write it (`《2023年卫生院工作总结》`). */
const WHOLLY_QUOTED = /^《([^《》]+)》$/u;

/** The last part of a page title after an underscore (`标题_栏目_湖北省卫生健康委员会门户网站`). */
const UNDERSCORE_PART = /_([^_\s\u3000]{2,30})$/u;

/** The last part of a page title after a hyphen or bar set close (`标题-健康发布网`). */
const DASHED_PART = /[-–|｜]([^-–|｜\s\u3000]{2,30})$/u;

/**
 * `title` without what a page title adds after underscores, or a hyphen or
 * bar, when it ends with a site's or organisation's name: `标题_栏目_站名`
 * and `标题-站名` are `标题`.
 */
function withoutSiteNames(title: string): string {
  const last = UNDERSCORE_PART.exec(title);
  if (last && ORGANISATION_END.test(last[1]!)) {
    const headline = title.slice(0, title.indexOf('_'));
    return headline.length >= 4 ? headline : title.slice(0, last.index);
  }
  const dashed = DASHED_PART.exec(title);
  return dashed && dashed.index >= 4 && ORGANISATION_END.test(dashed[1]!) ? title.slice(0, dashed.index) : title;
}

/** A line of characters spaced out for display, nothing else (`名 词 解 释`). */
const SPACED_LINE = /^\p{Script=Han}(?:[\s\u3000]+\p{Script=Han}){2,}$/u;

/** True when the text is characters spaced out for display and nothing else. */
export function isSpacedOutLine(text: string): boolean {
  return SPACED_LINE.test(text);
}

/** `text` with characters spaced out for display closed up (`一、2023年 工 作 回 顾` → `一、2023年工作回顾`). */
export function closeSpacedOut(text: string): string {
  return text.replace(SPACED_OUT, closeUp);
}

/** The headline without site dressing; undefined when nothing title-like is left. */
export function normaliseTitle(raw: string): string | undefined {
  const title = withoutSiteNames(raw.replace(PINYIN_NOTE, '').trim())
    .replace(WHOLLY_QUOTED, '$1')
    .replace(PRESENTATION_NOTE, '')
    .replace(DATE_BESIDE, '')
    .replace(/^(?:标题|標題|题目|題目)\s*[:：]\s*/u, '')
    .replace(COLUMN_TAG, '')
    .replace(/^第\s*\d+\s*篇[\s:：]*/u, '')
    .replace(/^[○●◎◆◇■□☆★\s\u3000]+|[○●◎◆◇■□☆★\s\u3000]+$/gu, '')
    .replace(/\.(?:docx?|pdf|wps|txt|pptx?)(?=VIP$|$)/iu, '')
    .replace(/VIP$/u, '')
    .replace(/[\s\u3000]*[|｜]$/u, '')
    .replace(/[\s\u3000]+[-–_|｜][\s\u3000]+[^\s\u3000\-–_|｜]{2,16}$/u, '')
    .replace(RUNS_ON, '$1')
    .replace(SPACED_OUT, closeUp)
    .replace(/[\s\u3000]+/gu, ' ')
    .trim();
  return title.length >= 4 ? title : undefined;
}
