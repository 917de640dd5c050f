import { describe, expect, it } from 'vitest';
import { reportSchema, type ReportFrontmatterInput } from '../../../src/lib/report-schema.ts';
import { analyseCorpus } from '../../../src/utils/topics/corpus-analysis.ts';
import { groupPassages } from '../../../src/utils/topics/passage-groups.ts';
import { subjectReportList } from '../../../src/utils/topics/report-views.ts';

const source = { file: 'x.txt', sha256: '0123456789abcdef', script: 'hans' as const, encoding: 'UTF-8' };
const entry = (id: string, input: Partial<ReportFrontmatterInput>, body: string) => ({
  id,
  data: reportSchema.parse({ script: 'hans', encoding: 'UTF-8', sources: [source], ...input }),
  body,
});

describe('subjectReportList', () => {
  const analysis = analyseCorpus(
    [
      entry('a1', { title: '关于<5%与"两个维护"的报告', year: 2024, region: { province: '浙江省', city: '杭州市', code: '330100' } }, '<P id="p-a">\n  正文\n</P>\n\n<P id="p-c">\n  又一段\n</P>'),
      entry('b2', { genre: '讲话', date: '2019-05' }, '<P id="p-b">\n  正文\n</P>'),
      entry('c3', { title: '无年份的报告', region: { province: '浙江省', code: '330000' } }, '<P id="p-d">\n  正文\n</P>'),
    ],
    [],
  );
  const years = groupPassages(
    [
      { report: 0, block: 1 },
      { report: 1, block: 0 },
      { report: 2, block: 0 },
    ],
    analysis.reports,
    1,
  );

  it('lists the reports by year, newest first and undated last, each heading with its count, each report linking to its first passage, then its region, escaped as a template would; three years or more open with a link to each', () => {
    expect(subjectReportList(analysis, years, 'hant')).toBe(
      '<nav class="listing-jump" aria-label="按年份跳轉"><ol>' +
        '<li><a href="#reports-2024">2024</a><span class="listing-jump-count">1</span></li>' +
        '<li><a href="#reports-2019">2019</a><span class="listing-jump-count">1</span></li>' +
        '<li><a href="#reports-undated">年份不詳</a><span class="listing-jump-count">1</span></li></ol></nav>' +
        '<h3 id="reports-2024">2024<span class="subject-report-count">1 篇報告</span></h3><ol class="subject-report-list">' +
        '<li><a href="/zh-hant/reports/a1/#p-c">關於&lt;5%與&quot;兩個維護&quot;的報告</a><span>浙江省杭州市</span></li></ol>' +
        '<h3 id="reports-2019">2019<span class="subject-report-count">1 篇報告</span></h3><ol class="subject-report-list">' +
        '<li><a href="/zh-hant/reports/b2/#p-b">（無題）講話 · 2019</a></li></ol>' +
        '<h3 id="reports-undated">年份不詳<span class="subject-report-count">1 篇報告</span></h3><ol class="subject-report-list">' +
        '<li><a href="/zh-hant/reports/c3/#p-d">無年份的報告</a><span>浙江省</span></li></ol>',
    );
    // Two years: no links.
    expect(subjectReportList(analysis, years.slice(0, 2), 'hans')).toMatch(/^<h3 id="reports-2024">/);
  });

  it("keeps each script's items apart (they are cached per report and script)", () => {
    expect(subjectReportList(analysis, years, 'hans')).toContain('<li><a href="/zh-hans/reports/a1/#p-c">关于&lt;5%与&quot;两个维护&quot;的报告</a><span>浙江省杭州市</span></li>');
  });
});
