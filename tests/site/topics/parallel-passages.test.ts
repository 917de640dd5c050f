import { describe, expect, it } from 'vitest';
import type { CorpusReport } from '../../../src/utils/topics/corpus-text.ts';
import { commonSpans, findParallels, MIN_SPAN, otherOccurrences, shingleHashes, winnow } from '../../../src/utils/topics/parallel-passages.ts';

const report = (id: string, ...paragraphs: string[]): CorpusReport => ({
  id,
  blocks: paragraphs.map((match, i) => ({ id: `p-${id}${i}`, kind: 'P', text: match, match })),
});

const SHARED = '全面推进紧密型县域医共体建设推动优质医疗资源下沉实现县乡村一体化管理';

describe('winnow', () => {
  it('gives two texts sharing a span of MIN_SPAN characters a common fingerprint', () => {
    const span = SHARED.slice(0, MIN_SPAN);
    const a = new Set(winnow(shingleHashes(`甲乙丙丁戊己庚${span}辛壬癸`)));
    expect(winnow(shingleHashes(`子丑寅${span}卯辰巳午未申酉`)).some((hash) => a.has(hash))).toBe(true);
  });
});

describe('commonSpans', () => {
  it('finds maximal shared spans of at least MIN_SPAN characters', () => {
    expect(commonSpans(`开头不同${SHARED}结尾`, `另一种开头${SHARED}另一结尾`)).toEqual([[4, SHARED.length]]);
    expect(commonSpans(`开头${SHARED.slice(0, MIN_SPAN - 1)}`, `${SHARED.slice(0, MIN_SPAN - 1)}结尾`)).toEqual([]);
  });
});

describe('findParallels', () => {
  it('links near-verbatim passages across reports, both ways, not within a report', () => {
    const reports = [
      report('a', `今年以来${SHARED}取得明显成效`, '其他内容各不相同的一段文字甲乙丙丁戊己庚辛壬癸'),
      report('b', `下一步要${SHARED}确保按期完成`, `我们还要${SHARED}并且做好宣传`),
      report('c', '毫不相干的一段文字子丑寅卯辰巳午未申酉戌亥一二三四五'),
    ];
    const parallels = findParallels(reports, 8);
    expect(otherOccurrences(parallels, 0, 0)).toEqual({
      links: [
        { report: 1, block: 0, shared: SHARED.length },
        { report: 1, block: 1, shared: SHARED.length },
      ],
      total: 2,
    });
    expect(otherOccurrences(parallels, 1, 0).links).toEqual([{ report: 0, block: 0, shared: SHARED.length }]);
    expect(otherOccurrences(parallels, 0, 1).total).toBe(0);
    expect(otherOccurrences(parallels, 2, 0).total).toBe(0);
    expect(otherOccurrences(parallels, 0, 0, 1)).toEqual({ links: [{ report: 1, block: 0, shared: SHARED.length }], total: 2 });
  });

  it('links verbatim repeats of a paragraph', () => {
    const text = `${SHARED}全文照录`;
    const parallels = findParallels([report('a', text), report('b', text), report('c', text, text)], 8);
    expect(otherOccurrences(parallels, 0, 0).links).toEqual([
      { report: 1, block: 0, shared: text.length },
      { report: 2, block: 0, shared: text.length },
      { report: 2, block: 1, shared: text.length },
    ]);
  });

  it('lists the first occurrences of other reports, before and after the report itself, and counts them all', () => {
    const text = `${SHARED}全文照录`;
    const reports = Array.from({ length: 6 }, (_, i) => (i === 2 ? report(`r${i}`, text, '本报告独有的一段文字甲乙丙丁戊己庚辛壬癸子丑', text) : report(`r${i}`, text)));
    const parallels = findParallels(reports, 6);
    const link = (report: number, block = 0) => ({ report, block, shared: text.length });
    expect(otherOccurrences(parallels, 2, 0, 3)).toEqual({ links: [link(0), link(1), link(3)], total: 5 });
    expect(otherOccurrences(parallels, 2, 2, 3)).toEqual({ links: [link(0), link(1), link(3)], total: 5 });
    expect(otherOccurrences(parallels, 0, 0, 3)).toEqual({ links: [link(1), link(2), link(2, 2)], total: 6 });
    expect(otherOccurrences(parallels, 5, 0)).toEqual({ links: [link(0), link(1), link(2), link(2, 2), link(3), link(4)], total: 6 });
    expect(otherOccurrences(parallels, 4, 0, 0)).toEqual({ links: [], total: 6 });
  });

  it('does not list boilerplate found in more reports than the limit', () => {
    const reports = Array.from({ length: 6 }, (_, i) => report(`r${i}`, `第${'一二三四五六'[i]}段开头${SHARED}`));
    expect(findParallels(reports, 5).blocks.every((byBlock) => byBlock.size === 0)).toBe(true);
    expect(otherOccurrences(findParallels(reports, 6), 0, 0).total).toBe(5);
  });

  it('keeps a pair whose shared span is boilerplate except for a short part only when MIN_SPAN rare characters remain', () => {
    const slogan = '以习近平新时代中国特色社会主义思想为指导全面贯彻党的二十大精神';
    const common = Array.from({ length: 6 }, (_, i) => report(`s${i}`, `${'甲乙丙丁戊己'[i]}${slogan}${'子丑寅卯辰巳'[i]}`));
    const pair = [report('x', `${slogan}医疗卫生强基工程`), report('y', `${slogan}医疗卫生强基工程`)];
    const parallels = findParallels([...common, ...pair], 5);
    expect(otherOccurrences(parallels, 6, 0).total).toBe(0);
  });
});
