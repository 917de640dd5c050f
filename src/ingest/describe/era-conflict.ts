/**
 * Re-posted old reports often carry a new year in their title (`2025年卫生局
 * 党务工作总结` whose content celebrates 建党87周年, i.e. 2008). The text's
 * own era shows it: anniversaries it celebrates, and bodies that no longer
 * existed in the stated year (卫生部 until 2013, provincial 卫生厅 until 2014).
 * A stated year that contradicts the era is not the document's year.
 */
import { chineseNumber } from '../chinese-date.ts';

/** Anniversaries and the year they fall in. */
const ANNIVERSARIES: ReadonlyArray<readonly [RegExp, number]> = [
  [/(?:建党|中国共产党成立|中国共产党诞生)(\d{1,3}|[一二三四五六七八九十]{1,3})周年/g, 1921],
  [/(?:新中国|中华人民共和国|共和国)(?:成立)?(\d{1,3}|[一二三四五六七八九十]{1,3})周年/g, 1949],
  [/改革开放(\d{1,3}|[一二三四五六七八九十]{1,3})周年/g, 1978],
];

/** The centenary of the Party, written without a number. */
const PARTY_CENTENARY = /(?:建党|中国共产党成立)(?:一)?百(?:周)?年/;

/** Bodies renamed away, with the last year they existed (not `原卫生部`, not `卫生部门`). */
const DEFUNCT_BODIES: ReadonlyArray<readonly [RegExp, number]> = [
  [/(?<![原前老]|原国家)卫生部(?![门署])/, 2013],
  [/(?<![原前老]|原省)卫生厅/, 2014],
];

/** Years the text's anniversaries fall in. */
function anniversaryYears(text: string): number[] {
  const years: number[] = [];
  for (const [pattern, base] of ANNIVERSARIES) {
    for (const match of text.matchAll(pattern)) {
      const count = chineseNumber(match[1] ?? '');
      if (count !== undefined && count > 0) years.push(base + count);
    }
  }
  if (PARTY_CENTENARY.test(text)) years.push(2021);
  return years;
}

/** True when any of `years` contradicts the era the text itself shows. */
export function contradictsEra(text: string, years: readonly number[]): boolean {
  if (years.length === 0) return false;
  const anniversaries = anniversaryYears(text);
  const lastYears = DEFUNCT_BODIES.filter(([pattern]) => pattern.test(text)).map(([, last]) => last);
  return years.some(
    (year) => anniversaries.some((a) => Math.abs(year - a) > 1) || lastYears.some((last) => year > last + 1),
  );
}
