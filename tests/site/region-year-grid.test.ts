import { describe, expect, it } from 'vitest';
import { reportSchema, type ReportFrontmatterInput } from '../../src/lib/report-schema.ts';
import { childrenOf, provinces } from '../../src/lib/regions/gazetteer.ts';
import { buildCatalog } from '../../src/utils/catalog.ts';
import { regionGridView } from '../../src/utils/region-grid-view.ts';
import { gridUnits, regionYearGrid, yearCounts, yearSpan } from '../../src/utils/region-year-grid.ts';

const source = { file: 'x.txt', sha256: '0123456789abcdef', script: 'hans' as const, encoding: 'UTF-8' };
const entry = (id: string, input: Partial<ReportFrontmatterInput>) => ({
  id,
  data: reportSchema.parse({ script: 'hans', encoding: 'UTF-8', sources: [source], ...input }),
});

const ZHUXI = { province: '湖北省', city: '十堰市', county: '竹溪县', code: '420324' };
const XIANTAO = { province: '湖北省', county: '仙桃市', code: '429004' };

describe('yearSpan and yearCounts', () => {
  it('span every year from the first to the last, gaps included', () => {
    expect(yearSpan([2024, 2019, 2021])).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(yearSpan([])).toEqual([]);
  });

  it('count reports per year, leaving out those without one', () => {
    expect([...yearCounts([{ data: { year: 2024 } }, { data: { date: '2024-02' } }, { data: {} }, { data: { year: 2020 } }])]).toEqual([
      [2024, 2],
      [2020, 1],
    ]);
  });
});

describe('regionYearGrid', () => {
  it('has a row for every listed region and a cell for every year, with or without reports', () => {
    const units = gridUnits(
      [
        { code: '420000', name: '湖北省' },
        { code: '110000', name: '北京市' },
      ],
      [{ code: '990000', name: '旧省' }],
    );
    expect(units.map((u) => u.code)).toEqual(['110000', '420000', '990000']);
    const reports: Record<string, Array<{ data: { year?: number } }>> = { '420000': [{ data: { year: 2022 } }, { data: { year: 2024 } }, { data: {} }] };
    const grid = regionYearGrid(units, [2022, 2023, 2024], (code) => reports[code] ?? []);
    expect(grid.rows).toEqual([
      { code: '110000', name: '北京市', counts: [0, 0, 0], total: 0 },
      { code: '420000', name: '湖北省', counts: [1, 0, 1], total: 3 },
      { code: '990000', name: '旧省', counts: [0, 0, 0], total: 0 },
    ]);
  });
});

describe('regionGridView', () => {
  const catalog = buildCatalog([
    entry('a', { date: '2024-03-04', region: ZHUXI }),
    entry('b', { year: 2022, region: ZHUXI }),
    entry('c', { date: '2024-12-30', region: XIANTAO }),
  ]);

  it('covers all 31 provinces, linking filled cells to the year in the province listing', () => {
    const view = regionGridView(catalog, gridUnits(provinces(), []), [2022, 2023, 2024], 'hant');
    expect(view.rows).toHaveLength(31);
    const hubei = view.rows.find((row) => row.name === '湖北省')!;
    expect(hubei.href).toBe('/zh-hant/regions/420000/');
    expect(hubei.cells.map((cell) => [cell.count, cell.href])).toEqual([
      [1, '/zh-hant/regions/420000/#s-2022'],
      [0, undefined],
      [2, '/zh-hant/regions/420000/#s-2024'],
    ]);
    expect(hubei.cells[0]!.label).toBe('湖北省2022年：1 篇');
    const beijing = view.rows.find((row) => row.name === '北京市')!;
    expect(beijing.href).toBeUndefined();
    expect(beijing.total).toBe(0);
  });

  it('lists a province’s sub-regions from the gazetteer, those without reports unlinked', () => {
    const rows = regionGridView(catalog, gridUnits(childrenOf('420000'), []), [2024], 'hans').rows;
    expect(rows.length).toBeGreaterThan(12);
    expect(rows.filter((row) => row.href).map((row) => row.name)).toEqual(['十堰市', '仙桃市']);
    expect(rows.find((row) => row.name === '仙桃市')?.cells[0]?.href).toBe('/zh-hans/regions/429004/#s-2024');
  });
});
