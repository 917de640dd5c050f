import { describe, expect, it } from 'vitest';
import { narrowAlphanumerics } from '../../../../src/ingest/clean/text/half-width-alphanumerics.ts';
import { runRules } from './corpus.ts';

describe('half-width alphanumerics', () => {
  it('makes full-width digits and letters ASCII, with the marks inside numbers and dates', () => {
    expect(narrowAlphanumerics('２０２４年３月１日，全市新建５Ｇ基站５００个，ＣＴ检查１．５万人次。')).toEqual({
      text: '2024年3月1日，全市新建5G基站500个，CT检查1.5万人次。',
      narrowed: 16,
    });
    expect(narrowAlphanumerics('发布时间：２０２４－０３－０１　２０２４／３／１').text).toBe('发布时间：2024-03-01　2024/3/1');
  });

  it('leaves full-width marks that are not inside a number: a heading number’s dot, a percent sign, a dash between words', () => {
    expect(narrowAlphanumerics('１．加强基层建设').text).toBe('1．加强基层建设');
    expect(narrowAlphanumerics('增长６．６％，高于全国－全省').text).toBe('增长6.6％，高于全国－全省');
    // Between ASCII digits too, as some reports set their decimal points and fractions.
    expect(narrowAlphanumerics('增长6．6％，覆盖2／3以上，2023－2025年')).toEqual({ text: '增长6.6％，覆盖2/3以上，2023-2025年', narrowed: 3 });
    expect(narrowAlphanumerics('一．总体要求').text).toBe('一．总体要求');
    expect(narrowAlphanumerics('全市卫生健康工作会议召开。')).toEqual({ text: '全市卫生健康工作会议召开。', narrowed: 0 });
  });

  it('notes the repair once for the file', () => {
    const draft = runRules('２０２４年工作总结\n\n一是完成投资１２００万元。');
    expect(draft.lines).toEqual(['2024年工作总结', '', '一是完成投资1200万元。']);
    expect(draft.messages.filter((m) => m.rule === 'half-width-alphanumerics')).toEqual([{ rule: 'half-width-alphanumerics', kind: 'repaired', note: '全角数字、字母改为半角 8 个' }]);
  });
});
