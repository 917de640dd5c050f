import { describe, expect, it } from 'vitest';
import type { IngestMessage } from '../../../src/ingest/types.ts';
import { qualityNotes } from '../../../src/ingest/write/quality-notes.ts';

const BLOCKS = [
  { type: 'paragraph' as const, text: '第一段，修复了乱码。', anchor: 'p-one' },
  { type: 'paragraph' as const, text: '第二段，删除了拼音。', anchor: 'p-two' },
  { type: 'paragraph' as const, text: '第三段。', anchor: 'p-three' },
];

describe('qualityNotes', () => {
  it('merges repeats of a rule into one note with a count, pointing at each paragraph once', () => {
    const messages: IngestMessage[] = [
      { rule: 'strip-pinyin', kind: 'removed', note: '删除拼音注音', text: '第二段，删除了拼音。' },
      { rule: 'strip-pinyin', kind: 'removed', note: '删除拼音注音', text: '第一段' },
      { rule: 'strip-pinyin', kind: 'removed', note: '删除拼音注音', text: '第二段，删除了拼音。' },
    ];
    expect(qualityNotes(messages, BLOCKS)).toEqual([{ rule: 'strip-pinyin', kind: 'removed', note: '删除拼音注音（共 3 条）', at: ['p-one', 'p-two'] }]);
  });

  it('keeps rules and kinds apart, lists distinct notes, and leaves file-level notes without anchors', () => {
    const messages: IngestMessage[] = [
      { rule: 'repair-mojibake', kind: 'repaired', note: '修复乱码“鍗敓”', text: '第一段，修复了乱码。' },
      { rule: 'strip-furniture', kind: 'removed', note: '删除页面导航' },
      { rule: 'repair-mojibake', kind: 'doubtful', note: '无法修复的乱码' },
      { rule: 'repair-mojibake', kind: 'repaired', note: '修复乱码“鑾峰”', text: '不在任何段落中的文字' },
    ];
    expect(qualityNotes(messages, BLOCKS)).toEqual([
      { rule: 'repair-mojibake', kind: 'repaired', note: '修复乱码“鍗敓”；修复乱码“鑾峰”（共 2 条）', at: ['p-one'] },
      { rule: 'strip-furniture', kind: 'removed', note: '删除页面导航', at: [] },
      { rule: 'repair-mojibake', kind: 'doubtful', note: '无法修复的乱码', at: [] },
    ]);
  });

  it('finds paragraphs that a message text spans', () => {
    const messages: IngestMessage[] = [{ rule: 'join-lines', kind: 'repaired', note: '合并断行', text: '第二段，删除了拼音。第三段。' }];
    expect(qualityNotes(messages, BLOCKS)[0]!.at).toEqual(['p-two', 'p-three']);
  });
});
