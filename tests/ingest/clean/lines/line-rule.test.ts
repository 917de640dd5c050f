import { describe, expect, it } from 'vitest';
import { emptyHints } from '../../../../src/ingest/clean/lines/hints.ts';
import { dropLines, lineRule, outcome, removedNote } from '../../../../src/ingest/clean/lines/line-rule.ts';
import { createDraft } from '../../../../src/ingest/types.ts';

describe('line rule adapter', () => {
  it('rewrites the lines, records hints and messages under the rule id', () => {
    const draft = createDraft('x.txt', 'txt', 'UTF-8', 'a\nb\nc');
    const rule = lineRule('test-rule', (lines) => {
      const hints = emptyHints();
      hints.sites.push('新浪网');
      return dropLines(lines, new Set([1]), '测试行', hints);
    });
    rule(draft);
    expect(draft.lines).toEqual(['a', 'c']);
    expect(draft.hints.sites).toEqual(['新浪网']);
    expect(draft.messages).toEqual([{ rule: 'test-rule', kind: 'removed', note: '删除测试行 1 行：「b」' }]);
  });

  it('puts ranked hints before those found by earlier rules', () => {
    const draft = createDraft('x.txt', 'txt', 'UTF-8', 'a');
    draft.hints.titles.push('本文标题');
    const hints = emptyHints();
    hints.titles.push('正文标题', '本文标题');
    lineRule('headline', (lines) => outcome([...lines], hints), ['titles'])(draft);
    expect(draft.hints.titles).toEqual(['正文标题', '本文标题']);
  });

  it('quotes at most three removed lines in a note', () => {
    expect(removedNote('导航菜单', ['教育', '文化', '职场', '电脑']).note).toBe('删除导航菜单 4 行：「教育」「文化」「职场」等');
  });
});
