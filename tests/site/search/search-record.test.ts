import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/lib/search-text.ts';
import { bigrams } from '../../../src/lib/search-tokens.ts';
import { decodeCharList, mayOccur } from '../../../src/scripts/search/simplify.ts';
import { encodedConvertibleChars, encodedIndexedConvertibleChars } from '../../../src/utils/search/convertible-chars.ts';
import type { ReportPage } from '../../../src/utils/search/report-page.ts';
import { assertAligned, resultFiles, TEXT_FILE_CHARS, textFileStarts } from '../../../src/utils/search/result-files.ts';
import { searchCatalog } from '../../../src/utils/search/search-catalog.ts';
import { CODE_POINTS, markShownChars, searchCharCount, searchCharMarks, searchRecord, UNIT_SEPARATOR, unitTexts } from '../../../src/utils/search/search-record.ts';

const hans: ReportPage = {
  title: '医共体建设',
  fields: [
    { name: 'title', text: '医共体建设' },
    { name: 'genre', text: '讲话' },
  ],
  blocks: [
    { id: 'p-1', kind: 'h', text: '一、' },
    { id: 'p-2', kind: 'p', text: '紧密型县域医共体，' },
  ],
  facets: { year: 2024, genre: ['speech', '讲话'], meetings: [], province: ['140000', '山西省'] },
};
const hant: ReportPage = {
  ...hans,
  title: '醫共體建設',
  fields: [
    { name: 'title', text: '醫共體建設' },
    { name: 'genre', text: '講話' },
  ],
  blocks: [
    { id: 'p-1', kind: 'h', text: '一、' },
    { id: 'p-2', kind: 'p', text: '緊密型縣域醫共體，' },
  ],
};

describe('searchRecord', () => {
  it('holds each unit’s bigrams followed by a separator, so no phrase spans two units', () => {
    const record = searchRecord(hans);
    const words = record.content.trimEnd().split(' ');
    expect(words).toEqual([...bigrams('医共体建设'), '-', ...bigrams('讲话'), '-', '-', ...bigrams('紧密型县域医共体'), '-']);
    expect(UNIT_SEPARATOR).toBe('-');
    // Each word is followed by a space, so records concatenate into a bundle's record as they are.
    expect(record.content.endsWith('- ')).toBe(true);
    // Positions: title 0 (4 bigrams + separator), genre 5, heading 7 (one character: no bigram), paragraph 8.
    expect(record.starts).toEqual([0, 5, 7, 8]);
    expect(record.lengths).toEqual([5, 2, 1, 8]);
    expect(record.titleEnd).toBe(5);
    expect(record.length).toBe(5 + 2 + 1 + 8);
    expect(record.words).toBe(words.length);
  });

  it('codes each unit as the bigrams of its folded text, whatever the punctuation, width or case', () => {
    const text = '“一岗双责”、ＧＤＰ增长５％，㎡ 1+1+X';
    const page: ReportPage = { ...hans, fields: [], blocks: [{ id: 'p-1', kind: 'p', text }] };
    expect(searchRecord(page).content).toBe(`${bigrams(foldText(text)).join(' ')} - `);
    expect(searchCharCount(text)).toBe([...foldText(text)].length);
  });
});

