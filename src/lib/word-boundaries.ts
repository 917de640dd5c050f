/**
 * Where words begin and end in Chinese text, by ICU's dictionary segmentation
 * (`Intl.Segmenter`): place names must sit on word boundaries (`创新平台`
 * holds no 新平), and a title broken inside a word (`医政、医` / `疗应急`) was
 * wrapped, not set over a subtitle.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The word segments of a short text. */
export function wordSegments(text: string): Intl.Segments {
  return segmenter.segment(text);
}

/** Whether a word of the segmented text (`length` code units long) runs across offset `at`. */
export function wordCrosses(segments: Intl.Segments, length: number, at: number): boolean {
  // Only the word that contains a position can run across it: it does when it starts before.
  return at > 0 && at < length && segments.containing(at)!.index < at;
}
