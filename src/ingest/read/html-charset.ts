/**
 * The charset an HTML document declares in a `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`, among the
 * codecs ingest reads. (A byte-order mark, when present, wins over it.)
 */
import type { Codec } from './decode.ts';

/** Bytes searched: the HTML standard prescans 1,024; Chinese CMS pages often put the meta later. */
const PRESCAN_BYTES = 4096;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** WHATWG labels of the codecs ingest reads (GBK and GB2312 are decoded as their superset GB18030). */
const LABELS: Readonly<Record<string, Codec>> = Object.fromEntries([
  ...['utf-8', 'utf8', 'unicode-1-1-utf-8'].map((label) => [label, 'UTF-8']),
  ...['gb18030', 'gbk', 'gb2312', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'euc-cn', 'csgb2312', 'chinese', 'iso-ir-58', 'gb_2312', 'gb_2312-80'].map(
    (label) => [label, 'GB18030'],
  ),
  ...['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5', 'cp950', 'ms950', 'windows-950'].map((label) => [label, 'Big5']),
]);

/** The codec the document declares, or undefined when it declares none that ingest reads. */
export function declaredCharset(bytes: Uint8Array): Codec | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  return label ? LABELS[label] : undefined;
}
