/**
 * Full-width numerals (`２０２４年３月１日`, `２０２４－０３－０１`, `１．５`) read as
 * ASCII ones where a value comes from outside the cleaned lines: a page's
 * metadata (its `<title>`, `<meta>` dates) and the hints found in it. The
 * lines themselves are made ASCII by the clean step
 * (`clean/text/half-width-alphanumerics.ts`).
 */

/** Full-width digits, and the full stop, hyphen and slash inside numbers and dates. */
const FULL_WIDTH_NUMERAL = /[\uff10-\uff19\uff0e\uff0d\uff0f]/g;

/** The text with full-width digits (and the marks inside numbers and dates) as ASCII. */
export function withAsciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_NUMERAL, (mark) => String.fromCharCode(mark.charCodeAt(0) - 0xfee0));
}
