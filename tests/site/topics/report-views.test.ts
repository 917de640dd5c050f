import { describe, expect, it } from 'vitest';
import { reportSchema, type ReportFrontmatterInput } from '../../../src/lib/report-schema.ts';
import { analyseCorpus } from '../../../src/utils/topics/corpus-analysis.ts';
import { subjectReportItems } from '../../../src/utils/topics/report-views.ts';

const source = { file: 'x.txt', sha256: '0123456789abcdef', script: 'hans' as const, encoding: 'UTF-8' };
const entry = (id: string, input: Partial<ReportFrontmatterInput>, body: string) => ({
  id,
  data: reportSchema.parse({ script: 'hans', encoding: 'UTF-8', sources: [source], ...input }),
  body,
});

describe('subjectReportItems', () => {
  const analysis = analyseCorpus(
    [
      entry('a1', { title: '关于<5%与"两个维护"的报告', year: 2024, region: { province: '浙江省', city: '杭州市', code: '330100' } }, '<P id="p-a">\n  正文\n</P>'),
      entry('b2', { genre: '讲话', date: '2019-05' }, '<P id="p-b">\n  正文\n</P>'),
    ],
    [],
  );

  it('lists each report as its link to the given paragraph, then year and region, escaped as a template would', () => {
    expect(subjectReportItems(analysis, [0, 1], (report) => (report === 0 ? 'p-a' : 'p-b'), 'hant')).toBe(
      '<li><a href="/zh-hant/reports/a1/#p-a">關於&lt;5%與&quot;兩個維護&quot;的報告</a><span>2024 · 浙江省杭州市</span></li>' +
        '<li><a href="/zh-hant/reports/b2/#p-b">（無題）講話 · 2019</a><span>2019</span></li>',
    );
  });

  it('writes the same items again from its cache, in the order asked', () => {
    const items = (anchor: string) => subjectReportItems(analysis, [1, 0], () => anchor, 'hans');
    expect(items('p-x')).toBe(items('p-x'));
    expect(items('p-y')).toMatch(/^<li><a href="\/zh-hans\/reports\/b2\/#p-y">.*<li><a href="\/zh-hans\/reports\/a1\/#p-y">/);
  });
});
