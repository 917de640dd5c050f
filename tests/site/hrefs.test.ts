import { describe, expect, it } from 'vitest';
import { GENRES, MEETING_TYPES } from '../../src/lib/report-schema.ts';
import {
  absoluteUrl,
  genreHref,
  institutionHref,
  meetingTypeHref,
  regionHref,
  reportHref,
  searchHref,
  twinPath,
  yearHref,
} from '../../src/utils/hrefs.ts';

describe('hrefs', () => {
  it('puts every page under its script, ending in a slash', () => {
    expect(reportHref('hans', 'abc')).toBe('/zh-hans/reports/abc/');
    expect(reportHref('hant', 'abc', 'p-1')).toBe('/zh-hant/reports/abc/#p-1');
    expect(regionHref('hant')).toBe('/zh-hant/regions/');
    expect(yearHref('hans', 2024)).toBe('/zh-hans/years/2024/');
    expect(yearHref('hans')).toBe('/zh-hans/years/');
    expect(searchHref('hant', '医共体 张网')).toBe('/zh-hant/search/?q=%E5%8C%BB%E5%85%B1%E4%BD%93%20%E5%BC%A0%E7%BD%91');
  });

  it('percent-encodes institution names and uses ASCII slugs for genres and meeting types', () => {
    expect(institutionHref('hans', '某县卫生健康局')).toBe(`/zh-hans/institutions/${encodeURIComponent('某县卫生健康局')}/`);
    const slugs = [...GENRES.map((g) => genreHref('hans', g)), ...MEETING_TYPES.map((m) => meetingTypeHref('hans', m))];
    for (const href of slugs) expect(href).toMatch(/^\/zh-hans\/(genres|meetings)\/[a-z-]+\/$/);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('swaps the script of a path for the twin page', () => {
    expect(twinPath('/zh-hans/reports/abc/')).toBe('/zh-hant/reports/abc/');
    expect(twinPath('/zh-hant/')).toBe('/zh-hans/');
    expect(twinPath('/zh-hant/regions/zh-hans/')).toBe('/zh-hans/regions/zh-hans/');
  });

  it('builds absolute URLs against the configured site', () => {
    expect(absoluteUrl('/zh-hans/', 'https://example.org')).toBe('https://example.org/zh-hans/');
    expect(() => absoluteUrl('/', undefined)).toThrow(/site/);
  });
});
