/**
 * The report's title: the best headline the cleaning found, without the
 * column tags, field labels and site names pages wrap it in. In the source's
 * own script. Absent when the source has none: a title is never made up.
 */

import { ORGANISATION_END } from '../organisation-name.ts';

/** Field labels (`标题：`) and list prefixes (`第1篇`) before a headline. */
const LEADING_LABEL = /^(?:(?:标题|標題|题目|題目|名称|名稱|文章标题|文章標題)\s*[:：]\s*|第[\d一二三四五六七八九十]+篇\s*)/u;
/** Column tags before a headline (`【创卫在行动】`, `[要闻]`). */
const COLUMN_TAG = /^(?:【[^】]{1,15}】|\[[^\]]{1,15}\]|〔[^〕]{1,15}〕)\s*/u;
/** File names on document sites (`….docxVIP`). */
const FILE_SUFFIX = /\.(?:docx?|pdf|wps|txt|pptx?)\s*(?:VIP)?\s*$/iu;
/** Separators between a headline and site or column names (`标题 - 健康新闻`, `标题_新浪网`, `标题 |`). */
const SITE_SEPARATOR = /\s+[-–—|｜]\s*|\s*[|｜_]\s*/u;

/** Cleans one headline; undefined when nothing is left. */
export function cleanTitle(headline: string): string | undefined {
  let title = headline.replace(/\s+/g, ' ').trim();
  let previous = '';
  while (previous !== title) {
    previous = title;
    title = title.replace(LEADING_LABEL, '').replace(COLUMN_TAG, '').replace(FILE_SUFFIX, '').trim();
  }
  // The headline is the longest of the separated parts; the others name the site or column, and one
  // that names a site or organisation is not the headline however long (`标题_湖北省卫生健康委员会门户网站`).
  const parts = title.split(SITE_SEPARATOR).map((part) => part.trim());
  const unnamed = parts.filter((part) => !ORGANISATION_END.test(part));
  title = (unnamed.length > 0 ? unnamed : parts).reduce((longest, part) => (part.length > longest.length ? part : longest), '');
  title = title.replace(/^[\s:：,，.。、|]+|[\s:：,，、|]+$/gu, '');
  return (title.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2 ? title : undefined;
}

/** The title from the hinted headlines (best first), cleaned. */
export function resolveTitle(titles: readonly string[]): string | undefined {
  for (const headline of titles) {
    const title = cleanTitle(headline);
    if (title) return title;
  }
  return undefined;
}
