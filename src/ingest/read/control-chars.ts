/**
 * C0 control characters in text: many mean binary data, a few strays are
 * damage to remove. Tab, line feed and carriage return are text; vertical
 * tab and form feed (page breaks of PDF extractions) become line breaks.
 */

/** C0 controls and DEL that are neither text nor layout. */
const STRAY = /[\u0001-\u0008\u000e-\u001f\u007f]/g;
const PAGE_BREAK = /[\u000b\u000c]/g;

/**
 * Why the text (or bytes read as Latin-1) is binary data, or undefined:
 * any NUL (as git decides), or stray controls in more than one in a thousand
 * of its `length` characters (or bytes, for text decoded from them).
 */
export function binaryReason(text: string, length = text.length): string | undefined {
  if (text.includes('\u0000')) return 'NUL bytes';
  const strays = text.match(STRAY)?.length ?? 0;
  return strays >= 8 && strays > length / 1000 ? 'control bytes' : undefined;
}

/** The text without stray controls and with page breaks as line breaks; `removed` counts the strays. */
export function removeStrayControls(text: string): { text: string; removed: number } {
  const removed = text.match(STRAY)?.length ?? 0;
  return { text: (removed ? text.replace(STRAY, '') : text).replace(PAGE_BREAK, '\n'), removed };
}
