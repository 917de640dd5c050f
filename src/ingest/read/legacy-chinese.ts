/**
 * Decoding of text that is not Unicode: GB18030 (a superset of GB2312 and
 * GBK) or Big5. Their byte ranges overlap, so both decodings are scored and
 * the one that reads as Chinese wins.
 */
import iconv from 'iconv-lite';
import { chineseStats, readsAsChinese, type ChineseStats } from './chinese-score.ts';

/** The legacy Chinese codecs ingest reads, under the names entries report. */
export type LegacyCodec = 'GB18030' | 'Big5';

/** In order of preference when both read equally well (mainland sources are the majority). */
const CODECS: readonly LegacyCodec[] = ['GB18030', 'Big5'];

/** Bytes scored: the head of the file is enough to decide. */
const SAMPLE_BYTES = 64 * 1024;

interface Reading {
  codec: LegacyCodec;
  sample: string;
  stats: ChineseStats;
}

/** How much worse than the best reading a declared codec may score and still be kept (it decides near-ties). */
const DECLARED_MARGIN = 0.2;

/**
 * Decodes bytes as GB18030 or Big5, whichever reads as Chinese; a declared
 * codec (an HTML meta charset) is kept unless the bytes clearly read better
 * in the other. Undefined when neither reads as Chinese.
 */
export function decodeLegacyChinese(bytes: Buffer, declared?: LegacyCodec): { text: string; encoding: LegacyCodec } | undefined {
  const head = bytes.subarray(0, SAMPLE_BYTES);
  const readings: Reading[] = CODECS.map((codec) => {
    const sample = iconv.decode(head, codec);
    return { codec, sample, stats: chineseStats(sample) };
  });
  const best = readings.reduce((a, b) => (b.stats.score > a.stats.score ? b : a));
  const kept =
    readings.find(({ codec, stats }) => codec === declared && readsAsChinese(stats) && stats.score >= best.stats.score - DECLARED_MARGIN) ?? best;
  if (!readsAsChinese(kept.stats)) return undefined;
  return { text: bytes.length > head.length ? iconv.decode(bytes, kept.codec) : kept.sample, encoding: kept.codec };
}
