/**
 * Structure step: cleaned lines → paragraphs and headings.
 * reflow (join broken lines) → blocks (recognise headings) → drop repeated
 * paragraphs → close stray spaces in prose → note a text that stops mid-sentence.
 */
import { removedNote } from '../clean/lines/line-rule.ts';
import type { Draft } from '../types.ts';
import { toBlocks } from './blocks.ts';
import { dropDuplicateParagraphs } from './duplicates.ts';
import { reflow } from './reflow.ts';
import { closeStraySpacesInBlocks } from './stray-spaces.ts';
import { unfinishedEnd } from './unfinished.ts';

/** Fills `draft.blocks` from `draft.lines`, reporting joined lines, removed repeats and an unfinished end. */
export function structure(draft: Draft): void {
  const { paragraphs, joins } = reflow(draft.lines);
  const { blocks: kept, removed } = dropDuplicateParagraphs(toBlocks(paragraphs));
  const { blocks, message: strayNote } = closeStraySpacesInBlocks(kept);
  draft.blocks = blocks;
  if (joins > 0) draft.messages.push({ rule: 'reflow-lines', kind: 'repaired', note: `合并断行 ${joins} 处` });
  if (removed.length > 0) draft.messages.push({ rule: 'drop-duplicate-paragraphs', ...removedNote('重复段落', removed, '段') });
  if (strayNote) draft.messages.push(strayNote);
  const unfinished = unfinishedEnd(blocks);
  if (unfinished !== undefined) draft.messages.push({ rule: 'note-unfinished', kind: 'doubtful', note: '正文在句中结束，原文可能不完整', text: unfinished });
}
