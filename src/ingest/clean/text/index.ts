/**
 * Character-level repairs, in order: they run first, on the raw lines.
 *
 * Invisible characters go first (they split words the later rules look for),
 * then the spaces of a text set a space apart throughout;
 * the mojibake repair needs the pinyin annotations that strip-pinyin then
 * removes; spam is looked for in text free of annotations; lost characters
 * are told from question marks before punctuation is made full-width;
 * full-width digits and letters become ASCII after the mojibake repair, which
 * reads full-width forms as the GBK bytes they came from.
 */
import type { CleanRule } from '../../types.ts';
import { flagSpamRule } from './flag-spam.ts';
import { halfWidthAlphanumericsRule } from './half-width-alphanumerics.ts';
import { invisibleCharactersRule } from './invisible-characters.ts';
import { letterSpacingRule } from './letter-spacing.ts';
import { lostCharactersRule } from './lost-characters.ts';
import { normalizePunctuationRule } from './normalize-punctuation.ts';
import { repairMojibakeRule } from './repair-mojibake.ts';
import { stripPinyinRule } from './strip-pinyin.ts';

export const textRules: readonly CleanRule[] = [
  invisibleCharactersRule,
  letterSpacingRule,
  repairMojibakeRule,
  stripPinyinRule,
  flagSpamRule,
  lostCharactersRule,
  halfWidthAlphanumericsRule,
  normalizePunctuationRule,
];
