/**
 * The entries already in the output folder, indexed by the sources they
 * record, so re-ingest finds the entry of a source (and keeps its id).
 * With the archive index, only entry files changed since it was written are read.
 */
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ArchiveIndex, currentRecord, setRecord, stampOf } from './archive-index.ts';
import { type Fields, splitEntry } from './frontmatter.ts';
import type { Signature } from './shingles.ts';

/** A source record as an existing entry holds it. */
export interface RecordedSource {
  file: string;
  sha256: string;
}

/** An entry found in the output folder. */
export interface ExistingEntry {
  id: string;
  path: string;
  /** Frontmatter fields, once the file is read (writing reads it); undefined when the frontmatter cannot be read. */
  fields?: Fields;
  /** Its sources, primary first (empty when unreadable). */
  sources: RecordedSource[];
  /** Sketch of its body's signature, when the archive index has one. */
  sketch?: Signature;
  /** Its body's whole signature, when the archive index keeps it (a short text). */
  signature?: Signature;
}

/** The sources an entry records, as far as they can be read. */
export function recordedSources(fields: Fields | undefined): RecordedSource[] {
  const sources = fields?.sources;
  if (!Array.isArray(sources)) return [];
  return sources
    .filter(
      (source): source is RecordedSource =>
        !!source && typeof source === 'object' && typeof source.file === 'string' && typeof source.sha256 === 'string',
    )
    .map(({ file, sha256 }) => ({ file, sha256 }));
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

/**
 * Every entry in the output folder (none when it does not exist yet), by id.
 * With an `index`, an entry whose file is as indexed is taken from it, and
 * the index is brought up to date with the folder (records of files read
 * afresh, without a sketch; none for files gone).
 */
export async function loadExistingEntries(dir: string, index?: ArchiveIndex): Promise<Map<string, ExistingEntry>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const ids = names.filter((name) => name.endsWith('.mdx') && !name.startsWith('.')).map((name) => name.slice(0, -4)).sort();
  const entries = new Map<string, ExistingEntry>();
  // One file at a time: an archive of thousands must not exhaust file descriptors.
  for (const id of ids) {
    const path = join(dir, `${id}.mdx`);
    // Synchronous: tens of thousands of asynchronous calls would wait on the thread pool in turn.
    const stats = index ? statSync(path, { throwIfNoEntry: false }) : undefined;
    const record = index && stats && currentRecord(index, id, stats);
    if (record) {
      entries.set(id, { id, path, sources: record.sources, sketch: record.sketch, signature: record.signature });
      continue;
    }
    const entry = await readExistingEntry(dir, id);
    if (entry) entries.set(id, entry);
    if (index && entry && stats) setRecord(index, id, { ...stampOf(stats), sources: entry.sources });
  }
  if (index) for (const id of index.records.keys()) if (!entries.has(id)) setRecord(index, id, undefined);
  return entries;
}