describe('result files', () => {
  it('split the body into files of a few paragraphs, a long one alone', () => {
    const long = 'x'.repeat(TEXT_FILE_CHARS);
    const blocks = ['a', 'b', long, 'c'].map((text, i) => ({ id: `p-${i}`, kind: 'p' as const, text }));
    expect(textFileStarts(blocks)).toEqual([0, 2, 3]);
    expect(textFileStarts([])).toEqual([]);
  });

  it('give both scripts the same positions, each with its own text', () => {
    const record = searchRecord(hans);
    const files = resultFiles(hant, record, [0]);
    expect(files.head).toEqual({
      title: '醫共體建設',
      fields: [
        ['title', '醫共體建設', 0],
        ['genre', '講話', 5],
      ],
      starts: [7, 8],
      files: [0],
    });
    expect(files.texts).toEqual([
      [
        ['p-1', 'h', '一、'],
        ['p-2', 'p', '緊密型縣域醫共體，'],
      ],
    ]);
  });

  it('refuse pages whose scripts do not line up', () => {
    const record = searchRecord(hans);
    expect(() => assertAligned(hans, record, hant, 'x')).not.toThrow();
    expect(() => assertAligned(hans, record, { ...hant, blocks: hant.blocks.slice(1) }, 'x')).toThrow(/different searchable units/);
    const longer = { ...hant, blocks: [hant.blocks[0]!, { ...hant.blocks[1]!, text: '緊密型縣域醫共體體' }] };
    expect(() => assertAligned(hans, record, longer, 'x')).toThrow(/different length/);
  });
});

describe('searchCatalog', () => {
  it('lists every report with its sort keys and filter values as indexes into labelled tables', () => {
    const catalog = searchCatalog(
      [
        { id: 'b', bundle: 0, offset: 0, length: 10, titleEnd: 0, facets: { genre: ['news', '会议报道'], meetings: [['annual', '年度工作会议']] } },
        { id: 'a', bundle: 0, offset: 40, length: 20, titleEnd: 5, facets: { date: '2024-02', year: 2024, genre: ['speech', '讲话'], meetings: [], province: ['140000', '山西省'], institution: ['局', '局'] } },
        { id: 'c', bundle: 1, offset: 0, length: 20, titleEnd: 0, facets: { genre: ['speech', '讲话'], meetings: [] } },
      ],
      ['/pagefind/', '/pagefind-2/'],
      ['und_1', 'und_2'],
      'v1',
      'abc',
    );
    expect(catalog.indexedConvertible).toBe('abc');
    expect(catalog.ids).toEqual(['b', 'a', 'c']);
    expect(catalog.records).toEqual(['und_1', 'und_2']);
    expect(catalog.recordStarts).toEqual([0, 2]);
    expect(catalog.offsets).toEqual([0, 40, 0]);
    expect(catalog.dates).toEqual(['', '2024-02', '']);
    expect(catalog.years).toEqual([0, 2024, 0]);
    expect(catalog.province).toEqual([-1, 0, -1]);
    expect(catalog.genre).toEqual([0, 1, 1]);
    expect(catalog.values.genre).toEqual([
      ['news', '会议报道'],
      ['speech', '讲话'],
    ]);
    expect(catalog.meeting).toEqual([[0], [], []]);
    expect(catalog.institution).toEqual([-1, 0, -1]);
  });
});

describe('the convertible characters the index holds', () => {
  const page: ReportPage = { ...hans, blocks: [...hans.blocks, { id: 'p-3', kind: 'p', text: '成效显著，\uF900' }] };
  const shown = new Uint8Array(CODE_POINTS);
  markShownChars(page, shown);
  const convertible = decodeCharList(encodedConvertibleChars());
  const indexed = decodeCharList(encodedIndexedConvertibleChars(searchCharMarks(shown)));

  it('are the convertible ones among the search characters of the pages (folded: U+F900 is 豈)', () => {
    const searchChars = new Set(unitTexts(page).flatMap((text) => [...foldText(text)]));
    expect(indexed).toEqual(new Set([...searchChars].filter((char) => convertible.has(char))));
    expect([...indexed]).toEqual(expect.arrayContaining(['著', '豈']));
    expect(indexed.has('醫')).toBe(false);
  });

  it('tell which query readings may occur: none holding a convertible character the index lacks', () => {
    expect(mayOccur('医共体', convertible, indexed)).toBe(true);
    expect(mayOccur('显著', convertible, indexed)).toBe(true);
    expect(mayOccur('醫共體', convertible, indexed)).toBe(false);
    expect(mayOccur('豈', convertible, indexed)).toBe(true);
  });
});
