/**
 * Full-width numerals (`２０２４年３月１日`, `２０２４－０３－０１`, `１．５`, as
 * some sites and Word files set them) read as ASCII ones: the patterns that
 * find dates, years and numbers in lines and in the body read them so. The
 * body keeps them as written.
 */

/** Full-width digits, and the full stop, hyphen and slash inside numbers and dates. */
const FULL_WIDTH_NUMERAL = /[\uff10-\uff19\uff0e\uff0d\uff0f]/g;

/** The text with full-width digits (and the marks inside numbers and dates) as ASCII. */
export function withAsciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_NUMERAL, (mark) => String.fromCharCode(mark.charCodeAt(0) - 0xfee0));
}
