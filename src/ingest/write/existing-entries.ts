/**
 * The entries already in the output folder, indexed by the sources they
 * record, so re-ingest finds the entry of a source (and keeps its id).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Fields, splitEntry } from './frontmatter.ts';

/** A source record as an existing entry holds it. */
export interface RecordedSource {
  file: string;
  sha256: string;
}

/** An entry found in the output folder. */
export interface ExistingEntry {
  id: string;
  path: string;
  /** Frontmatter fields; undefined when the frontmatter cannot be read. */
  fields?: Fields;
  /** Its sources, primary first (empty when unreadable). */
  sources: RecordedSource[];
}

/** The sources an entry records, as far as they can be read. */
function recordedSources(fields: Fields | undefined): RecordedSource[] {
  const sources = fields?.sources;
  if (!Array.isArray(sources)) return [];
  return sources.filter(
    (source): source is RecordedSource =>
      !!source && typeof source === 'object' && typeof source.file === 'string' && typeof source.sha256 === 'string',
  );
}

/** The current text of an entry file; undefined when there is none. */
export function readEntryText(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}

/** Reads one entry file of the output folder. */
export async function readExistingEntry(dir: string, id: string): Promise<ExistingEntry | undefined> {
  const path = join(dir, `${id}.mdx`);
  const text = await readEntryText(path);
  if (text === undefined) return undefined;
  const fields = splitEntry(text)?.fields;
  return { id, path, fields, sources: recordedSources(fields) };
}

/** Every entry in the output folder (none when it does not exist yet), by id. */
export async function loadExistingEntries(dir: string): Promise<Map<string, ExistingEntry>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const ids = names.filter((name) => name.endsWith('.mdx') && !name.startsWith('.')).map((name) => name.slice(0, -4)).sort();
  const entries = new Map<string, ExistingEntry>();
  // One file at a time: an archive of thousands must not exhaust file descriptors.
  for (const id of ids) {
    const entry = await readExistingEntry(dir, id);
    if (entry) entries.set(id, entry);
  }
  return entries;
}
