/**
 * Decoding: detect the encoding of raw bytes and decode them, or refuse
 * bytes that are binary or undecodable.
 *
 * Order of evidence: a file signature (PDF, ZIP …) → a byte-order mark →
 * NUL bytes (UTF-16 without BOM if it reads as Chinese, else binary) → control bytes (binary) →
 * valid UTF-8 (multi-byte UTF-8 is too regular to occur by chance; mojibake
 * inside valid UTF-8 is repaired by a cleaning rule, not here) → GB18030 or
 * Big5, whichever reads as Chinese.
 */
import { IngestError, type IngestMessage } from '../types.ts';
import { binarySignature } from './binary-signature.ts';
import { binaryReason, removeStrayControls } from './control-chars.ts';
import { decodeLegacyChinese, type LegacyCodec } from './legacy-chinese.ts';
import { decodeUtf16WithoutBom } from './utf16.ts';

/** Codecs a document may declare (an HTML meta charset). */
export type Codec = 'UTF-8' | LegacyCodec;

/** Decoded text, the encoding's name as entries report it, and what decoding repaired or doubts. */
export interface Decoded {
  text: string;
  encoding: string;
  messages: IngestMessage[];
}

const BOMS: ReadonlyArray<{ bom: readonly number[]; label: string; encoding: string }> = [
  { bom: [0xef, 0xbb, 0xbf], label: 'utf-8', encoding: 'UTF-8 (BOM)' },
  { bom: [0xff, 0xfe], label: 'utf-16le', encoding: 'UTF-16LE (BOM)' },
  { bom: [0xfe, 0xff], label: 'utf-16be', encoding: 'UTF-16BE (BOM)' },
];

/** Share of U+FFFD above which a Unicode decoding is refused rather than marked. */
const MAX_INVALID_SHARE = 0.01;

function countReplacements(text: string): number {
  return text.match(/\ufffd/g)?.length ?? 0;
}

/** Decodes by byte-order mark, or as UTF-16 without one when NUL bytes suggest it; undefined for anything else. */
function decodeUnicode(bytes: Buffer, source: string): { text: string; encoding: string } | undefined {
  const marked = BOMS.find(({ bom }) => bom.every((byte, i) => bytes[i] === byte));
  const decoded = marked
    ? { text: new TextDecoder(marked.label).decode(bytes), encoding: marked.encoding }
    : bytes.includes(0) ? decodeUtf16WithoutBom(bytes) : undefined;
  if (!decoded) return undefined;
  const reason = binaryReason(decoded.text);
  if (reason) throw new IngestError(source, `binary data (${reason}), not text`);
  if (countReplacements(decoded.text) > decoded.text.length * MAX_INVALID_SHARE) throw new IngestError(source, `undecodable text: not valid ${decoded.encoding}`);
  return decoded;
}

/** The bytes as UTF-8, or undefined when they are not valid UTF-8. */
function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes bytes without a byte-order mark: UTF-8 when valid, else GB18030 or Big5. */
function decodeUnmarked(bytes: Buffer, source: string, declared: Codec | undefined): { text: string; encoding: string } {
  const utf8 = decodeUtf8(bytes);
  // Control bytes are read from the bytes as Latin-1, or from valid UTF-8 text,
  // where each is a character of its own (a third as many characters to read).
  const reason = binaryReason(utf8 ?? bytes.toString('latin1'), bytes.length);
  if (reason) throw new IngestError(source, `binary data (${reason}), not text`);
  if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8' };
  const legacy = decodeLegacyChinese(bytes, declared === 'UTF-8' ? undefined : declared);
  if (!legacy) throw new IngestError(source, 'undecodable text: neither UTF-8, GB18030 nor Big5 reads it as Chinese');
  return legacy;
}

/**
 * Detects the encoding of `bytes` and decodes them; `declared` is the codec
 * the document itself names, trusted unless the bytes contradict it.
 * Throws IngestError for binary or undecodable data.
 */
export function decodeText(bytes: Uint8Array, source: string, declared?: Codec): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = binarySignature(buffer);
  if (signature) throw new IngestError(source, `binary data (${signature}), not text`);
  const decoded = decodeUnicode(buffer, source) ?? decodeUnmarked(buffer, source, declared);
  const messages: IngestMessage[] = [];
  const invalid = decoded.encoding === 'UTF-8' ? 0 : countReplacements(decoded.text);
  if (invalid) messages.push({ rule: 'decode', kind: 'doubtful', note: `按 ${decoded.encoding} 解码时有 ${invalid} 处无效字节，以 � 标出` });
  const { text, removed } = removeStrayControls(decoded.text);
  if (removed) messages.push({ rule: 'decode', kind: 'removed', note: `删除控制字符 ${removed} 个` });
  return { text, encoding: decoded.encoding, messages };
}
