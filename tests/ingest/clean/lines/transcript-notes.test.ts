import { describe, expect, it } from 'vitest';
import { isTranscriptNote, stripTranscriptNotes } from '../../../../src/ingest/clean/lines/transcript-notes.ts';

describe('transcript notes', () => {
  it('removes the notes on how a speech was transcribed, under the title and at the end, in either script', () => {
    const lines = ['在全市卫生健康工作会议上的讲话', '（根据录音整理，未经本人审阅）', '同志们：今天召开全市卫生健康工作会议。', '谢谢大家！', '（標題為編者所加）'];
    const result = stripTranscriptNotes(lines);
    expect(result.lines).toEqual(['在全市卫生健康工作会议上的讲话', '同志们：今天召开全市卫生健康工作会议。', '谢谢大家！']);
    // The quality notes keep what was said about the text.
    expect(result.notes[0]?.note).toContain('根据录音整理，未经本人审阅');
  });

  it('reads half-width brackets, indentation and a spaced-out note', () => {
    for (const line of ['(有删节)', '\u3000\u3000（根据讲话录音整理，有删节）', '（略 有 删 节）']) expect(isTranscriptNote(line), line).toBe(true);
  });

  it('keeps sentences and bracketed text that say something else', () => {
    const kept = [
      '（此件公开发布）',
      '（略）',
      '（一）根据录音整理会议纪要，及时印发各单位。',
      '会议根据录音整理形成纪要（有删节）并印发各单位，要求认真贯彻落实。',
      '（2024年1月26日）',
    ];
    for (const line of kept) expect(isTranscriptNote(line), line).toBe(false);
    expect(stripTranscriptNotes(kept).lines).toEqual(kept);
  });
});
