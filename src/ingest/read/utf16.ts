/**
 * UTF-16 without a byte-order mark, told by where its NUL bytes fall: the
 * high bytes of ASCII characters (digits, line breaks) are NUL, on odd
 * offsets in little-endian text and on even offsets in big-endian text. The
 * other side holds a NUL only for the rare character U+xx00 (such as 一,
 * U+4E00). Binary data has NULs on both sides alike.
 */

/** Least share of NUL bytes (ASCII characters) to trust the pattern. */
const MIN_NUL_SHARE = 0.02;
/** Most NULs on the other side, as a share of those on the ASCII side. */
const MAX_OTHER_SIDE = 0.1;

/** `utf-16le` or `utf-16be` when the bytes look like BOM-less UTF-16, else undefined. */
export function utf16Endianness(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if (Math.max(even, odd) < bytes.length * MIN_NUL_SHARE) return undefined;
  if (even <= odd * MAX_OTHER_SIDE) return 'utf-16le';
  if (odd <= even * MAX_OTHER_SIDE) return 'utf-16be';
  return undefined;
}
