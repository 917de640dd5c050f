/**
 * Test helper: the shared corpus and a draft run through the text rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { textRules } from '../../../../src/ingest/clean/text/index.ts';
import { createDraft, type CleanRule, type Draft } from '../../../../src/ingest/types.ts';

const CORPUS = new URL('../../../../../shared/corpus/', import.meta.url);

/** Text of one corpus file, e.g. `seeds/001` (a unique name prefix) or `pages/024.txt`. */
export function corpusText(name: string): string {
  const [folder, prefix] = name.split(/\/(?=[^/]*$)/) as [string, string];
  const file = readdirSync(new URL(`${folder}/`, CORPUS)).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no corpus file ${name}`);
  return readFileSync(new URL(`${folder}/${file}`, CORPUS), 'utf8');
}

/** Every text file of a corpus folder, as [file name, text]. */
export function corpusFolder(folder: string): Array<[string, string]> {
  return readdirSync(new URL(`${folder}/`, CORPUS))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => [file, readFileSync(new URL(`${folder}/${file}`, CORPUS), 'utf8')]);
}

/** The clean corpora: seeds without damage and the government reports. */
export function cleanCorpus(): Array<[string, string]> {
  const seeds = ['seeds/000', 'seeds/003', 'seeds/004'].map((name): [string, string] => [name, corpusText(name)]);
  return [...seeds, ...corpusFolder('govreports-2024/txt')];
}

/** Every corpus file: seeds, pages and government reports. */
export function wholeCorpus(): Array<[string, string]> {
  return [...corpusFolder('seeds'), ...corpusFolder('pages'), ...corpusFolder('govreports-2024/txt')];
}

/** A draft of `text` after the given rules (all text rules by default). */
export function runRules(text: string, rules: readonly CleanRule[] = textRules): Draft {
  const draft = createDraft('test.txt', 'txt', 'UTF-8', text);
  for (const rule of rules) rule(draft);
  return draft;
}
