/**
 * The summary line of a run and the messages about single entries.
 */
import type { InputResult } from '../pipeline.ts';
import type { EntryOutcome } from './write-entries.ts';

/** Counts of a run. */
export interface RunCounts {
  inputs: number;
  ingested: number;
  new: number;
  updated: number;
  unchanged: number;
  kept: number;
  duplicates: number;
  failed: number;
}

/** Counts inputs and entry outcomes (`outcomes` is empty for a --json run). */
export function countRun(results: readonly InputResult[], outcomes: readonly EntryOutcome[]): RunCounts {
  const counts: RunCounts = { inputs: results.length, ingested: 0, new: 0, updated: 0, unchanged: 0, kept: 0, duplicates: 0, failed: 0 };
  for (const result of results) counts['input' in result ? 'ingested' : 'failed']++;
  for (const { plan, status } of outcomes) {
    if (status === 'failed') counts.failed += plan.members.length;
    else counts[status]++;
    // Inputs that went into an entry whose body comes from another source.
    counts.duplicates += plan.members.filter((member) => member !== plan.primary).length;
  }
  return counts;
}

/** The summary line printed at the end of a run. */
export function summaryLine(counts: RunCounts, wrote: boolean): string {
  const head = `ingest: ${counts.ingested} of ${counts.inputs} inputs ingested`;
  const entries = wrote
    ? `; entries: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.kept} kept (edited by hand); ${counts.duplicates} duplicates merged`
    : '';
  return `${head}${entries}; ${counts.failed} failed`;
}

/** The warning for an entry kept because it was edited by hand. */
export function keptWarning(path: string, overridePath: string): string {
  return (
    `warning: ${path} was edited by hand, so ingest did not overwrite it. ` +
    `Move a metadata change into ${overridePath} (see "Adding reports" in README.md), ` +
    `or re-run with --force to replace the file with what ingest derives.`
  );
}
