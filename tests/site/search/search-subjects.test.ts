/** The subject links search shows: every topic name and term and every listed formulation, by its Simplified key, in the file its key's shard names. */
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../../src/lib/report-schema.ts';
import { SUBJECT_SHARDS, subjectShard } from '../../../src/utils/search/search-paths.ts';
import { subjectShards } from '../../../src/utils/search/search-subjects.ts';
import { analyseCorpus } from '../../../src/utils/topics/corpus-analysis.ts';
import { formulationSlug } from '../../../src/utils/topics/formulations.ts';
import { curatedFormulations } from '../topics/corpus-truth.ts';

const source = { file: 'x.txt', sha256: '0123456789abcdef', script: 'hans' as const, encoding: 'UTF-8' };
const report = (id: string, text: string) => ({
  id,
  data: reportSchema.parse({ script: 'hans', encoding: 'UTF-8', year: 2024, sources: [source] }),
  body: `<P id="p-${id}">\n  ${text}\n</P>`,
});
const topic = {
  id: 'county-medical-community',
  data: { name: '医共体建设', description: '…', group: 'reform' as const, terms: ['医共体', '「县域医共体」', '医共体'], related: [] },
};

describe('subjectShards', () => {
  const analysis = analyseCorpus(
    [report('a1', '推进医共体建设，落实“一岗双责”。'), report('b2', '压实“一岗双责”，推进分级诊疗。')],
    [topic],
    curatedFormulations('分级诊疗:\n  note: 基层首诊\n'),
  );

  it('keys topic terms and formulations by their Simplified match text, each in its shard, names in the page script', () => {
    const shards = subjectShards(analysis, 'hant');
    expect(shards).toHaveLength(SUBJECT_SHARDS);
    const at = (key: string) => shards[subjectShard(key)]![key];
    const community = { kind: 'topic', name: '醫共體建設', href: '/zh-hant/topics/county-medical-community/' };
    expect(at('医共体')).toEqual([community]);
    expect(at('县域医共体')).toEqual([community]);
    expect(at('医共体建设')).toEqual([community]);
    expect(at('一岗双责')).toEqual([{ kind: 'formulation', name: '一崗雙責', href: `/zh-hant/formulations/${formulationSlug('一岗双责')}/` }]);
    expect(at('分级诊疗')).toEqual([{ kind: 'formulation', name: '分級診療', href: `/zh-hant/formulations/${formulationSlug('分级诊疗')}/` }]);
    // Nothing else, nowhere else.
    const keys = shards.flatMap((shard, n) => Object.keys(shard).map((key) => [key, n] as const));
    expect(keys.map(([key]) => key).sort()).toEqual(['一岗双责', '分级诊疗', '医共体', '医共体建设', '县域医共体'].sort());
    for (const [key, n] of keys) expect(subjectShard(key)).toBe(n);
  });
});
