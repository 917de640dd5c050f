/**
 * Known binary file types, told by their first bytes, so that a PDF or a
 * Word 97 file saved as .txt is refused with a reason a curator understands.
 */

/** What a ZIP archive (and so every .docx) is called in reasons. */
export const ZIP_ARCHIVE = 'a ZIP archive, e.g. .docx or .xlsx';

const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  [ZIP_ARCHIVE, [0x50, 0x4b, 0x03, 0x04]],
  ['an OLE file: an old .doc/.xls, or a password-protected .docx', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['an RTF document', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
];

/** What kind of binary file the bytes start like, or undefined. */
export function binarySignature(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(([, magic]) => magic.every((byte, i) => bytes[i] === byte))?.[0];
}
