/**
 * A text that stops mid-sentence: a document site's preview, a page cut by
 * its scrape (`…全年门诊量达28.6万`, `下面，我讲三`). The text stays as found;
 * a reader citing it learns from the quality notes that its end is missing.
 */
import type { Block } from '../types.ts';

/** What ends a sentence or a clause, possibly followed by closing quotes and brackets. */
const FINISHED = /[。！？!?…；;：:][”’"」』）)】》\]]*$|[）)】》」』”’"]$/u;

/** The last paragraph when the text ends without finishing its sentence; undefined otherwise (a heading ends nothing). */
export function unfinishedEnd(blocks: readonly Block[]): string | undefined {
  const last = blocks.at(-1);
  return last?.type === 'paragraph' && !FINISHED.test(last.text.trimEnd()) ? last.text : undefined;
}
