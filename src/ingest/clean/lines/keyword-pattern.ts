/**
 * Regex sources for furniture vocabulary that match the words as written in
 * Simplified or Traditional script, with a stray space between characters
 * (`编 辑`). Callers match text with pinyin annotations taken out.
 */
import { toTraditional } from '../../../lib/script.ts';

/** Traditional forms the character-level conversion does not give for a lone character. */
const EXTRA_FORMS: Record<string, string> = { 布: '佈', 台: '臺' };

/** A space that may follow a character of a keyword. */
const GAP = '[ \\u3000]?';

const escape = (char: string): string => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Traditional form of each character converted so far. A thread's keyword
 * lists spell 1,484 characters but only 325 distinct ones, and converting
 * one costs ~13 µs (the converter's corrections run on every call).
 */
const traditionalForms = new Map<string, string>();

/** The Traditional form of one character (see `traditionalForms`). */
function traditionalForm(char: string): string {
  let form = traditionalForms.get(char);
  if (form === undefined) {
    form = toTraditional(char);
    traditionalForms.set(char, form);
  }
  return form;
}

/** The character class for one character: its Simplified and Traditional forms. */
function charClass(char: string): string {
  const forms = new Set([char, traditionalForm(char), EXTRA_FORMS[char] ?? char]);
  return forms.size === 1 ? escape(char) : `[${[...forms].map(escape).join('')}]`;
}

/** Regex source matching one word in either script, tolerant of gaps between its characters. */
function wordPattern(word: string): string {
  return [...word].map(charClass).join(GAP);
}

/** Regex source matching any of the words (longest first, so `责任编辑` wins over `编辑`). */
export function wordsPattern(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(wordPattern).join('|');
}
