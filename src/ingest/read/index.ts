/**
 * Read step: bytes from disk → a fresh draft of decoded text.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createDraft, IngestError, type Draft, type InputFormat } from '../types.ts';
import { decodeText } from './decode.ts';

/** Inputs larger than this are refused (a report is at most a few hundred KB). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

const FORMATS: Record<string, InputFormat> = { '.txt': 'txt', '.text': 'txt', '.html': 'html', '.htm': 'html', '.docx': 'docx' };

/** The input format of a path, or undefined when ingest does not read it. */
export function formatOf(path: string): InputFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

/** Reads and decodes one input into a draft; throws IngestError naming the file and the problem. */
export async function readDraft(source: string): Promise<Draft> {
  const format = formatOf(source);
  if (!format) throw new IngestError(source, `unsupported file type "${extname(source)}" (expected .txt, .html, .htm or .docx)`);
  const info = await stat(source).catch(() => undefined);
  if (!info?.isFile()) throw new IngestError(source, 'no such file');
  if (info.size === 0) throw new IngestError(source, 'the file is empty');
  if (info.size > MAX_INPUT_BYTES) throw new IngestError(source, `too large (${info.size} bytes; the limit is ${MAX_INPUT_BYTES})`);
  const bytes = await readFile(source);
  const { text, encoding } = decodeText(bytes, source);
  return createDraft(source, format, encoding, text);
}
