import { describe, expect, it } from 'vitest';
import { listingPageHref, yearHref } from '../../src/utils/hrefs.ts';
import { listingPageParam, listingPageRefs, pageCount, pageItems, pageWindow } from '../../src/utils/listing-pages.ts';
import { sectionAnchor, sectionHref, sectionKey, sectionLabel, sectionRuns, sectionStarts } from '../../src/utils/listing-sections.ts';
import { isDated, sortReports } from '../../src/utils/report-order.ts';

const report = (id: string, date?: string, year?: number) => ({
  id,
  data: { ...(date ? { date } : {}), ...(year !== undefined ? { year } : {}) },
});

describe('sortReports', () => {
  const reports = [
    report('c', '2023-05-01', 2023),
    report('u1'),
    report('a', '2024-02-20', 2024),
    report('y', undefined, 2024),
    report('b', '2024-02-20', 2024),
    report('m', '2024-03', 2024),
    report('u0'),
  ];

  it('lists newest first, ties by id, undated last', () => {
    expect(sortReports(reports, 'newest').map((r) => r.id)).toEqual(['m', 'a', 'b', 'y', 'c', 'u0', 'u1']);
  });

  it('lists oldest first as the exact reverse of the dated reports, undated still last', () => {
    expect(sortReports(reports, 'oldest').map((r) => r.id)).toEqual(['c', 'y', 'b', 'a', 'm', 'u0', 'u1']);
  });

  it('leaves its input alone', () => {
    const before = reports.map((r) => r.id);
    sortReports(reports, 'oldest');
    expect(reports.map((r) => r.id)).toEqual(before);
  });

  it('knows which reports can be placed', () => {
    expect([isDated({ year: 2024 }), isDated({ date: '2024-01' }), isDated({})]).toEqual([true, true, false]);
  });
});

describe('listing pages', () => {
  it('count pages, an empty listing still having one', () => {
    expect([pageCount(0, 100), pageCount(1, 100), pageCount(100, 100), pageCount(101, 100), pageCount(5000, 100)]).toEqual([1, 1, 1, 2, 50]);
  });

  it('slice a page', () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    expect(pageItems(items, 1, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageItems(items, 3, 10)).toEqual([20, 21, 22, 23, 24]);
  });

  it('exist oldest first only when the listing spans several pages', () => {
    expect(listingPageRefs(40, 100)).toEqual([{ order: 'newest', page: 1, pages: 1 }]);
    expect(listingPageRefs(250, 100)).toEqual([
      { order: 'newest', page: 1, pages: 3 },
      { order: 'newest', page: 2, pages: 3 },
      { order: 'newest', page: 3, pages: 3 },
      { order: 'oldest', page: 1, pages: 3 },
      { order: 'oldest', page: 2, pages: 3 },
      { order: 'oldest', page: 3, pages: 3 },
    ]);
  });

  it('have URLs below their listing, the first page newest first at the listing itself', () => {
    expect(listingPageParam('newest', 1)).toBeUndefined();
    expect(listingPageParam('newest', 2)).toBe('page/2');
    expect(listingPageParam('oldest', 1)).toBe('oldest');
    expect(listingPageParam('oldest', 3)).toBe('oldest/page/3');
    expect(listingPageHref('/zh-hans/regions/420000/', 'newest')).toBe('/zh-hans/regions/420000/');
    expect(listingPageHref('/zh-hans/regions/420000/', 'oldest', 2)).toBe('/zh-hans/regions/420000/oldest/page/2/');
    expect(listingPageHref(yearHref('hant', 'undated'), 'newest', 3)).toBe('/zh-hant/years/undated/page/3/');
  });

  it('show a window of page numbers with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 'gap', 5]);
    expect(pageWindow(10, 50)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 50]);
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('listing sections', () => {
  it('key reports by year, or by month within a year', () => {
    expect(sectionKey({ date: '2024-03-04', year: 2024 }, 'year')).toBe('2024');
    expect(sectionKey({ date: '2024-03-04', year: 2024 }, 'month')).toBe('2024-03');
    expect(sectionKey({ year: 2024 }, 'month')).toBe('2024');
    expect(sectionKey({ date: '2023-12' }, 'year')).toBe('2023');
    expect(sectionKey({}, 'year')).toBe('undated');
  });

  it('group consecutive runs', () => {
    expect(sectionRuns([1, 1, 2, 2, 2, 1], String)).toEqual([
      { key: '1', items: [1, 1] },
      { key: '2', items: [2, 2, 2] },
      { key: '1', items: [1] },
    ]);
  });

  it('know the page each section starts on, and link there', () => {
    const keys = ['2024', '2024', '2024', '2023', '2023', 'undated'];
    const starts = sectionStarts(keys, (key) => key, 2);
    expect(starts).toEqual([
      { key: '2024', count: 3, page: 1 },
      { key: '2023', count: 2, page: 2 },
      { key: 'undated', count: 1, page: 3 },
    ]);
    expect(sectionHref('/zh-hans/years/', starts, '2023')).toBe(`/zh-hans/years/page/2/#${sectionAnchor('2023')}`);
    expect(sectionHref('/zh-hans/years/', starts, '2024', 'oldest')).toBe('/zh-hans/years/oldest/#s-2024');
    expect(sectionHref('/zh-hans/years/', starts, '2019')).toBeUndefined();
  });

  it('label sections in the page script', () => {
    expect(sectionLabel('2024', 'year', 'hans')).toBe('2024年');
    expect(sectionLabel('2024-03', 'month', 'hant')).toBe('2024年3月');
    expect(sectionLabel('2024', 'month', 'hans')).toBe('2024年（月份不详）');
    expect(sectionLabel('undated', 'year', 'hant')).toBe('年份不詳');
  });
});
