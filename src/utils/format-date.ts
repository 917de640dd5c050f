/** Formats a report date (`YYYY-MM-DD` or `YYYY-MM`) the Chinese way: 2024年2月20日 / 2024年2月. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const parts = [`${year}年`, `${Number(month)}月`];
  if (day) parts.push(`${Number(day)}日`);
  return parts.join('');
}

/** Today's date as `YYYY-MM-DD` in local time (build date, or the reader's date in the browser). */
export function isoDate(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
