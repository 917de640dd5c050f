/**
 * Entry ids and source hashes, both derived from the raw bytes of a source
 * file only: no metadata goes in, so no improvement of the pipeline can
 * change them.
 */
import { hash } from 'node:crypto';

/** SHA-256 of raw bytes, 64 hex digits. */
export function sha256Hex(bytes: Uint8Array): string {
  return hash('sha256', bytes);
}

/** The source hash recorded in `sources[].sha256`: the first 16 hex digits of the SHA-256. */
export function sourceHashOf(sha256: string): string {
  return sha256.slice(0, 16);
}

/** The id of the entry a source starts: the first 12 hex digits of the SHA-256 of its bytes. */
export function entryIdOf(sha256: string): string {
  return sha256.slice(0, 12);
}
