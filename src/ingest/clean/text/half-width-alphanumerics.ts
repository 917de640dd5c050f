/**
 * half-width-alphanumerics: digits and Latin letters typed in full width
 * (`２０２４年３月`, `ＣＴ`, `１．５亿元`), as an input method left on full
 * width and some sites and Word files set them, become ASCII, as Chinese
 * print sets them (GB/T 15835). So do the marks inside numbers and dates,
 * whatever their digits' width (`１．５`, `6．6`, `２０２４－０３－０１`, `2／3`);
 * a full-width `．` after a heading's number or a sentence stays. Every rule
 * after this one (dates, headings, layout markers, page furniture) then
 * reads one form of digit.
 */
import type { CleanRule } from '../../types.ts';
import { rewriteLine } from './rewrite-line.ts';

export const RULE_ID = 'half-width-alphanumerics';

/** Full-width digits and letters, and a full-width mark between two digits of either width (`6．6`, `2／3`). */
const FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+|(?<=[0-9\uff10-\uff19])[\uff0e\uff0d\uff0f](?=[0-9\uff10-\uff19])/g;
const PRE_CHECK = /[\uff0d-\uff0f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
/** Full-width forms sit 0xFEE0 above their ASCII counterparts. */
const FULL_WIDTH_OFFSET = 0xfee0;

/** Result of narrowing one text. */
export interface HalfWidthRepair {
  text: string;
  /** Characters made ASCII. */
  narrowed: number;
}

/** Makes full-width digits and letters, and the marks between digits, ASCII. */
export function narrowAlphanumerics(text: string): HalfWidthRepair {
  const result: HalfWidthRepair = { text, narrowed: 0 };
  if (!PRE_CHECK.test(text)) return result;
  result.text = text.replace(FULL_WIDTH, (run) => {
    result.narrowed += run.length;
    return String.fromCharCode(...Array.from(run, (char) => char.charCodeAt(0) - FULL_WIDTH_OFFSET));
  });
  return result;
}

/** The rule: narrows every line, one file-level message with the count. */
export const halfWidthAlphanumericsRule: CleanRule = (draft) => {
  let narrowed = 0;
  draft.lines.forEach((line, index) => {
    const repair = narrowAlphanumerics(line);
    narrowed += repair.narrowed;
    rewriteLine(draft, index, repair.text);
  });
  if (narrowed > 0) draft.messages.push({ rule: RULE_ID, kind: 'repaired', note: `全角数字、字母改为半角 ${narrowed} 个` });
};
