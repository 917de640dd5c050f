import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/utils/bar-chart.ts';
import type { CorpusReport } from '../../../src/utils/topics/corpus-text.ts';
import { firstReports, groupPassages, reportsPerProvince, reportsPerYear, subjectLayout } from '../../../src/utils/topics/passage-groups.ts';

const report = (id: string, year?: number, province?: string): CorpusReport => ({
  id,
  ...(year !== undefined ? { year } : {}),
  ...(province ? { province } : {}),
  blocks: [],
});

const reports = [report('a', 2023, '浙江省'), report('b', 2024, '浙江省'), report('c', 2024, '安徽省'), report('d'), report('e', 2024, '浙江省')];

describe('groupPassages', () => {
  it('groups by year (newest first, undated last), then province, then report, capping passages per report', () => {
    const passages = [0, 1, 1, 1, 2, 3, 4].map((r, i) => ({ report: r, block: i }));
    expect(groupPassages(passages, reports, 2)).toEqual([
      {
        year: 2024,
        regions: [
          { province: '安徽省', reports: [{ report: 2, blocks: [4], omitted: 0 }] },
          {
            province: '浙江省',
            reports: [
              { report: 1, blocks: [1, 2], omitted: 1 },
              { report: 4, blocks: [6], omitted: 0 },
            ],
          },
        ],
      },
      { year: 2023, regions: [{ province: '浙江省', reports: [{ report: 0, blocks: [0], omitted: 0 }] }] },
      { regions: [{ reports: [{ report: 3, blocks: [5], omitted: 0 }] }] },
    ]);
  });

  it('keeps the first passages of a report', () => {
    const passages = [{ report: 1, block: 2 }, { report: 1, block: 4 }, { report: 0, block: 3 }];
    const [year] = groupPassages(passages, reports, 1);
    expect(year!.regions[0]!.reports).toEqual([{ report: 1, blocks: [2], omitted: 1 }]);
  });
});

describe('firstReports', () => {
  it('keeps the first reports in page order only, with their groups', () => {
    const grouped = groupPassages([0, 1, 2, 3, 4].map((r) => ({ report: r, block: 0 })), reports, 1);
    const ids = (groups: ReturnType<typeof firstReports>) => groups.map((year) => [year.year, year.regions.flatMap((region) => region.reports.map((r) => r.report))]);
    expect(ids(firstReports(grouped, 2))).toEqual([[2024, [2, 1]]]);
    expect(ids(firstReports(grouped, 4))).toEqual([[2024, [2, 1, 4]], [2023, [0]]]);
    expect(firstReports(grouped, 10)).toEqual(grouped);
  });
});

describe('chart counts', () => {
  it('count each report once per year and per province', () => {
    const indices = [0, 1, 2, 3, 4];
    expect(reportsPerYear(indices, reports)).toEqual([
      { label: '2023', value: 1 },
      { label: '2024', value: 3 },
    ]);
    expect(reportsPerProvince(indices, reports)).toEqual([
      { label: '浙江省', value: 3 },
      { label: '安徽省', value: 1 },
    ]);
  });

  it('draw bars proportional to the counts, the largest the full span', () => {
    const chart = barChart([
      { label: '2023', value: 1 },
      { label: '2024', value: 4 },
    ]);
    const [small, large] = chart.rows;
    expect(large!.width).toBeGreaterThan(0);
    expect(small!.width * 4).toBeCloseTo(large!.width);
    expect(chart.barX + large!.width).toBeLessThanOrEqual(chart.width);
    expect(chart.height).toBe(2 * chart.rowHeight);
    expect(small!.y).toBe(0);
    expect(large!.y).toBe(chart.rowHeight);
  });
});

describe('subjectLayout', () => {
  it('lays out a subject as the separate functions do, once for the pages of both scripts', () => {
    const passages = [0, 1, 1, 2, 4].map((r, i) => ({ report: r, block: i }));
    const coverage = { passages, reports: [0, 1, 2, 4] };
    const limits = { reports: 2, perReport: 1 };
    const layout = subjectLayout(coverage, reports, limits);
    expect(layout).toEqual({
      years: reportsPerYear(coverage.reports, reports),
      provinces: reportsPerProvince(coverage.reports, reports),
      reports: groupPassages(passages, reports, limits.perReport),
      quoted: firstReports(groupPassages(passages, reports, limits.perReport), limits.reports),
    });
    expect(subjectLayout(coverage, reports, limits)).toBe(layout);
    expect(subjectLayout({ ...coverage }, reports, limits)).not.toBe(layout);
  });
});
