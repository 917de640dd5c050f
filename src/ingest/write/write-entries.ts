/**
 * Writing one planned entry: compose it, and write it (atomically) when it
 * changed. An entry edited by hand is kept unless forced; an entry that fails
 * affects no other.
 */
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type ArchiveIndex, bodyPrint, setRecord, stampOf } from './archive-index.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { composeEntry } from './compose-entry.ts';
import { readEntryText, recordedSources } from './existing-entries.ts';
import { isAsGenerated } from './fingerprint.ts';
import { splitEntry } from './frontmatter.ts';
import { loadOverride } from './overrides.ts';
import type { EntryPlan } from './plan-entries.ts';
import { mergeSources } from './sources.ts';

/** Where a run writes. */
export interface WriteOptions {
  /** Folder of the entries (`<id>.mdx`). */
  out: string;
  /** Folder of the overrides (`<id>.yml`). */
  overrides: string;
  /** Replace entries edited by hand. */
  force?: boolean;
}

/** What happened to one entry. */
export type EntryStatus = 'new' | 'updated' | 'unchanged' | 'kept' | 'failed';

/** The outcome of one planned entry. */
export interface EntryOutcome {
  /** The plan, with the existing entry's frontmatter as read when writing. */
  plan: EntryPlan;
  path: string;
  status: EntryStatus;
  /** Why it failed (status `failed`), naming the file. */
  error?: string;
}

/** Composes and, when it changed, writes one planned entry. */
export async function writeEntry(planned: EntryPlan, options: WriteOptions): Promise<EntryOutcome> {
  const path = join(options.out, `${planned.id}.mdx`);
  let plan = planned;
  try {
    const previous = await readEntryText(path);
    // The sources it recorded are merged with the run's (the archive index keeps only their hashes and files).
    if (plan.existing && previous !== undefined) plan = { ...plan, existing: { ...plan.existing, fields: splitEntry(previous)?.fields } };
    const text = composeEntry(plan, previous, await loadOverride(options.overrides, plan.id));
    if (previous === text) return { plan, path, status: 'unchanged' };
    if (previous !== undefined && !options.force && !isAsGenerated(previous)) return { plan, path, status: 'kept' };
    await mkdir(options.out, { recursive: true });
    await writeFileAtomic(path, text);
    return { plan, path, status: previous === undefined ? 'new' : 'updated' };
  } catch (error) {
    return { plan, path, status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Brings the archive index's record of an entry up to date after writing it:
 * an entry written or found unchanged records its file's stamp, the sources
 * merged into it and what the index keeps of its body (from the primary's
 * text when the run gave it one); a kept or failed entry keeps the record
 * loading gave it.
 */
export async function indexOutcome(index: ArchiveIndex, { plan, path, status }: EntryOutcome): Promise<void> {
  if (status === 'kept' || status === 'failed') return;
  const stats = await stat(path).catch(() => undefined);
  if (!stats) return setRecord(index, plan.id, undefined);
  const old = index.records.get(plan.id);
  const body = plan.primary ? bodyPrint(plan.primary.signature) : { sketch: old?.sketch, signature: old?.signature };
  setRecord(index, plan.id, { ...stampOf(stats), sources: recordedSources({ sources: mergeSources(plan) }), ...body });
}
