/**
 * The archive index (`<out>/.ingest-index.json`): what planning needs of each
 * entry file (the sources it records, the sketch of its body's signature,
 * and a short body's whole signature), stamped with the file's size and
 * times. A run reads only the entries whose stamp changed, and compares new
 * reports with the entries their sketches point at, so adding a report to an
 * archive of tens of thousands reads a handful of entries, not all of them.
 * The index is a cache: missing, unreadable or of another version, it is
 * rebuilt from the entry files, which stay the only record.
 */
import { readFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import type { RecordedSource } from './existing-entries.ts';
import { type Signature, sketchOf, sketchRulesOut } from './shingles.ts';

export const INDEX_FILE = '.ingest-index.json';
const VERSION = 1;

/**
 * What says a file is unchanged: its size, modification time and change
 * time. The change time is set by the system whenever the file is written
 * or its times are set, and no ordinary tool sets it back: a file copied
 * over an entry with its times kept (`cp -a`) still shows as changed.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** The stamp of a file, from its `stat`. */
export function stampOf({ size, mtimeMs, ctimeMs }: Stats): FileStamp {
  return { size, mtimeMs, ctimeMs };
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/** What the index keeps of an entry's body, once a run has read it. */
export interface BodyPrint {
  /** Sketch of the body's signature. */
  sketch?: Signature;
  /** The whole signature of a body whose sketch rules nothing out: a short text, compared with every new report, so kept rather than read every run. */
  signature?: Signature;
}

/** What the index holds of one entry file. */
export interface IndexRecord extends FileStamp, BodyPrint {
  sources: RecordedSource[];
}

/** What the index keeps of a body, from its signature. */
export function bodyPrint(signature: Signature): BodyPrint {
  const sketch = sketchOf(signature);
  return sketchRulesOut(sketch) ? { sketch } : { sketch, signature };
}

/** The index of one output folder, by entry id. */
export interface ArchiveIndex {
  path: string;
  records: Map<string, IndexRecord>;
  /** Sketches and signatures as read, with their stored text (saving writes it back as it was). */
  stored: WeakMap<Signature, string>;
  /** Whether a record changed since the index was read (only then is it saved). */
  changed: boolean;
}

/** A record as stored: hashes as base64 of their little-endian bytes. */
interface StoredRecord extends FileStamp {
  sources: RecordedSource[];
  sketch?: string;
  signature?: string;
}

function encodeHashes(hashes: Signature): string {
  return Buffer.from(hashes.buffer, hashes.byteOffset, hashes.byteLength).toString('base64');
}

function decodeHashes(text: string): Signature {
  const bytes = Buffer.from(text, 'base64');
  // Copied into an aligned buffer of its own (a base64 decode may sit at any offset of a pool).
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength - (bytes.byteLength % 4)));
}

/** Whether a parsed record has the shape the index writes. */
function isStoredRecord(value: unknown): value is StoredRecord {
  const record = value as StoredRecord;
  return (
    !!record &&
    typeof record.size === 'number' &&
    typeof record.mtimeMs === 'number' &&
    typeof record.ctimeMs === 'number' &&
    Array.isArray(record.sources) &&
    record.sources.every((source) => !!source && typeof source.file === 'string' && typeof source.sha256 === 'string') &&
    (record.sketch === undefined || typeof record.sketch === 'string') &&
    (record.signature === undefined || typeof record.signature === 'string')
  );
}

/** Hashes decoded from their stored text (kept for saving), if stored. */
function decoded(index: ArchiveIndex, text: string | undefined): Signature | undefined {
  if (text === undefined) return undefined;
  const hashes = decodeHashes(text);
  index.stored.set(hashes, text);
  return hashes;
}

function encoded(index: ArchiveIndex, hashes: Signature | undefined): string | undefined {
  return hashes && (index.stored.get(hashes) ?? encodeHashes(hashes));
}

/** Reads the index of `dir`; an empty one when there is none or it cannot be used. */
export async function readArchiveIndex(dir: string): Promise<ArchiveIndex> {
  const path = join(dir, INDEX_FILE);
  const index: ArchiveIndex = { path, records: new Map(), stored: new WeakMap(), changed: false };
  try {
    const stored = JSON.parse(await readFile(path, 'utf8')) as { version?: unknown; entries?: Record<string, unknown> };
    if (stored.version === VERSION && stored.entries && typeof stored.entries === 'object') {
      for (const [id, value] of Object.entries(stored.entries)) {
        if (!isStoredRecord(value)) continue;
        const { sketch, signature, ...rest } = value;
        index.records.set(id, { ...rest, sketch: decoded(index, sketch), signature: decoded(index, signature) });
      }
    }
  } catch {
    // No index yet, or a damaged one: every entry is read afresh.
  }
  return index;
}

/** The record of an entry file still as indexed (the same stamp), if any. */
export function currentRecord(index: ArchiveIndex, id: string, stats: Stats): IndexRecord | undefined {
  const record = index.records.get(id);
  return record && sameStamp(record, stampOf(stats)) ? record : undefined;
}

function sameHashes(a: Signature | undefined, b: Signature | undefined): boolean {
  return a === b || (!!a && !!b && a.length === b.length && a.every((hash, i) => hash === b[i]));
}

function sameRecord(a: IndexRecord, b: IndexRecord): boolean {
  return (
    sameStamp(a, b) && JSON.stringify(a.sources) === JSON.stringify(b.sources) && sameHashes(a.sketch, b.sketch) && sameHashes(a.signature, b.signature)
  );
}

/** Sets the record of an entry (`undefined`: drops it), noting whether the index changed. */
export function setRecord(index: ArchiveIndex, id: string, record: IndexRecord | undefined): void {
  const old = index.records.get(id);
  if (record === undefined) index.records.delete(id);
  else index.records.set(id, record);
  if (old === undefined ? record !== undefined : record === undefined || !sameRecord(old, record)) index.changed = true;
}

/** Keeps what the index keeps of an entry's body (see `bodyPrint`) from its signature, read while planning. */
export function noteSignature(index: ArchiveIndex, id: string, signature: Signature): void {
  const record = index.records.get(id);
  if (record) setRecord(index, id, { ...record, ...bodyPrint(signature) });
}

/** Writes the index (atomically), its entries in id order, when it changed. */
export async function saveArchiveIndex(index: ArchiveIndex): Promise<void> {
  if (!index.changed) return;
  const entries: Record<string, StoredRecord> = {};
  for (const id of [...index.records.keys()].sort()) {
    const { sketch, signature, ...rest } = index.records.get(id)!;
    entries[id] = { ...rest, sketch: encoded(index, sketch), signature: encoded(index, signature) };
  }
  await writeFileAtomic(index.path, JSON.stringify({ version: VERSION, entries }));
}
