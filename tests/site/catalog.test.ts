import { describe, expect, it } from 'vitest';
import { reportSchema, type ReportFrontmatterInput } from '../../src/lib/report-schema.ts';
import { archiveCounts, buildCatalog, type CatalogEntry } from '../../src/utils/catalog.ts';
import { groupReports } from '../../src/utils/group-reports.ts';
import { hasInstitutionPage } from '../../src/utils/hrefs.ts';
import { institutionIndex, institutionSection } from '../../src/utils/institution-index.ts';
import { regionCodes, regionTrail, regionTree } from '../../src/utils/region-tree.ts';
import { reportYear } from '../../src/utils/report-year.ts';

const source = { file: 'x.txt', sha256: '0123456789abcdef', script: 'hans' as const, encoding: 'UTF-8' };

function entry(id: string, input: Partial<ReportFrontmatterInput>): CatalogEntry {
  return { id, data: reportSchema.parse({ script: 'hans', encoding: 'UTF-8', sources: [source], ...input }) };
}

const ZHUXI = { province: '湖北省', city: '十堰市', county: '竹溪县', code: '420324' };
const SHIYAN = { province: '湖北省', city: '十堰市', code: '420300' };
const XIANTAO = { province: '湖北省', county: '仙桃市', code: '429004' };
const CHAOYANG = { province: '北京市', county: '朝阳区', code: '110105' };

const entries = [
  entry('a', { date: '2024-03-04', region: ZHUXI, institution: '竹溪县卫生健康局', genre: '会议报道', meetingTypes: ['年度工作会议'] }),
  entry('b', { year: 2023, region: ZHUXI, institution: '竹溪县卫生健康局', genre: '讲话', meetingTypes: ['年度工作会议', '党建工作会议'] }),
  entry('c', { year: 2019, region: SHIYAN, institution: '十堰市卫生健康委员会', genre: '讲话' }),
  entry('d', { date: '2024-12-30', region: XIANTAO, institution: '仙桃市卫生健康局', genre: '工作总结' }),
  entry('e', { date: '2024-05-10', region: CHAOYANG, institution: '北京市朝阳区卫生健康委员会' }),
  entry('f', { region: { province: '广东省' } }),
  entry('g', { institution: 'A/B 联合体' }),
];

describe('reportYear', () => {
  it('takes the year, else the date’s', () => {
    expect([reportYear({ year: 2023, date: '2024-01-01' }), reportYear({ date: '2022-05' }), reportYear({})]).toEqual([2023, 2022, undefined]);
  });
});

describe('groupReports', () => {
  it('puts a report under each of its keys once, keeping order', () => {
    const groups = groupReports(['x1', 'y', 'x2'], (s) => (s.startsWith('x') ? ['x', 'x', 'all'] : ['all']));
    expect([...groups]).toEqual([
      ['x', ['x1', 'x2']],
      ['all', ['x1', 'y', 'x2']],
    ]);
  });
});

describe('region tree', () => {
  const tree = regionTree(entries);

  it('counts reports at every coded level, each region under the parent its reports name', () => {
    expect(regionCodes(ZHUXI)).toEqual(['420000', '420300', '420324']);
    expect(tree.get('420000')).toEqual({ code: '420000', name: '湖北省', level: 'province', count: 4, children: ['420300', '429004'] });
    expect(tree.get('420300')).toMatchObject({ parent: '420000', count: 3, children: ['420324'] });
    expect(tree.get('429004')).toMatchObject({ level: 'county', parent: '420000', count: 1 });
    expect(tree.get('110105')).toMatchObject({ parent: '110000', count: 1 });
  });

  it('places a region where the gazetteer does, also when a report skips a level', () => {
    const skipping = regionTree([{ data: { region: { province: '湖北省', county: '竹溪县', code: '420324' } } }]);
    expect(regionCodes({ province: '湖北省', county: '竹溪县', code: '420324' })).toEqual(['420000', '420300', '420324']);
    expect(skipping.get('420300')).toMatchObject({ name: '十堰市', level: 'city', parent: '420000', children: ['420324'], count: 1 });
    // A code the gazetteer lacks keeps the chain the report names.
    expect(regionCodes({ province: '某省', city: '某市', code: '990100' })).toEqual(['990000', '990100']);
  });

  it('leaves out regions without a code', () => {
    expect([...tree.keys()].sort()).toEqual(['110000', '110105', '420000', '420300', '420324', '429004']);
  });

  it('gives the trail from the province down', () => {
    expect(regionTrail(tree, '420324').map((node) => node.name)).toEqual(['湖北省', '十堰市', '竹溪县']);
    expect(regionTrail(tree, '999999')).toEqual([]);
  });
});

