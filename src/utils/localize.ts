/**
 * Build-time script conversion for what a page shows: names and notes
 * (always stored Simplified) and report text (stored in its original script).
 * Never imported by browser code: it pulls in the opencc dictionaries.
 */
import type { Script } from '../lib/report-schema.ts';
import { restoreNames, toSimplified, toTraditional, traditionalText, type TraditionalVariant } from '../lib/script.ts';

/** How to convert: personal names whose surnames must survive, and the Traditional forms of the source. */
export interface LocalizeOptions {
  names?: readonly string[];
  variant?: TraditionalVariant;
}

/** Short strings recur on thousands of pages (institutions, regions, notes): convert each once. */
const memo = new Map<string, string>();
const MEMO_MAX_LENGTH = 64;

function convert(text: string, to: Script, options: LocalizeOptions): string {
  return to === 'hant' ? toTraditional(text, options.names) : toSimplified(text, options.variant);
}

/**
 * Shows `text`, written in script `from`, in script `to`. Text already in the
 * page's script is returned untouched (never converted twice).
 */
export function localize(text: string, from: Script, to: Script, options: LocalizeOptions = {}): string {
  if (from === to || text === '') return text;
  if (text.length > MEMO_MAX_LENGTH) return convert(text, to, options);
  const key = [to, options.variant ?? '', ...(options.names ?? []), text].join('\u0000');
  let converted = memo.get(key);
  if (converted === undefined) {
    converted = convert(text, to, options);
    memo.set(key, converted);
  }
  return converted;
}

/**
 * `localize` for long texts converted again and again (the paragraphs
 * subject pages quote: a reposted paragraph recurs in many reports). `memo`
 * (one per caller and target script) keeps each conversion by text, taken
 * before names are restored, so reports naming different people share it.
 */
export function localizeRepeated(text: string, from: Script, to: Script, options: LocalizeOptions, memo: Map<string, string>): string {
  if (from === to || text === '') return text;
  const key = to === 'hans' ? `${options.variant ?? ''}\u0000${text}` : text;
  let converted = memo.get(key);
  if (converted === undefined) {
    converted = to === 'hant' ? traditionalText(text) : toSimplified(text, options.variant);
    memo.set(key, converted);
  }
  return to === 'hant' ? restoreNames(converted, options.names ?? []) : converted;
}

/** A personal name in the page's script, its surname kept (范, 余 …). */
export function localizeName(name: string, to: Script): string {
  return localize(name, 'hans', to, { names: [name] });
}
