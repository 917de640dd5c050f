/**
 * What the results page fetches for one report, per script: a small head
 * (title, searchable metadata and where each unit starts in the index) and
 * the body's text in files of a few paragraphs, so a result loads only the
 * paragraphs it shows. Written from the page of that script, so results show
 * exactly what the report page shows.
 */
import type { PageBlock, ReportPage } from './report-page.ts';
import { searchCharCount, unitTexts, type SearchRecord } from './search-record.ts';

/** Body text per file, in characters: a few paragraphs (about 2 KB compressed). */
export const TEXT_FILE_CHARS = 1500;

/** A report's head file. */
export interface ResultHead {
  title: string;
  /** Searchable title and metadata values: field name, text, index position of its first bigram. */
  fields: Array<[name: string, text: string, start: number]>;
  /** Index position of each body block's first bigram. */
  starts: number[];
  /** Index of the first body block of each text file. */
  files: number[];
}

/** A text file: body blocks as anchor, kind and text. */
export type ResultText = Array<[id: string, kind: 'h' | 'p', text: string]>;

/** Indexes of the blocks that start a text file: consecutive blocks up to TEXT_FILE_CHARS (a longer block alone). */
export function textFileStarts(blocks: readonly PageBlock[]): number[] {
  const starts: number[] = [];
  let size = Infinity;
  blocks.forEach((block, i) => {
    if (size + block.text.length > TEXT_FILE_CHARS) {
      starts.push(i);
      size = 0;
    }
    size += block.text.length;
  });
  return starts;
}

/**
 * Checks that the other script's page has the same units as the Simplified
 * one (whose record is given), each with as many search characters
 * (conversion keeps them; the shown text is then matched by position).
 * Throws, naming the unit, if not.
 */
export function assertAligned(simplified: ReportPage, record: SearchRecord, other: ReportPage, id: string): void {
  const names = (page: ReportPage): string => [...page.fields.map((f) => f.name), ...page.blocks.map((b) => b.id)].join(' ');
  if (names(simplified) !== names(other)) throw new Error(`Report ${id}: the two scripts' pages have different searchable units`);
  unitTexts(other).forEach((text, i) => {
    if (searchCharCount(text) !== record.lengths[i]) {
      throw new Error(`Report ${id}: unit ${i} has a different length in the two scripts: "${text.slice(0, 40)}"`);
    }
  });
}

/** The head and text files of a report page, given its index record and the text file split. */
export function resultFiles(page: ReportPage, record: SearchRecord, fileStarts: readonly number[]): { head: ResultHead; texts: ResultText[] } {
  const fieldCount = page.fields.length;
  const head: ResultHead = {
    title: page.title,
    fields: page.fields.map((field, i) => [field.name, field.text, record.starts[i]!]),
    starts: record.starts.slice(fieldCount),
    files: [...fileStarts],
  };
  const texts = fileStarts.map((start, i) =>
    page.blocks.slice(start, fileStarts[i + 1] ?? page.blocks.length).map((block): ResultText[number] => [block.id, block.kind, block.text]),
  );
  return { head, texts };
}
