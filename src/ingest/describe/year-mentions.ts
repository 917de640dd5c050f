/**
 * Years a text mentions (`2024年`, `2023年度`), read for what they say about
 * when the text was written: a year that is summed up (`总结2023年工作`,
 * `2023年度工作总结暨表彰大会`) was over when the text was written, so it
 * points to the year after. Targets (`到2035年`), ranges (`2021-2025年`),
 * copyright footers and births (an author's note: `1975年生`) say nothing
 * about it and are left out.
 */

/** One year mention. */
export interface YearMention {
  year: number;
  /** The year is summed up or reviewed: the text dates from a later year. */
  reviewed: boolean;
  /** Offset in the text. */
  index: number;
}

const YEAR_MENTION = /(\d{4})\s*年(度)?/g;

/** Before the year: a target, the end of a range, a copyright footer, or a birth (`生于1975年`). */
const NOT_WRITING_TIME_BEFORE = /(?:到|至|截至|截止|力争|争取|[-—–~～－]|©|copyright|版权所有|生于|出生于)\s*$/i;
/**
 * After the year: the start of a range, a target horizon, or a birth (an
 * author's note: `1975年生`, `1975年3月出生`; not `2024年生产总值`).
 */
const NOT_WRITING_TIME_AFTER = /^\s*(?:(?:年度?)?\s*(?:[-—–~～－至到]\s*\d{4}|远景|前后|[底末]?(?:前|以前))|年\s*(?:\d{1,2}\s*月\s*)?(?:出生|生(?:[，,。；;、)）\s]|$)))/;
/** Before the year: it is being summed up. */
const REVIEWED_BEFORE = /(?:总结|回顾|盘点|审视)(?:了|总结)?(?:过去的?)?\s*$/;
/** After the year (within the phrase): it is being summed up. */
const REVIEWED_AFTER = /^[^，。；,;！？\d]{0,10}?(?:工作总结|总结|工作回顾|工作报告)/;

/** The years a text mentions, with the reviewed ones marked. */
export function yearMentions(text: string): YearMention[] {
  const mentions: YearMention[] = [];
  for (const match of text.matchAll(YEAR_MENTION)) {
    const year = Number(match[1]);
    const index = match.index;
    if (year < 1949 || year > 2100) continue;
    // A digit right before means this is no year (a phone number, a code).
    if (/\d$/.test(text.slice(Math.max(0, index - 1), index))) continue;
    const before = text.slice(Math.max(0, index - 12), index);
    if (NOT_WRITING_TIME_BEFORE.test(before) || NOT_WRITING_TIME_AFTER.test(text.slice(index + 4, index + 16))) continue;
    const end = index + match[0].length;
    const reviewed = REVIEWED_BEFORE.test(before) || REVIEWED_AFTER.test(text.slice(end, end + 30));
    mentions.push({ year, reviewed, index });
  }
  return mentions;
}

/**
 * The year a passage was written or its meeting held, as its year mentions
 * show: the latest year it names, a reviewed year counting as the year after.
 * Undefined when it names none.
 */
export function writingYear(text: string): number | undefined {
  let latest: number | undefined;
  for (const { year, reviewed } of yearMentions(text)) {
    const candidate = reviewed ? year + 1 : year;
    if (latest === undefined || candidate > latest) latest = candidate;
  }
  return latest;
}
