import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectScript, toSimplified, toTraditional } from '../../src/lib/script.ts';

interface OpenCcCase { id: string; mode: 's2tw' | 's2t' | 't2s' | 'tw2s'; input: string; expected: string }
const cases: OpenCcCase[] = readFileSync(new URL('../../../shared/conversion/opencc-cases.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));

describe('OpenCC test cases', () => {
  it('has the cases to check against', () => {
    expect(cases.filter((c) => c.mode === 's2tw').length).toBeGreaterThan(50);
    expect(cases.filter((c) => c.mode === 'tw2s').length).toBeGreaterThan(20);
  });

  it.each(cases.filter((c) => c.mode === 's2tw'))('s2tw $id keeps what opencc-js gets right', ({ input, expected }) => {
    expect(toTraditional(input)).toBe(expected);
  });

  it.each(cases.filter((c) => c.mode === 'tw2s'))('tw2s $id', ({ input, expected }) => {
    expect(toSimplified(input, 'tw')).toBe(expected);
  });

  // opencc-js itself fails 3 of the t2s cases (rare characters); we must not lose any other.
  it('t2s: at least the 52 cases opencc-js passes', () => {
    const passed = cases.filter((c) => c.mode === 't2s' && toSimplified(c.input, 't') === c.expected);
    expect(passed.length).toBeGreaterThanOrEqual(52);
  });
});

describe('toTraditional corrections for official text', () => {
  it.each([
    ['范先生', '范先生'],
    ['范长江', '范長江'],
    ['余秋雨', '余秋雨'],
    ['折合人民币', '折合人民幣'],
    ['子丑寅卯', '子丑寅卯'],
    ['余书记强调', '余書記強調'],
    ['范县卫生健康局', '范縣衛生健康局'],
  ])('%s → %s', (input, expected) => {
    expect(toTraditional(input)).toBe(expected);
  });

  it('keeps 範 and 餘 where they are right', () => {
    expect(toTraditional('规范示范范围，其余240余人')).toBe('規範示範範圍，其餘240餘人');
  });

  it('keeps known personal names with their surname character', () => {
    expect(toTraditional('党委书记余海峰讲话', ['余海峰'])).toBe('黨委書記余海峰講話');
  });

  it('uses Taiwan forms, not the vocabulary converter', () => {
    expect(toTraditional('信息化项目着力推进')).toBe('信息化項目著力推進');
  });
});

describe('toSimplified', () => {
  it('reads Taiwan forms (著 as a particle) and OpenCC standard forms', () => {
    expect(toSimplified('為群眾著力推進衛生健康工作')).toBe('为群众着力推进卫生健康工作');
    expect(toSimplified('羣衆裏爲着')).toBe('群众里为着');
  });
});

describe('detectScript', () => {
  it('tells Simplified from Traditional', () => {
    expect(detectScript('全市卫生健康工作会议召开')).toBe('hans');
    expect(detectScript('全市衛生健康工作會議召開')).toBe('hant');
  });

  it('follows the majority in mixed text', () => {
    expect(detectScript('會議指出，過去一年衛生健康系統認真落實 卫生')).toBe('hant');
  });
});