describe('catalog', () => {
  const catalog = buildCatalog(entries);

  it('lists every group newest first', () => {
    expect(catalog.reports.map((r) => r.id)).toEqual(['d', 'e', 'a', 'b', 'c', 'f', 'g']);
    expect(catalog.byRegion.get('420000')?.map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(catalog.byRegion.get('420324')?.map((r) => r.id)).toEqual(['a', 'b']);
    expect([...catalog.byYear.keys()]).toEqual(['2024', '2023', '2019', 'undated']);
    expect(catalog.byYear.get('undated')?.map((r) => r.id)).toEqual(['f', 'g']);
    expect(catalog.byMeetingType.get('年度工作会议')?.map((r) => r.id)).toEqual(['a', 'b']);
    expect(catalog.byGenre.get('其他')?.map((r) => r.id)).toEqual(['e', 'f', 'g']);
  });

  it('gives institutions a listing only when their name can be a page', () => {
    expect([...catalog.byInstitution.keys()]).toEqual(['仙桃市卫生健康局', '北京市朝阳区卫生健康委员会', '竹溪县卫生健康局', '十堰市卫生健康委员会']);
    expect(catalog.institutions.map((s) => s.name)).toEqual(['北京市朝阳区卫生健康委员会', '竹溪县卫生健康局', '十堰市卫生健康委员会', '仙桃市卫生健康局']);
    expect(hasInstitutionPage('A/B 联合体')).toBe(false);
    expect(hasInstitutionPage('卫'.repeat(67))).toBe(false);
    expect(hasInstitutionPage('竹溪县卫生健康局')).toBe(true);
  });

  it('counts reports, places, provinces, years and institutions', () => {
    expect(archiveCounts(catalog)).toEqual({
      reports: 7,
      regions: 4,
      provinces: 2,
      years: 3,
      firstYear: 2019,
      lastYear: 2024,
      institutions: 4,
    });
    expect(archiveCounts(buildCatalog([]))).toEqual({ reports: 0, regions: 0, provinces: 0, years: 0, institutions: 0 });
  });
});

describe('institution index', () => {
  it('files institutions under their main province, most reports first, then by pinyin', () => {
    const index = institutionIndex(
      new Map([
        ['长沙市卫生健康委员会', [entry('1', { region: { province: '湖南省', code: '430000' } })]],
        ['仙桃市卫生健康局', [entry('2', { region: XIANTAO })]],
        ['竹溪县卫生健康局', [entry('3', { region: ZHUXI }), entry('4', { region: ZHUXI }), entry('5', { region: CHAOYANG })]],
        ['白河县卫生健康局', [entry('6', { region: ZHUXI })]],
        ['某协会', [entry('7', {})]],
      ]),
    );
    expect(index.map((s) => [s.name, s.count, institutionSection(s)])).toEqual([
      ['竹溪县卫生健康局', 3, '420000'],
      ['白河县卫生健康局', 1, '420000'],
      ['仙桃市卫生健康局', 1, '420000'],
      ['长沙市卫生健康委员会', 1, '430000'],
      ['某协会', 1, 'none'],
    ]);
  });
});
