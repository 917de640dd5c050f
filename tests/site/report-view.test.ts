import { describe, expect, it } from 'vitest';
import { reportSchema, type ReportFrontmatterInput } from '../../src/lib/report-schema.ts';
import { isoDate, formatDate } from '../../src/utils/format-date.ts';
import { newestFirst } from '../../src/utils/report-order.ts';
import { createReportRoute, notesByAnchor } from '../../src/utils/report-route.ts';
import { reportView } from '../../src/utils/report-view.ts';

const source = { file: 'x.txt', sha256: '0123456789abcdef', script: 'hans' as const, encoding: 'UTF-8' };

function frontmatter(input: Partial<ReportFrontmatterInput>) {
  return reportSchema.parse({ script: 'hans', encoding: 'UTF-8', sources: [source], ...input });
}

describe('reportView', () => {
  const data = frontmatter({
    date: '2024-03-04',
    region: { province: '湖北省', city: '十堰市', county: '竹溪县', code: '420324' },
    institution: '竹溪县卫生健康局',
    genre: '会议报道',
    meetingTypes: ['年度工作会议'],
    authors: ['吴明'],
  });

  it('links every metadata value in the page script', () => {
    const view = reportView('zhuxi', data, 'hant');
    expect(view.href).toBe('/zh-hant/reports/zhuxi/');
    expect(view.region).toEqual([
      { label: '湖北省', href: '/zh-hant/regions/420000/' },
      { label: '十堰市', href: '/zh-hant/regions/420300/' },
      { label: '竹溪縣', href: '/zh-hant/regions/420324/' },
    ]);
    expect(view.institution).toEqual({
      label: '竹溪縣衛生健康局',
      href: `/zh-hant/institutions/${encodeURIComponent('竹溪县卫生健康局')}/`,
    });
    expect(view.genre).toEqual({ label: '會議報道', href: '/zh-hant/genres/news/' });
    expect(view.meetingTypes).toEqual([{ label: '年度工作會議', href: '/zh-hant/meetings/annual/' }]);
    expect(view.authors).toEqual(['吳明']);
    expect(view.date).toEqual({ iso: '2024-03-04', text: '2024年3月4日' });
    expect(view.year).toBe(2024);
  });

  it('derives a marked description for an untitled report', () => {
    expect(reportView('zhuxi', data, 'hans').title).toEqual({
      text: '（无题）竹溪县卫生健康局 · 会议报道 · 2024',
      derived: true,
    });
    const bare = reportView('x', frontmatter({ region: { province: '广东省' } }), 'hant');
    expect(bare.title.text).toBe('（無題）廣東省');
    expect(bare.region).toEqual([{ label: '廣東省' }]);
  });

  it('shows a Traditional title in Traditional from the original, converted for Simplified', () => {
    const hant = frontmatter({ title: '竹溪縣召開衛生健康工作會議', script: 'hant' });
    expect(reportView('x', hant, 'hant').title.text).toBe('竹溪縣召開衛生健康工作會議');
    expect(reportView('x', hant, 'hans').title.text).toBe('竹溪县召开卫生健康工作会议');
  });
});

describe('report route', () => {
  it('groups and localizes paragraph notes', () => {
    const notes = notesByAnchor(
      [
        { rule: 'a', kind: 'repaired', note: '修复乱码', at: ['p-1', 'p-2'] },
        { rule: 'b', kind: 'doubtful', note: '字符丢失', at: ['p-2'] },
        { rule: 'c', kind: 'removed', note: '删除拼音', at: [] },
      ],
      'hant',
    );
    expect(notes.get('p-1')).toEqual([{ kind: 'repaired', note: '修復亂碼' }]);
    expect(notes.get('p-2')?.map((n) => n.kind)).toEqual(['repaired', 'doubtful']);
    expect(notes.size).toBe(2);
  });

  it('shows the original untouched and converts the twin once', () => {
    const hant = frontmatter({ script: 'hant', speakers: ['范海峰'] });
    expect(createReportRoute(hant, '著力', 'hant').convert('著力推進')).toBe('著力推進');
    expect(createReportRoute(hant, '著力', 'hans').convert('著力推進')).toBe('着力推进');
    const hans = frontmatter({ speakers: ['范海峰'] });
    expect(createReportRoute(hans, '', 'hant').convert('范海峰讲话')).toBe('范海峰講話');
  });
});

describe('dates and order', () => {
  it('formats dates the Chinese way', () => {
    expect(formatDate('2024-02-20')).toBe('2024年2月20日');
    expect(formatDate('2024-02')).toBe('2024年2月');
    expect(isoDate(new Date(2025, 0, 5))).toBe('2025-01-05');
  });

  it('sorts newest first, undated last', () => {
    const reports = [{ year: 2023 }, {}, { date: '2024-02-01' }, { date: '2024-03', year: 2024 }, { year: 2024 }];
    expect(reports.toSorted(newestFirst)).toEqual([
      { date: '2024-03', year: 2024 },
      { date: '2024-02-01' },
      { year: 2024 },
      { year: 2023 },
      {},
    ]);
  });
});
