/**
 * Maps occurrences (index positions) to the units of a report (its title and
 * metadata values, then its headings and paragraphs) and to character ranges
 * within them, from the report's head file.
 */
import type { ResultHead } from '../../utils/search/result-files.ts';

/** A unit of a report with the search-character ranges matched in it. */
export interface UnitMatch {
  /** Index among fields then blocks. */
  unit: number;
  /** `[from, to)` in the unit's search characters, ascending by start. */
  ranges: Array<[number, number]>;
}

/** Start positions of every unit: fields, then blocks. */
function unitStarts(head: ResultHead): number[] {
  return [...head.fields.map((field) => field[2]), ...head.starts];
}

/** Index of the last of ascending `starts` at or before `position` (0 when none is). */
function lastAtOrBefore(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (starts[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Groups occurrences (start position and length in search characters) by unit, units ascending. */
export function unitMatches(head: ResultHead, occurrences: ReadonlyArray<readonly [start: number, length: number]>): UnitMatch[] {
  const starts = unitStarts(head);
  const byUnit = new Map<number, Array<[number, number]>>();
  for (const [start, length] of occurrences) {
    const unit = lastAtOrBefore(starts, start);
    const from = start - starts[unit]!;
    const ranges = byUnit.get(unit) ?? [];
    ranges.push([from, from + length]);
    byUnit.set(unit, ranges);
  }
  return [...byUnit]
    .sort((a, b) => a[0] - b[0])
    .map(([unit, ranges]) => ({ unit, ranges: ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]) }));
}

/** The text file holding body block `block` (`files` lists each file's first block). */
export function textFileOf(head: ResultHead, block: number): number {
  return lastAtOrBefore(head.files, block);
}
