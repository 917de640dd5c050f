/**
 * Structure step: cleaned lines → paragraphs and headings.
 */
import type { Draft } from '../types.ts';

/** Fills `draft.blocks`: every non-empty line is a paragraph. */
export function structure(draft: Draft): void {
  draft.blocks = draft.lines.map((line) => line.trim()).filter(Boolean).map((text) => ({ type: 'paragraph', text }));
}
