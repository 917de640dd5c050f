/**
 * Quality notes: the messages the pipeline left on a draft, one note per rule
 * and kind (repeats merged, with their count), each pointing at the anchors
 * of the paragraphs it concerns.
 */
import type { QualityNote } from '../../lib/report-schema.ts';
import type { IngestMessage } from '../types.ts';
import type { AnchoredBlock } from './mdx-body.ts';

/** Distinct notes shown before the rest is summed up as 等. */
const NOTES_SHOWN = 3;

/** Anchors of the blocks a message's text is, is in, or contains (in document order). */
function anchorsOf(text: string | undefined, blocks: readonly AnchoredBlock[]): number[] {
  const needle = text?.trim();
  if (!needle) return [];
  const same = blocks.flatMap((block, i) => (block.text === needle ? [i] : []));
  if (same.length > 0) return same;
  const within = blocks.flatMap((block, i) => (block.text.includes(needle) ? [i] : []));
  if (within.length > 0) return within;
  return blocks.flatMap((block, i) => (block.text.length > 1 && needle.includes(block.text) ? [i] : []));
}

/** The text of a merged note: its distinct notes, and how many times the rule fired. */
function mergedNote(notes: readonly string[]): string {
  const distinct = [...new Set(notes)];
  const shown = distinct.slice(0, NOTES_SHOWN).join('；') + (distinct.length > NOTES_SHOWN ? '等' : '');
  return notes.length > 1 ? `${shown}（共 ${notes.length} 条）` : shown;
}

/** Quality notes of a report from its messages, attached to the anchored blocks they concern. */
export function qualityNotes(messages: readonly IngestMessage[], blocks: readonly AnchoredBlock[]): QualityNote[] {
  const groups = new Map<string, { rule: string; kind: IngestMessage['kind']; notes: string[]; at: Set<number> }>();
  for (const message of messages) {
    const key = `${message.rule}\u0000${message.kind}`;
    let group = groups.get(key);
    if (!group) {
      group = { rule: message.rule, kind: message.kind, notes: [], at: new Set() };
      groups.set(key, group);
    }
    group.notes.push(message.note);
    for (const i of anchorsOf(message.text, blocks)) group.at.add(i);
  }
  return [...groups.values()].map(({ rule, kind, notes, at }) => ({
    rule,
    kind,
    note: mergedNote(notes),
    at: [...at].sort((a, b) => a - b).map((i) => blocks[i]!.anchor),
  }));
}
