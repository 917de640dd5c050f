import { describe, expect, it } from 'vitest';
import { termMatcher } from '../../../src/utils/topics/term-matcher.ts';

describe('termMatcher', () => {
  it('finds exactly the terms a text contains, overlapping or nested', () => {
    const terms = ['医共体', '紧密型县域医共体', '县域', '家庭医生', '医生签约'];
    const find = termMatcher(terms);
    expect(find('推进紧密型县域医共体建设')).toEqual([0, 1, 2]);
    expect(find('做实家庭医生签约服务')).toEqual([3, 4]);
    expect(find('医共')).toEqual([]);
    expect(find('')).toEqual([]);
  });

  it('agrees with includes() on every term', () => {
    const terms = ['两个维护', '一岗双责', '三重一大', '11x', '维护', '双责三'];
    const find = termMatcher(terms);
    const texts = ['坚决做到两个维护落实一岗双责三重一大', '实行11x模式', '两个维', 'x11x两个维护两个维护'];
    for (const text of texts) {
      expect(find(text)).toEqual(terms.flatMap((term, i) => (text.includes(term) ? [i] : [])));
    }
  });

  it('ignores terms shorter than two characters', () => {
    expect(termMatcher(['医', '医改'])('医改')).toEqual([1]);
  });
});
