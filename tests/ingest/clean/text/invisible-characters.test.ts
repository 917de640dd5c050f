import { describe, expect, it } from 'vitest';
import { invisibleCharactersRule, removeInvisibleCharacters } from '../../../../src/ingest/clean/text/invisible-characters.ts';
import { cleanCorpus, runRules } from './corpus.ts';

describe('removeInvisibleCharacters', () => {
  it('removes zero-width characters, soft hyphens, direction marks and a BOM inside the text', () => {
    expect(removeInvisibleCharacters('卫\u200b生\u200c健\u200d康\u2060委\ufeff员\u00ad会\u200e')).toEqual({ text: '卫生健康委员会', removed: 7, spaces: 0 });
  });

  it('turns no-break and typographic spaces into spaces and keeps the full-width space', () => {
    expect(removeInvisibleCharacters('\u3000\u3000会议\u00a0指出\u2002要\u202f加强')).toEqual({ text: '\u3000\u3000会议 指出 要 加强', removed: 0, spaces: 3 });
  });

  it('leaves ordinary text as it is', () => {
    expect(removeInvisibleCharacters('会议指出， 要加强 (CT)')).toEqual({ text: '会议指出， 要加强 (CT)', removed: 0, spaces: 0 });
  });
});

describe('invisibleCharactersRule', () => {
  it('reports once per file', () => {
    const draft = runRules('百\u200b家\n会议\u00a0召开', [invisibleCharactersRule]);
    expect(draft.lines).toEqual(['百家', '会议 召开']);
    expect(draft.messages).toEqual([{ rule: 'invisible-characters', kind: 'repaired', note: '删除不可见字符 1 个，特殊空格改为普通空格 1 个' }]);
  });

  it('changes only spaces in the clean corpora', () => {
    for (const [file, text] of cleanCorpus()) {
      const cleaned = runRules(text, [invisibleCharactersRule]).lines.join('\n');
      expect(cleaned, file).toBe(text.replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' '));
    }
  });
});
