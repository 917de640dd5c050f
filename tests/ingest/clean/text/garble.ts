/**
 * Test helper: damages text the way real pages were damaged, so that the
 * mojibake repair can be checked on any text. GBK bytes are decoded by a
 * decoder that swallows the ASCII byte after a lead byte (`?` for both) and
 * shows an unassigned code as U+FFFD; full-width forms are then folded to
 * ASCII.
 */
import iconv from 'iconv-lite';
import { gbkChar, isTrailByte } from '../../../../src/ingest/clean/text/gbk.ts';

/** Decodes GBK as the damaging pages did. */
export function lossyDecode(bytes: readonly number[]): string {
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      text += String.fromCharCode(byte);
      continue;
    }
    const next = bytes[i + 1] ?? 0;
    text += isTrailByte(next) ? (gbkChar(byte, next) ?? '\ufffd') : '?';
    i++;
  }
  return text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

function gbk(text: string): number[] {
  return [...iconv.encode(text, 'gbk')];
}

/** The byte offset at which the character at `index` starts. */
function byteOffset(text: string, index: number): number {
  return gbk(text.slice(0, index)).length;
}

/** Replaces the first byte of the character at `index` by `?`. */
export function loseByte(text: string, index: number): string {
  const bytes = gbk(text);
  bytes[byteOffset(text, index)] = 0x3f;
  return lossyDecode(bytes);
}

/** Splices `(reading)` between the two bytes of the character at `index`. */
export function spliceAnnotation(text: string, index: number, reading: string): string {
  const bytes = gbk(text);
  const at = byteOffset(text, index) + 1;
  return lossyDecode([...bytes.slice(0, at), ...gbk(`(${reading})`), ...bytes.slice(at)]);
}
