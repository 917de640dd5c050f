/**
 * Rewriting a draft line so that notes stay attached: a message whose text is
 * the old line (left by an earlier rule) follows the line to its new text.
 */
import type { Draft, IngestMessage } from '../../types.ts';

/** Replaces line `index` of the draft and retargets the messages that quote the old line. */
export function rewriteLine(draft: Draft, index: number, text: string): void {
  const old = draft.lines[index];
  if (old === undefined || old === text) return;
  draft.lines[index] = text;
  for (const message of draft.messages) if (message.text === old) message.text = text;
}

/** Pushes a message about one line (its text as it now reads). */
export function lineMessage(draft: Draft, message: Omit<IngestMessage, 'text'>, text: string): void {
  draft.messages.push({ ...message, text });
}
