/**
 * UTF-16 without a byte-order mark. Its NUL bytes (the high bytes of ASCII
 * digits and line breaks, and of characters such as 一, U+4E00) would
 * otherwise mark it as binary; it is told from binary data by reading both
 * byte orders and keeping the one that reads as Chinese.
 */
import { chineseStats, readsAsChinese } from './chinese-score.ts';

/** The text and encoding name when the bytes read as Chinese in UTF-16LE or UTF-16BE, else undefined. */
export function decodeUtf16WithoutBom(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  const readings = (['utf-16le', 'utf-16be'] as const).map((label) => {
    const text = new TextDecoder(label).decode(bytes);
    return { text, encoding: label.toUpperCase(), stats: chineseStats(text) };
  });
  const best = readings.reduce((a, b) => (b.stats.score > a.stats.score ? b : a));
  return readsAsChinese(best.stats) ? { text: best.text, encoding: best.encoding } : undefined;
}
