/**
 * Decoding of text that is not Unicode: GB18030 (a superset of GB2312 and
 * GBK) or Big5. Their byte ranges overlap, so both decodings are scored and
 * the one that reads as Chinese wins.
 */
import iconv from 'iconv-lite';
import { COMMONEST_HANZI } from './common-hanzi.ts';
import { chineseScore, MIN_CHINESE_SCORE } from './chinese-score.ts';

/** The legacy Chinese codecs ingest reads, under the names entries report. */
export type LegacyCodec = 'GB18030' | 'Big5';

/** In order of preference when both read equally well (mainland sources are the majority). */
const CODECS: readonly LegacyCodec[] = ['GB18030', 'Big5'];

/** Bytes scored: the head of the file is enough to decide. */
const SAMPLE_BYTES = 64 * 1024;

/** Han characters needed before the commonest-character share is telling. */
const SHARE_MIN_HAN = 200;
/** Least share of the commonest characters in real prose (the corpus minimum is 8%). */
const MIN_COMMONEST_SHARE = 0.03;

/** False when a long text lacks the commonest characters: common-looking characters in the wrong order of frequency. */
function hasChineseFrequencies(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu) ?? [];
  if (han.length < SHARE_MIN_HAN) return true;
  return han.filter((char) => COMMONEST_HANZI.has(char)).length >= han.length * MIN_COMMONEST_SHARE;
}

interface Reading {
  codec: LegacyCodec;
  sample: string;
  score: number;
}

/** True when the decoded sample reads as Chinese. */
function readsAsChinese({ sample, score }: Reading): boolean {
  return score >= MIN_CHINESE_SCORE && hasChineseFrequencies(sample);
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
    return { codec, sample, score: chineseScore(sample) };
  });
  const best = readings.reduce((a, b) => (b.score > a.score ? b : a));
  const kept = readings.find((reading) => reading.codec === declared && reading.score >= best.score - DECLARED_MARGIN) ?? best;
  if (!readsAsChinese(kept)) return undefined;
  return { text: bytes.length > head.length ? iconv.decode(bytes, kept.codec) : kept.sample, encoding: kept.codec };
}
