/**
 * Signature blocks: an organisation's name on a line of its own followed by a
 * date line (`州爱卫办` / `2023年8月24日`), at the end of the text or closing
 * a covering notice. The organisation becomes an issuer hint, the date a date
 * hint. A bare date line ending the text goes the same way.
 */
import { SIGNED_DATE } from '../../chinese-date.ts';
import { isIssuingBody } from '../../organisation-name.ts';
import { emptyHints, parseDate, siteName } from './hints.ts';
import { dropLines, lineRule, type LineOutcome } from './line-rule.ts';
import { BULLET, isBlank, readable, trimLine } from './shape.ts';

/** Longest organisation line. */
const NAME_MAX = 30;
/** A date standing alone (optionally in brackets), in digits or in Chinese numerals (`二〇二五年一月十日`, as documents are signed). */
const DATE_LINE = new RegExp(`^[(（]?\\s*${SIGNED_DATE}\\s*[)）]?$`, 'u');

/** True when the line is an organisation's name alone; a list's item (`• 电脑上网`, a menu below the text) is none. */
export function isOrganisationLine(line: string): boolean {
  if (BULLET.test(trimLine(line))) return false;
  const text = readable(line).replace(/\s+/g, '');
  return text.length >= 3 && text.length <= NAME_MAX && !/[，,。；;：:！!？?、]/.test(text) && isIssuingBody(text.replace(/[(（][^()（）]*[)）]$/u, ''));
}

/** True when the line is a date alone. */
export function isDateLine(line: string): boolean {
  return DATE_LINE.test(readable(line));
}

/** Removes signature blocks (and a final bare date), keeping issuer and date as hints. */
export function extractSignatureBlocks(lines: readonly string[]): LineOutcome {
  const hints = emptyHints();
  const drop = new Set<number>();
  const filled = lines.map((_, i) => i).filter((i) => !isBlank(lines[i] ?? ''));
  filled.forEach((i, k) => {
    if (!isDateLine(lines[i] ?? '')) return;
    const previous = filled[k - 1];
    const isLast = k === filled.length - 1;
    const signed = previous !== undefined && isOrganisationLine(lines[previous] ?? '');
    if (!signed && !isLast) return;
    const date = parseDate(readable(lines[i] ?? ''));
    if (date) hints.dates.push(date);
    drop.add(i);
    if (!signed) return;
    drop.add(previous);
    const issuer = siteName(readable(lines[previous] ?? '').replace(/\s+/g, ''));
    if (issuer) hints.issuers.push(issuer);
  });
  return dropLines(lines, drop, '落款（署名与日期）', hints);
}

/** Clean rule: signature blocks. */
export const signatureBlockRule = lineRule('extract-signature', extractSignatureBlocks);
