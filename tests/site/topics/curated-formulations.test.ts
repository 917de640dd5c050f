/**
 * Curated formulations: the file's format and schema, the shipped list, and
 * what the analysis does with them (added ones listed from one report,
 * hidden ones never; one formulation written twice is an error).
 */
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../../src/lib/report-schema.ts';
import { readNameMapping } from '../../../src/utils/name-mapping-loader.ts';
import { analyseCorpus } from '../../../src/utils/topics/corpus-analysis.ts';
import { curatedFormulationSchema, formulationCuration } from '../../../src/utils/topics/curated-formulations.ts';
import { FormulationTally } from '../../../src/utils/topics/formulations.ts';
import { curatedFormulations as curated } from './corpus-truth.ts';

const source = { file: 'x.txt', sha256: '0123456789abcdef', script: 'hans' as const, encoding: 'UTF-8' };
const report = (id: string, year: number, ...paragraphs: string[]) => ({
  id,
  data: reportSchema.parse({ script: 'hans', encoding: 'UTF-8', year, sources: [source] }),
  body: paragraphs.map((text, i) => `<P id="p-${id}${i}">\n  ${text}\n</P>`).join('\n\n'),
});

describe('the curation file', () => {
  it('maps names to fields; a name with no fields is an added formulation', () => {
    const entries = curated('分级诊疗:\n  note: 基层首诊、双向转诊\n一体:\n  hidden: true\n醫防融合:\n');
    expect(entries.map((entry) => [entry.id, entry.data])).toEqual([
      ['分级诊疗', { name: '分级诊疗', note: '基层首诊、双向转诊', hidden: false }],
      ['一体', { name: '一体', hidden: true }],
      ['醫防融合', { name: '醫防融合', hidden: false }],
    ]);
  });

  it('names the file and the problem: not a mapping, fields not a mapping, a name written twice', () => {
    expect(() => readNameMapping('- 分级诊疗\n', 'f.yml')).toThrow(/^f\.yml: the file maps names/);
    expect(() => readNameMapping('分级诊疗: 基层首诊\n', 'f.yml')).toThrow('f.yml: the fields of “分级诊疗” are a mapping');
    expect(() => readNameMapping('分级诊疗:\n分级诊疗:\n', 'f.yml')).toThrow(/duplicated mapping key[\s\S]*f\.yml|f\.yml[\s\S]*duplicated mapping key/);
    expect(readNameMapping('', 'f.yml')).toEqual([]);
  });

  it('rejects a one-character name, a hidden formulation with a note, and unknown types', () => {
    expect(curatedFormulationSchema.safeParse({ name: '“医”' }).success).toBe(false);
    expect(curatedFormulationSchema.safeParse({ name: '一体', hidden: true, note: '碎片' }).success).toBe(false);
    expect(curatedFormulationSchema.safeParse({ name: '一体', hidden: 'yes' }).success).toBe(false);
  });

  it('treats one formulation written twice (script, width, punctuation aside) as an error naming the file', () => {
    expect(() => formulationCuration(curated('两个维护:\n「兩個維護」:\n', 'c.yml'))).toThrow('c.yml: “两个维护” and “「兩個維護」” are one formulation (两个维护)');
  });

  it('ships a valid list whose added formulations are Simplified, noted, and none both added and hidden', () => {
    const { added, hidden } = formulationCuration(curated());
    expect(added.size).toBeGreaterThanOrEqual(5);
    expect(hidden.size).toBeGreaterThanOrEqual(1);
    for (const [key, { surface, note }] of added) {
      expect(note, surface).toBeTruthy();
      expect(key).toBe(surface);
    }
  });
});

describe('FormulationTally with a curation', () => {
  it('adds curated formulations whatever was extracted, in Simplified, and drops hidden ones', () => {
    const tally = new FormulationTally();
    tally.addReport(['落实“一岗双责”', '推动“高质量”发展']);
    tally.addReport(['压实“一岗双责”。', '实现“高质量”跨越']);
    expect(tally.formulations(2).map((f) => f.key)).toEqual(['一岗双责', '高质量']);
    const found = tally.formulations(2, formulationCuration(curated('高质量:\n  hidden: true\n分級診療:\n  note: 基层首诊\n')));
    expect(found).toEqual([
      { key: '一岗双责', slug: expect.any(String), surface: '一岗双责', extractedFrom: 2, curated: false },
      { key: '分级诊疗', slug: expect.any(String), surface: '分级诊疗', extractedFrom: 0, curated: true, note: '基层首诊' },
    ]);
  });
});

describe('the analysis with a curation', () => {
  const reports = [
    report('a1', 2023, '推进分级诊疗制度建设，落实“一岗双责”。'),
    report('b2', 2024, '压实“一岗双责”，深化医防融合。'),
    report('c3', 2024, '分级诊疗格局初步形成。'),
  ];

  it('lists an added formulation from one report on, covering every report containing it; hidden ones not at all', () => {
    const analysis = analyseCorpus(reports, [], curated('分级诊疗:\n医防融合:\n一岗双责:\n  hidden: true\n三医联动:\n'));
    const listed = new Map(analysis.formulations.map((coverage) => [coverage.formulation.key, coverage.reports.map((i) => analysis.reports[i]!.id)]));
    expect([...listed]).toEqual([
      ['分级诊疗', ['a1', 'c3']],
      ['医防融合', ['b2']],
    ]);
    // In no report: not listed, and named for the build's log.
    expect(analysis.unusedCurated).toEqual(['三医联动']);
  });

  it('lists without a curation only formulations extracted from two reports', () => {
    const analysis = analyseCorpus(reports, []);
    expect(analysis.formulations.map((coverage) => coverage.formulation.key)).toEqual(['一岗双责']);
    expect(analysis.unusedCurated).toEqual([]);
  });
});
