/**
 * Match text: what paragraph anchors and duplicate detection compare. One
 * script (Simplified), compatibility forms folded (NFKC: full-width digits
 * and letters), lower case, without whitespace, punctuation or symbols; so
 * the same paragraph gives the same match text in either script and with
 * either kind of punctuation.
 */
import { toSimplified, traditionalVariant } from '../../lib/script.ts';

const NOT_TEXT = /[\p{P}\p{S}\p{Z}\p{C}]/gu;

/**
 * Match texts of a report's blocks, in order. Converted as one text, so every
 * block is read with the report's own Traditional variant and the converter
 * runs once.
 */
export function matchTexts(texts: readonly string[]): string[] {
  const joined = texts.map((text) => text.replace(/\n/g, ' ')).join('\n').normalize('NFKC');
  const simplified = toSimplified(joined, traditionalVariant(joined));
  return simplified.split('\n').map((text) => text.toLowerCase().replace(NOT_TEXT, ''));
}
