/**
 * Dates as Chinese reports write them: `2025年1月15日`, `二〇二四年一月十五日`,
 * `3月15日`, `2024-04-19`, `2022/6/27`. Pure parsing; which date means what is
 * decided by the rules that use these.
 */

/** A calendar date, day or month precision. */
export interface CalendarDate {
  year: number;
  month: number;
  day?: number;
}

/** A month and day written without a year (`3月15日`). */
export interface MonthDay {
  month: number;
  day: number;
}

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** A month or day: `3`, `12`, `三`, `十二`, `二十三` (a pattern's source). */
export const NUMERAL = '\\d{1,2}|[一二三四五六七八九十]{1,3}';
/** A year: `2024`, `二〇二四` (a pattern's source). */
export const YEAR = '\\d{4}|[〇零一二三四五六七八九]{4}';

/** A whole date as a document is signed or printed: `2024-01-06` (or with `/`, `.`), `2024年1月6日`, `二〇二四年一月六日` (a pattern's source). */
export const SIGNED_DATE = `(?:(?:19|20)\\d{2}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}|(?:${YEAR})\\s*年\\s*(?:${NUMERAL})\\s*月\\s*(?:${NUMERAL})\\s*日)`;

/** `2025年1月15日`, `2025年1月` and their Chinese-numeral forms; the day is optional. */
export const CHINESE_DATE = new RegExp(`(${YEAR})\\s*年\\s*(${NUMERAL})\\s*月(?:份)?(?:\\s*(${NUMERAL})\\s*[日号])?`, 'u');

/** `3月15日` without a year. */
export const MONTH_DAY = new RegExp(`(${NUMERAL})\\s*月\\s*(${NUMERAL})\\s*[日号]`, 'u');

/** `2024-04-19`, `2022/6/27`, `2024.04.19`. */
export const NUMERIC_DATE = /(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/;

/** Reads `2024`, `二〇二四`, `十五`, `二十三`, `15` as a number; undefined for anything else. */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^[〇零一二三四五六七八九]{4}$/.test(text)) {
    return [...text].reduce((value, char) => value * 10 + (DIGITS[char] ?? 0), 0);
  }
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? DIGITS[tens] : undefined;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (units ? (DIGITS[units] ?? 0) : 0);
}

/** A date when its parts form a real calendar date (years 1949–2100). */
export function calendarDate(year: number, month: number, day?: number): CalendarDate | undefined {
  if (!Number.isInteger(year) || year < 1949 || year > 2100) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (day === undefined) return { year, month };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth ? { year, month, day } : undefined;
}

/** Formats a date as `YYYY-MM-DD`, or `YYYY-MM` when the day is unknown. */
export function formatDate({ year, month, day }: CalendarDate): string {
  const mm = String(month).padStart(2, '0');
  return day === undefined ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** Parses the first full date (Chinese or numeric form) in a string. */
export function parseDate(text: string): CalendarDate | undefined {
  const chinese = CHINESE_DATE.exec(text);
  const numeric = NUMERIC_DATE.exec(text);
  // Whichever comes first in the string is the date it states.
  if (chinese && (!numeric || chinese.index <= numeric.index)) {
    const [, y = '', m = '', d] = chinese;
    const year = chineseNumber(y);
    const month = chineseNumber(m);
    const day = d === undefined ? undefined : chineseNumber(d);
    if (year === undefined || month === undefined || (d !== undefined && day === undefined)) return undefined;
    return calendarDate(year, month, day);
  }
  if (numeric) return calendarDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  return undefined;
}

/** Parses `YYYY-MM-DD` or `YYYY-MM` (the Hints date format). */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(text.trim());
  if (!match) return undefined;
  return calendarDate(Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
}

/** Parses a month-day match (`3月15日`) into numbers. */
export function monthDayOf(match: RegExpExecArray): MonthDay | undefined {
  const month = chineseNumber(match[1] ?? '');
  const day = chineseNumber(match[2] ?? '');
  if (month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { month, day };
}
