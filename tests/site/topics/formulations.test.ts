import { describe, expect, it } from 'vitest';
import { simplifiedTexts } from '../../../src/lib/match-text.ts';
import { formulationCandidates, FormulationTally, formulationSlug } from '../../../src/utils/topics/formulations.ts';

const keys = (text: string): string[] => formulationCandidates(simplifiedTexts([text])[0]!).map((c) => c.key);

describe('formulationCandidates', () => {
  it('takes quoted slogans in any quotation marks', () => {
    expect(keys('深入开展“优质服务基层行”活动，严格落实「一岗双责」和『三重一大』制度。')).toEqual(['优质服务基层行', '一岗双责', '三重一大']);
  });

  it('reads Traditional text and straight quotes as Simplified', () => {
    expect(keys('堅決做到「兩個維護」，落實"一崗雙責"。')).toEqual(['两个维护', '一岗双责']);
  });

  it('drops quoted speech, lone common words and open-ended quotes', () => {
    expect(keys('他说“我们要把工作做好，让群众满意”。')).toEqual([]);
    expect(keys('打造“健康”品牌，推进“互联网+”行动')).toEqual([]);
    expect(keys('整治“四风”问题，落实“双减”')).toEqual(['四风', '双减']);
  });

  it('takes numeral idioms, counted institutions and plus-formulas unquoted', () => {
    expect(keys('坚持三重一大集体决策，落实十八项核心制度和八项规定，推行1+1+X模式')).toEqual(['三重一大', '十八项核心制度', '八项规定', '11x']);
  });

  it('keeps no plus-formula whose key would match unrelated digits', () => {
    expect(keys('实施1+4工程和1+N体系')).toEqual([]);
  });

  it('takes no ordinary numeral phrase', () => {
    expect(keys('一年一度的会议上，一个一个地解决，第一项制度')).toEqual([]);
  });

  it('marks bare numeral idioms as not vouched for', () => {
    const [idiom] = formulationCandidates('千方百计保障供应');
    expect(idiom).toEqual({ surface: '千方百计', key: '千方百计', vouched: false });
  });
});

describe('FormulationTally', () => {
  it('keeps formulations used independently by enough reports, vouched for by quotes or form, most frequent form first', () => {
    const tally = new FormulationTally();
    tally.addReport(['落实“一岗双责”，千方百计', '坚持“三重一大”']);
    tally.addReport(['落实一岗双责。“一岗 双责”，千方百计', '坚持“三重一大”']);
    tally.addReport(['“孤例”提法']);
    const found = tally.formulations(2);
    // 三重一大 comes from one paragraph reposted verbatim: one use. 千方百计 is an idiom nobody quotes.
    expect(found.map((f) => f.key)).toEqual(['一岗双责']);
    expect(found[0]).toMatchObject({ surface: '一岗双责', extractedFrom: 2, slug: formulationSlug('一岗双责') });
  });

  it('gives stable ASCII slugs', () => {
    expect(formulationSlug('两个维护')).toMatch(/^[0-9a-f]{10}$/);
    expect(formulationSlug('两个维护')).toBe(formulationSlug('两个维护'));
    expect(formulationSlug('两个维护')).not.toBe(formulationSlug('两个确立'));
  });
});
