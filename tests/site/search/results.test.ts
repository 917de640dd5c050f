import { describe, expect, it } from 'vitest';
import type { ResultHead } from '../../../src/utils/search/result-files.ts';
import { searchCatalog } from '../../../src/utils/search/search-catalog.ts';
import { applyFilters, filterCounts, reportKeys } from '../../../src/scripts/search/filters.ts';
import { excerptWindow } from '../../../src/scripts/search/highlight.ts';
import { shownRanges } from '../../../src/lib/search-text.ts';
import { reportLocator } from '../../../src/scripts/search/locate.ts';
import { bigramsChainUniquely, occurrenceStarts } from '../../../src/scripts/search/occurrences.ts';
import { rankReports } from '../../../src/scripts/search/rank.ts';
import { readState, stateParams, withFilter } from '../../../src/scripts/search/state.ts';
import { fill } from '../../../src/scripts/search/strings.ts';
import { textFileOf, unitMatches } from '../../../src/scripts/search/units.ts';

describe('occurrences', () => {
  it('start where every bigram follows in turn', () => {
    const at = (...positions: number[]) => new Set(positions);
    expect(occurrenceStarts([at(3, 10, 20), at(4, 21), at(5, 22, 30)])).toEqual([3, 20]);
    expect(occurrenceStarts([at(7, 1)])).toEqual([1, 7]);
    expect(occurrenceStarts([])).toEqual([]);
  });

  it('come from one listing of all bigrams only when no character repeats', () => {
    expect(bigramsChainUniquely('医共体')).toBe(true);
    expect(bigramsChainUniquely('2024')).toBe(false);
    expect(bigramsChainUniquely('医疗医保')).toBe(false);
    // Why: in 2020 the bigrams of 2024 (20, 02) fill three consecutive positions without 2024 being there.
    const union = new Set([0, 1, 2]);
    expect(occurrenceStarts([union, union, union])).toEqual([0]);
  });
});

const head: ResultHead = {
  title: '医共体建设',
  fields: [
    ['title', '医共体建设', 0],
    ['genre', '讲话', 5],
  ],
  starts: [7, 8, 20, 40],
  files: [0, 2],
};

describe('units', () => {
  it('map occurrences to the title, metadata and body blocks, with ranges inside each', () => {
    expect(unitMatches(head, [[0, 3], [9, 3], [22, 3], [8, 2]])).toEqual([
      { unit: 0, ranges: [[0, 3]] },
      { unit: 3, ranges: [[0, 2], [1, 4]] },
      { unit: 4, ranges: [[2, 5]] },
    ]);
  });

  it('find the text file of a block', () => {
    expect([0, 1, 2, 3].map((block) => textFileOf(head, block))).toEqual([0, 0, 1, 1]);
  });
});

describe('highlight', () => {
  it('maps search-character ranges onto the shown text and merges overlaps', () => {
    expect(shownRanges('紧密型“县域医共体”，县域', [[3, 5], [4, 8], [8, 10]])).toEqual([
      [4, 9],
      [11, 13],
    ]);
  });

  it('shows long texts as an excerpt starting a little before the first match', () => {
    expect(excerptWindow(100, 50)).toEqual([0, 100]);
    expect(excerptWindow(1000, 500)).toEqual([460, 620]);
    expect(excerptWindow(1000, 10)).toEqual([0, 160]);
    expect(excerptWindow(1000, 990)).toEqual([840, 1000]);
  });
});

const catalog = searchCatalog(
  [
    { id: 'a', bundle: 0, offset: 0, length: 100, titleEnd: 3, facets: { date: '2024-01-02', year: 2024, genre: ['speech', '讲话'], meetings: [['annual', '年度工作会议']], province: ['140000', '山西省'], city: ['140100', '太原市'] } },
    { id: 'b', bundle: 0, offset: 120, length: 1000, titleEnd: 0, facets: { date: '2023', year: 2023, genre: ['news', '会议报道'], meetings: [], province: ['140000', '山西省'], city: ['140200', '大同市'] } },
    { id: 'c', bundle: 1, offset: 0, length: 100, titleEnd: 0, facets: { genre: ['news', '会议报道'], meetings: [['annual', '年度工作会议']], province: ['410000', '河南省'] } },
  ],
  ['/pagefind/', '/pagefind-2/'],
  ['p0', 'p1'],
  'v',
  '',
);
const keys = reportKeys(catalog);

