/**
 * Decoding: detect the encoding of raw bytes and decode them.
 */
import { IngestError } from '../types.ts';

/** Decodes bytes as UTF-8; refuses anything else. (Placeholder until detection lands.) */
export function decodeText(bytes: Uint8Array, source: string): { text: string; encoding: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    throw new IngestError(source, 'cannot decode the file as text');
  }
}
