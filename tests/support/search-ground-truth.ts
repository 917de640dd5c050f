/**
 * Ground truth for search, computed independently of the engine: the texts
 * of each built Simplified report page read with parse5 (the index build uses
 * its own tokenizer), folded with a plain regular expression, converted with
 * the build's OpenCC (the browser uses its own copy), and matched with
 * `String.includes` (the engine uses Pagefind's phrase search over bigrams).
 *
 * What "contains" means (the same definition the engine implements): a report
 * contains a query word when the folded text of its title, of one metadata
 * value or of one heading or paragraph includes the folded word as typed or
 * as converted to Simplified (OpenCC tw → cn or t → cn); folded = each
 * character NFKC-normalised, lower-cased, punctuation, symbols, spaces and
 * control characters removed. A query matches when every space-separated
 * word does. Words of one character are not searched (the page says so).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toSimplified } from '../../src/lib/script.ts';

const NOT_TEXT = /[\p{P}\p{S}\p{Z}\p{C}]/gu;

/** Folds a text character by character (see above). */
export function fold(text: string): string {
  return Array.from(text, (char) => char.normalize('NFKC').toLowerCase().replace(NOT_TEXT, '')).join('');
}

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.properties['dataPagefindIgnore'] !== undefined) return '';
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function isUnit(node: Element): boolean {
  const classes = (node.properties['className'] as string[] | undefined) ?? [];
  return node.properties['dataSearchField'] !== undefined || (node.properties['id'] !== undefined && (classes.includes('para') || classes.includes('body-heading')));
}

function units(node: Root | RootContent, out: string[]): string[] {
  if (node.type === 'element' && isUnit(node)) out.push(textOf(node));
  else if ('children' in node) for (const child of node.children) units(child, out);
  return out;
}

/** The searchable texts of every report of a built site, by report id, from its Simplified pages. */
export function reportTexts(dist: string): Map<string, string[]> {
  const dir = join(dist, 'zh-hans', 'reports');
  return new Map(readdirSync(dir).map((id) => [id, units(fromHtml(readFileSync(join(dir, id, 'index.html'), 'utf8')), []).map(fold)]));
}

/** The readings of a query word: as typed and through both OpenCC chains, folded. */
export function wordReadings(word: string): string[] {
  const normalized = Array.from(word, (char) => char.normalize('NFKC')).join('');
  return [...new Set([fold(word), fold(toSimplified(normalized, 'tw')), fold(toSimplified(normalized, 't'))])];
}

/** The query's words of two or more characters (undefined when a word has only one: no search then). */
export function queryWords(query: string): string[][] | undefined {
  const words = query.split(/\s+/u).map(wordReadings).filter((readings) => readings[0] !== '');
  return words.some((readings) => [...readings[0]!].length < 2) ? undefined : words;
}

/** Ids of the reports matching the query. */
export function matchingReports(texts: ReadonlyMap<string, readonly string[]>, query: string): Set<string> {
  const words = queryWords(query) ?? [];
  const matches = new Set<string>();
  if (words.length === 0) return matches;
  for (const [id, folded] of texts) {
    if (words.every((readings) => folded.some((text) => readings.some((reading) => text.includes(reading))))) matches.add(id);
  }
  return matches;
}
