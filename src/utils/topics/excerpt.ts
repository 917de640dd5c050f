/**
 * Concordance lines for formulation pages: of a paragraph, the sentence that
 * uses the formulation, cut around it when the sentence is long. A reader
 * comparing how a phrase is put needs the clause it sits in, not the whole
 * paragraph (which its ¶ link opens), and thousands of formulation pages each
 * quote a dozen paragraphs.
 */

/** Characters that end a sentence (a clause, for semicolons). */
const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';']);

/** Marks omitted text in a quotation (省略号). */
export const OMISSION = '……';

/** Whether `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  return offset > 0 && offset < text.length && code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The sentence of `text` holding `mark` (UTF-16 offsets `[from, to)`), its
 * end mark included: what an excerpt is cut from, and what a Traditional
 * page converts to show it (no Simplified → Traditional dictionary entry
 * spans a sentence end: a sentence converts alone as in its paragraph).
 */
export function sentenceAround(text: string, [markFrom, markTo]: readonly [number, number]): [number, number] {
  let start = markFrom;
  while (start > 0 && !SENTENCE_END.has(text[start - 1]!)) start--;
  let end = markTo;
  while (end < text.length && !SENTENCE_END.has(text[end - 1]!)) end++;
  return [start, end];
}

/**
 * The span `[from, to)` of `text` (UTF-16 offsets) to show around `mark`
 * within its `sentence` (see `sentenceAround`): at most `max` UTF-16 units
 * of it, shared on both sides of the mark (what one side cannot use goes to
 * the other). Never splits a surrogate pair; a mark longer than `max` is the span.
 */
export function excerptSpan(text: string, mark: readonly [number, number], sentence: readonly [number, number], max: number): [number, number] {
  const [markFrom, markTo] = mark;
  const [start, end] = sentence;
  const room = Math.max(0, max - (markTo - markFrom));
  if (end - start - (markTo - markFrom) <= room) return [start, end];
  let after = Math.min(end - markTo, Math.ceil(room / 2));
  const before = Math.min(markFrom - start, room - after);
  after = Math.min(end - markTo, room - before);
  let from = markFrom - before;
  let to = markTo + after;
  if (splitsPair(text, from)) from++;
  if (splitsPair(text, to)) to--;
  return [from, to];
}