describe('reportLocator', () => {
  const locate = reportLocator(catalog);
  it('finds the report a record position belongs to, and the position within it', () => {
    expect(locate('p0', 0)).toEqual({ report: 0, position: 0 });
    expect(locate('p0', 119)).toEqual({ report: 0, position: 119 });
    expect(locate('p0', 120)).toEqual({ report: 1, position: 0 });
    expect(locate('p0', 5000)).toEqual({ report: 1, position: 4880 });
    expect(locate('p1', 7)).toEqual({ report: 2, position: 7 });
  });

  it('refuses a record the catalog does not list', () => {
    expect(() => locate('p9', 0)).toThrow(/disagree/);
  });
});

describe('filters', () => {
  it('keep the reports with the chosen values', () => {
    expect(applyFilters(keys, [0, 1, 2], { province: '140000' })).toEqual([0, 1]);
    expect(applyFilters(keys, [0, 1, 2], { province: '140000', genre: 'news' })).toEqual([1]);
    expect(applyFilters(keys, [0, 1, 2], { meeting: 'annual', year: '2024' })).toEqual([0]);
  });

  it('count each value over the results passing the other filters', () => {
    const filters = { province: '140000', genre: 'news' };
    expect(filterCounts(catalog, keys, [0, 1, 2], filters, 'province')).toEqual([
      { key: '140000', label: '山西省', count: 1 },
      { key: '410000', label: '河南省', count: 1 },
    ]);
    expect(filterCounts(catalog, keys, [0, 1, 2], filters, 'genre')).toEqual([
      { key: 'news', label: '会议报道', count: 1 },
      { key: 'speech', label: '讲话', count: 1 },
    ]);
    expect(filterCounts(catalog, keys, [0, 1, 2], {}, 'year')).toEqual([
      { key: '2024', label: '2024', count: 1 },
      { key: '2023', label: '2023', count: 1 },
    ]);
  });
});

describe('rankReports', () => {
  const hits = [new Map([[0, [1, 50]], [1, [10, 20, 30]], [2, [5]]])];
  it('orders by relevance: occurrences weighed by report length, title occurrences more', () => {
    expect(rankReports(catalog, [0, 1, 2], hits, 'relevance')).toEqual([0, 2, 1]);
  });
  it('orders by date, newest first, undated last', () => {
    expect(rankReports(catalog, [2, 1, 0], hits, 'date')).toEqual([0, 1, 2]);
  });
});

describe('state', () => {
  it('round-trips through URL parameters, leaving out defaults', () => {
    const state = readState(new URLSearchParams('q=医共体&province=140000&city=140100&sort=date&page=2'));
    expect(state).toEqual({ query: '医共体', filters: { province: '140000', city: '140100' }, sort: 'date' });
    expect(stateParams(state).toString()).toBe(new URLSearchParams('q=医共体&province=140000&city=140100&sort=date').toString());
    expect(stateParams(readState(new URLSearchParams('sort=bogus'))).toString()).toBe('');
  });

  it('clears the city with its province', () => {
    const state = readState(new URLSearchParams('q=x&province=140000&city=140100'));
    expect(withFilter(state, 'province', undefined).filters).toEqual({});
    expect(withFilter(state, 'year', '2024').filters).toEqual({ province: '140000', city: '140100', year: '2024' });
  });

  it('fills string placeholders', () => {
    expect(fill('找到 {{count}} 篇报告', { count: 3 })).toBe('找到 3 篇报告');
  });
});
