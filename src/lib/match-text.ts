/**
 * Match text: what paragraph anchors and duplicate detection compare. One
 * script (Simplified), compatibility forms folded (NFKC: full-width digits
 * and letters), lower case, without whitespace, punctuation or symbols; so
 * the same paragraph gives the same match text in either script and with
 * either kind of punctuation.
 */
import { toSimplified, traditionalVariant } from './script.ts';
import { NOT_TEXT } from './search-text.ts';

/** Per UTF-16 code unit: 0 not yet known, 1 text, 2 not text (filled as units are met: one regex test per distinct unit). */
const kindOfUnit = new Uint8Array(65536);

/** Whether a code unit outside the surrogates is text. */
function isTextUnit(unit: number): boolean {
  if (kindOfUnit[unit] === 0) kindOfUnit[unit] = NOT_TEXT.test(String.fromCharCode(unit)) ? 2 : 1;
  return kindOfUnit[unit] === 1;
}

/**
 * The text without what NOT_TEXT matches, line breaks kept: one pass with a
 * table instead of a Unicode-property regex over every character.
 */
function textOnly(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let length = 1;
    let keep: boolean;
    if (unit === 0x0a) keep = true;
    else if (unit < 0xd800 || unit > 0xdfff) keep = isTextUnit(unit);
    else {
      length = text.codePointAt(i)! > 0xffff ? 2 : 1;
      keep = !NOT_TEXT.test(text.slice(i, i + length));
    }
    if (!keep) {
      out += text.slice(copied, i);
      copied = i + length;
    }
    i += length - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Match text of text already Simplified and NFKC-folded: lower case, without whitespace, punctuation or symbols. */
export function stripToMatch(simplified: string): string {
  return textOnly(simplified.toLowerCase()).replaceAll('\n', '');
}

/**
 * A report's blocks in Simplified script, NFKC-folded, punctuation kept (what
 * match texts are made from). Converted as one text, so every block is read
 * with the report's own Traditional variant and the converter runs once.
 */
export function simplifiedTexts(texts: readonly string[]): string[] {
  const joined = texts.map((text) => text.replace(/\n/g, ' ')).join('\n').normalize('NFKC');
  return toSimplified(joined, traditionalVariant(joined)).split('\n');
}

/** Match texts of a report's blocks, in order (see `simplifiedTexts`). */
export function matchTexts(texts: readonly string[]): string[] {
  // Lower-casing the whole is lower-casing each line: a line break ends a word for the only contextual rule (final sigma).
  return textOnly(simplifiedTexts(texts).join('\n').toLowerCase()).split('\n');
}
