/**
 * What every line rule shares: a pure pass over plain lines that returns the
 * new lines, the metadata it found and notes on what it did; and the adapter
 * that applies such a pass to a draft as a CleanRule.
 */
import type { CleanRule, Hints, IngestMessage } from '../../types.ts';
import { addHints, emptyHints } from './hints.ts';

/** A message without its rule id (the adapter adds it). */
export type LineNote = Omit<IngestMessage, 'rule'>;

/** The result of one pass over the lines. */
export interface LineOutcome {
  lines: string[];
  hints: Hints;
  notes: LineNote[];
}

/** A pure pass over plain lines. */
export type LinePass = (lines: readonly string[]) => LineOutcome;

/**
 * Turns a pass into a CleanRule that rewrites the draft's lines and records
 * hints and messages under `id`. Hints of the kinds in `ranked` go before those
 * already found (the pass's candidates are better than earlier rules').
 */
export function lineRule(id: string, pass: LinePass, ranked: readonly (keyof Hints)[] = []): CleanRule {
  return (draft) => {
    const outcome = pass(draft.lines);
    draft.lines = outcome.lines;
    for (const kind of ranked) {
      const earlier = draft.hints[kind];
      draft.hints[kind] = [];
      addHints(draft.hints, { ...emptyHints(), [kind]: [...outcome.hints[kind], ...earlier] });
      outcome.hints[kind] = [];
    }
    addHints(draft.hints, outcome.hints);
    for (const note of outcome.notes) draft.messages.push({ rule: id, ...note });
  };
}

/** An outcome that keeps the given lines, with empty hints and no notes yet. */
export function outcome(lines: string[], hints: Hints = emptyHints()): LineOutcome {
  return { lines, hints, notes: [] };
}

/** A short quotation of a removed line for a note. */
function quote(line: string): string {
  const t = line.trim().replace(/\s+/g, ' ');
  return `「${t.length > 24 ? `${t.slice(0, 24)}…` : t}」`;
}

/** A note for lines (or other `unit`s) removed as `what` (e.g. `导航菜单`), quoting the first few. */
export function removedNote(what: string, removed: readonly string[], unit = '行'): LineNote {
  const quoted = removed.slice(0, 3).map(quote).join('');
  const more = removed.length > 3 ? '等' : '';
  return { kind: 'removed', note: `删除${what} ${removed.length} ${unit}：${quoted}${more}` };
}

/**
 * Removes the lines whose index is in `drop`, reporting them as `what`.
 * Returns the outcome with the remaining lines and, when something was removed, one note.
 */
export function dropLines(lines: readonly string[], drop: ReadonlySet<number>, what: string, hints?: Hints): LineOutcome {
  const kept: string[] = [];
  const removed: string[] = [];
  lines.forEach((line, i) => (drop.has(i) ? removed.push(line) : kept.push(line)));
  const result = outcome(kept, hints);
  if (removed.length > 0) result.notes.push(removedNote(what, removed));
  return result;
}
