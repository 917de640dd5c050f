/**
 * The input formats ingest reads, told by file extension. Its own module, free
 * of the read step's heavy imports (codecs, HTML and Word readers): the command
 * uses it to find inputs in folders before it starts the worker threads.
 */
import { extname } from 'node:path';
import type { InputFormat } from '../types.ts';

const FORMATS: Record<string, InputFormat> = { '.txt': 'txt', '.text': 'txt', '.html': 'html', '.htm': 'html', '.docx': 'docx' };

/** The input format of a path, or undefined when ingest does not read it. */
export function formatOf(path: string): InputFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}
