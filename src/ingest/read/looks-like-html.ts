/**
 * A whole HTML page saved with a .txt name (scrapers do this) is read as
 * HTML: told by how it starts, after an optional UTF-8 BOM and comments.
 */

const HTML_START = /^(?:\ufeff|\u00ef\u00bb\u00bf)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

/** True when the bytes start like an HTML document. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  return HTML_START.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1'));
}
