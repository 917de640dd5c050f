/**
 * Metadata found in furniture: normalising dates and names before they go
 * into the draft's hints (names in Simplified, dates as YYYY-MM-DD / YYYY-MM).
 */
import { withAsciiDigits } from '../../../lib/ascii-digits.ts';
import { toSimplified } from '../../../lib/script.ts';
import { formatDate, parseDate as parseCalendarDate } from '../../chinese-date.ts';
import type { Hints } from '../../types.ts';

export { emptyHints } from '../../types.ts';

/** Appends the values of `more` to `target`, skipping empty values and ones already there. */
export function addHints(target: Hints, more: Hints): void {
  for (const key of Object.keys(target) as (keyof Hints)[]) {
    for (const value of more[key]) if (value && !target[key].includes(value)) target[key].push(value);
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A full date: 2025年03月28日, 2019-03-27, 2022/6/27, 2023.11.07. */
const FULL_DATE = /(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?/u;
/** A year and month only: 2026-03, 2024年5月. */
const MONTH_DATE = /(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})(?![\d])\s*月?/u;

/** The first date in the text as `YYYY-MM-DD` (or `YYYY-MM` when no day is given), in digits or Chinese numerals; undefined when none is valid. */
export function parseDate(line: string): string | undefined {
  const text = withAsciiDigits(line);
  const full = FULL_DATE.exec(text);
  if (full) {
    const [, y, m, d] = full.map(Number) as [number, number, number, number];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return `${y}-${pad(m)}-${pad(d)}`;
  }
  const month = MONTH_DATE.exec(text);
  if (month && !full) {
    const [, y, m] = month.map(Number) as [number, number, number];
    if (m >= 1 && m <= 12) return `${y}-${pad(m)}`;
  }
  // In Chinese numerals, as documents are signed: 二〇二五年一月十日.
  const chinese = full || month ? undefined : parseCalendarDate(text);
  return chinese ? formatDate(chinese) : undefined;
}

/** Pinyin annotations that may still sit inside a name (`時(shí)雨`). */
const PINYIN = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹɡ]+[)）]/g;

/** A person's name: two to five Han characters, or a transcribed name with `·`. */
const PERSON = /^\p{Script=Han}{2,5}$|^\p{Script=Han}{1,8}·\p{Script=Han}{1,8}$/u;

/** The person's name in Simplified, or undefined when the token is not a name. */
export function personName(raw: string): string | undefined {
  const name = raw.replace(PINYIN, '').replace(/[\s\u3000]/g, '');
  return PERSON.test(name) ? toSimplified(name) : undefined;
}

/** Values of 来源 and the like that name no site or organisation. */
const NOT_A_NAME = /^(?:本站|本网|本报|原创|转载|网络|互联网|网上|网友|投稿|查看|佚名|未知|不详|其他|综合|admin|管理员|编辑|网站编辑|网络整理|网友投稿|网络转载|来源网络|整理)$|编辑$|整理$|投稿$|网友/iu;

/** The site or organisation name in Simplified, or undefined when the value names none. */
export function siteName(raw: string): string | undefined {
  const name = raw.replace(PINYIN, '').replace(/^[\s\u3000【\[(（《]+|[\s\u3000】\])）》]+$/g, '').trim();
  if (name.length < 2 || name.length > 30 || /^[\d\s:：\-/.]+$/.test(name)) return undefined;
  const simplified = toSimplified(name);
  return NOT_A_NAME.test(simplified) ? undefined : simplified;
}
