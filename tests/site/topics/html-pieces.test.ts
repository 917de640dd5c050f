/**
 * The pieces topic, formulation and report pages write as HTML strings
 * rather than components: the same markup a template would write, every
 * value escaped.
 */
import { describe, expect, it } from 'vitest';
import { reportSchema, type ReportFrontmatterInput } from '../../../src/lib/report-schema.ts';
import { barChartFigure } from '../../../src/utils/bar-chart.ts';
import { paraTools } from '../../../src/utils/para-tools.ts';
import { analyseCorpus } from '../../../src/utils/topics/corpus-analysis.ts';
import { groupPassages } from '../../../src/utils/topics/passage-groups.ts';
import { parallelAsides } from '../../../src/utils/topics/report-views.ts';
import { termMatchText } from '../../../src/utils/topics/subject-matches.ts';
import { subjectPassages } from '../../../src/utils/topics/subject-passages.ts';

const source = { file: 'x.txt', sha256: '0123456789abcdef', script: 'hans' as const, encoding: 'UTF-8' };
const entry = (id: string, input: Partial<ReportFrontmatterInput>, body: string) => ({
  id,
  data: reportSchema.parse({ script: 'hans', encoding: 'UTF-8', sources: [source], ...input }),
  body,
});
const SHARED = '全面推进紧密型县域医共体建设推动优质医疗资源下沉实现县乡村一体化管理';
const block = (id: string, text: string) => `<P id="${id}">\n  ${text}\n</P>`;

describe('barChartFigure', () => {
  it('draws one labelled row per count, the largest count the longest bar, the counts in the description', () => {
    const html = barChartFigure({ id: 'chart-years', title: '年度<分布>', description: '共 3 篇', counts: [{ label: '2023', value: 1 }, { label: '2024', value: 2 }] });
    expect(html).toContain('<figcaption id="chart-years-caption">年度&lt;分布&gt;</figcaption>');
    expect(html).toContain('<desc id="chart-years-desc">共 3 篇 2023 1；2024 2</desc>');
    const widths = [...html.matchAll(/<g><text [^>]*>(\d+)<\/text><rect [^>]*width="([\d.]+)"[^>]*\/><text [^>]*>(\d+)<\/text><\/g>/g)].map((m) => [m[1], m[3], Number(m[2])]);
    expect(widths.map(([label, value]) => `${label}:${value}`)).toEqual(['2023:1', '2024:2']);
    expect(widths[1]![2]).toBeCloseTo((widths[0]![2] as number) * 2);
  });
});

describe('paraTools', () => {
  it('links the paragraph and, for passages, adds the copy button; hrefs escaped', () => {
    expect(paraTools('p-1', 'hans')).toBe('<span class="ptools" data-pagefind-ignore><a class="pl" href="#p-1" aria-label="本段链接（点击复制）">¶</a></span>');
    expect(paraTools('p-1', 'hant', { copy: true, href: '/a/?x="1"&y' })).toMatch(/^<span class="ptools" data-pagefind-ignore><a class="pl" href="\/a\/\?x=&quot;1&quot;&amp;y" aria-label="[^"]+">¶<\/a><button type="button" class="pc" aria-label="[^"]+">[^<]+<\/button><\/span>$/);
  });
});

describe('parallelAsides and subjectPassages', () => {
  const analysis = analyseCorpus(
    [
      entry('a1', { title: '关于<b>医共体</b>的讲话', year: 2024, region: { province: '浙江省', code: '330000' } }, block('p-a', `今年以来${SHARED}取得成效`)),
      entry('b2', { title: '报告&总结', date: '2023-05', region: { province: '安徽省', code: '340000' } }, block('p-b', `去年${SHARED}成效明显`)),
    ],
    [],
  );

  it('links a paragraph that reappears to its other occurrence by year and region', () => {
    const asides = parallelAsides(analysis, 0, 'hans');
    expect([...asides.keys()]).toEqual(['p-a']);
    expect(asides.get('p-a')).toBe('<aside class="parallels">相同段落另见<ul><li><a href="/zh-hans/reports/b2/#p-b">2023 · 安徽省</a></li></ul></aside>');
  });

  it('quotes passages by year and province, text escaped, each with its source and a ¶ link to its paragraph', () => {
    const passages = [
      { report: 0, block: 0 },
      { report: 1, block: 0 },
    ];
    const html = subjectPassages(analysis, groupPassages(passages, analysis.reports, 1), [], 'hant', new URL('https://example.org'));
    expect(html.indexOf('<h3>2024</h3>')).toBeLessThan(html.indexOf('<h3>2023</h3>'));
    expect(html).toContain('<h4>浙江省</h4>');
    expect(html).toContain('<a href="/zh-hant/reports/a1/">關於&lt;b&gt;醫共體&lt;/b&gt;的講話</a>');
    expect(html).toContain('data-canonical="https://example.org/zh-hant/reports/a1/"');
    expect(html).toMatch(/<blockquote class="para passage" data-anchor="p-b">去年全面推進[^<]*<span class="ptools" data-pagefind-ignore><a class="pl" href="\/zh-hant\/reports\/b2\/#p-b"/);
  });

  it('marks every occurrence of the subject terms in the passage, in either script, whatever the punctuation inside', () => {
    const marked = analyseCorpus([entry('c3', { year: 2024 }, block('p-c', '推进医共体建设，县域医疗卫生共同体和“医、共体”都要抓'))], []);
    const groups = groupPassages([{ report: 0, block: 0 }], marked.reports, 1);
    const terms = ['医共体', '县域医疗卫生共同体'].map(termMatchText);
    const quote = (script: 'hans' | 'hant') => /<blockquote[^>]*>(.*?)<span class="ptools"/.exec(subjectPassages(marked, groups, terms, script, new URL('https://example.org')))![1];
    expect(quote('hans')).toBe('推进<mark>医共体</mark>建设，<mark>县域医疗卫生共同体</mark>和“<mark>医、共体</mark>”都要抓');
    expect(quote('hant')).toBe('推進<mark>醫共體</mark>建設，<mark>縣域醫療衛生共同體</mark>和“<mark>醫、共體</mark>”都要抓');
  });

  it('quotes, with an excerpt length, the sentence using the term, omissions marked, in either script', () => {
    const text = '一年来成绩显著。我们坚持“三重一大”集体决策，医院管理更加规范，群众满意度持续提升。明年继续努力。';
    const excerpted = analyseCorpus([entry('d4', { year: 2024 }, block('p-d', text))], []);
    const groups = groupPassages([{ report: 0, block: 0 }], excerpted.reports, 1);
    const quote = (script: 'hans' | 'hant', excerpt: number) =>
      /<blockquote[^>]*>(.*?)<span class="ptools"/.exec(subjectPassages(excerpted, groups, [termMatchText('三重一大')], script, new URL('https://example.org'), excerpt))![1];
    expect(quote('hans', 120)).toBe('……我们坚持“<mark>三重一大</mark>”集体决策，医院管理更加规范，群众满意度持续提升。……');
    expect(quote('hant', 120)).toBe('……我們堅持“<mark>三重一大</mark>”集體決策，醫院管理更加規範，群眾滿意度持續提升。……');
    expect(quote('hans', 14)).toBe('……我们坚持“<mark>三重一大</mark>”集体决策……');
  });
});
