import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scopeWordWeights } from '../../../../src/lib/regions/resolve/scope.ts';

/** The scope words as they were searched before: one pattern per kind and level character group. */
const RANKING = '(?!第|前|首|唯|排|领先|率先|最|平均|同类|范围|之最)';
const BODY_BEFORE = '(?:^|(?<=[^\\p{Script=Han}]|[在由及和与向]))';
const BODY_AFTER = '(?:委|政府|人民政府|卫生|卫健|人大|政协|纪委)';
function referencePatterns(characters: string): [RegExp, number][] {
  const c = `[${characters}]`;
  return [
    [new RegExp(`代表${c}人民政府`, 'g'), 10],
    [new RegExp(`(?:我|本)${c}`, 'g'), 3],
    [new RegExp(`全${c}${RANKING}`, 'g'), 1],
    [new RegExp(`${BODY_BEFORE}${c}${BODY_AFTER}`, 'gmu'), 1],
  ];
}

/** Weighted count per level character, one search per kind and character. */
function referenceWeights(text: string): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const character of '省市州盟县旗区') {
    const weight = referencePatterns(character).reduce((sum, [pattern, w]) => sum + w * (text.match(pattern)?.length ?? 0), 0);
    if (weight > 0) weights[character] = weight;
  }
  return weights;
}

const TRAPS = [
  '代表省人民政府',
  '代表我市人民政府',
  '我省市委',
  '全市第一，全市委',
  '在县委县政府领导下',
  '县委\n县政府\r区委\u2028州委',
  '𠀀县委，a县委，１市委',
  '全省市县区政府',
  '本区政府与自治区党委',
  '由区卫健委和旗政府',
  '代表州人民政府全州',
  '全区范围内，全盟之最，本盟盟委',
  '代表代表县人民政府全全市我我省',
];

describe('scopeWordWeights', () => {
  it('weighs the scope words of each level as one search per kind and level did', () => {
    for (const text of TRAPS) expect(Object.fromEntries(scopeWordWeights(text)), text).toEqual(referenceWeights(text));
  });

  it('does so on every report of the corpora', () => {
    const dir = new URL('../../../../../shared/corpus/govreports-2024/txt/', import.meta.url);
    const texts = readdirSync(dir).map((name) => readFileSync(new URL(name, dir), 'utf8'));
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(Object.fromEntries(scopeWordWeights(text))).toEqual(referenceWeights(text));
  });
});
