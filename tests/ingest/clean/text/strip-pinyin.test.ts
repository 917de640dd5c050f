import { describe, expect, it } from 'vitest';
import { repairMojibakeRule } from '../../../../src/ingest/clean/text/repair-mojibake.ts';
import { stripCutPinyinRule, stripPinyin, stripPinyinRule } from '../../../../src/ingest/clean/text/strip-pinyin.ts';
import { cleanCorpus, corpusText, runRules } from './corpus.ts';

/** Parentheses holding one lower-case syllable with a tone mark, anywhere. */
const TONED_ANNOTATION = /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/gu;

describe('stripPinyin', () => {
  it('removes tone-marked annotations after Han characters', () => {
    expect(stripPinyin('衛(wèi)生健康局黨委')).toEqual({ text: '衛生健康局黨委', count: 1 });
    expect(stripPinyin('高質(zhì)量發(fā)展,總結(jié)經驗').text).toBe('高質量發展,總結經驗');
    expect(stripPinyin('學(xué)習(xí)').text).toBe('學習');
    expect(stripPinyin('綠（lǜ）色').text).toBe('綠色');
  });

  it.each(['(兼)', '(2024)', '(PICU病房)', '(一)', '(记者 潘世新)', '(2)', '(his)', '(CT)', '(Běijīng)'])('keeps ordinary parentheses: 主任%s', (parentheses) => {
    expect(stripPinyin(`主任${parentheses}`).text).toBe(`主任${parentheses}`);
  });

  it('keeps a tone-marked syllable that does not follow a Han character', () => {
    expect(stripPinyin('Pinyin (mā) has four tones').text).toBe('Pinyin (mā) has four tones');
  });

  it('takes toneless annotations only when asked and when the character reads so', () => {
    expect(stripPinyin('我們(men)的(de)').text).toBe('我們(men)的(de)');
    expect(stripPinyin('我們(men)的(de)', { toneless: true })).toEqual({ text: '我們的', count: 2 });
    expect(stripPinyin('醫院(his)系統', { toneless: true }).text).toBe('醫院(his)系統');
    expect(stripPinyin('科室(an)', { toneless: true }).text).toBe('科室(an)');
  });
});

describe('stripPinyinRule', () => {
  it('strips toneless annotations only from a text that carries toned ones', () => {
    expect(runRules('他們(men)來了', [stripPinyinRule]).lines).toEqual(['他們(men)來了']);
    const draft = runRules('衛(wèi)生、發(fā)展、結(jié)果\n他們(men)來了', [stripPinyinRule]);
    expect(draft.lines).toEqual(['衛生、發展、結果', '他們來了']);
    expect(draft.messages).toEqual([{ rule: 'strip-pinyin', kind: 'removed', note: '删除拼音注音 4 处' }]);
  });

  it('removes an annotation a line break cut in two, each half from its line, across a page break too', () => {
    const draft = runRules('宿遷市鐘吾醫(\nyī)院、宿遷市康復醫(yī)院2025年新春年會\n圓滿舉辦。院長楊瓊、醫\n(yī)院領(lǐ\n\nng)導班子出席活動。', [stripPinyinRule, stripCutPinyinRule]);
    expect(draft.lines).toEqual(['宿遷市鐘吾醫', '院、宿遷市康復醫院2025年新春年會', '圓滿舉辦。院長楊瓊、醫', '院領', '', '導班子出席活動。']);
    expect(draft.messages).toEqual([
      { rule: 'strip-pinyin', kind: 'removed', note: '删除拼音注音 1 处' },
      { rule: 'strip-pinyin', kind: 'removed', note: '删除断行处的拼音注音 3 处' },
    ]);
    // Not an annotation: ordinary brackets across a break, or a bracket on both halves; none in a text without annotations.
    const kept = '項目總投資(\n2024)年、醫(yī)院\n(CT)室、醫(\n(yī)';
    expect(runRules(kept, [stripPinyinRule, stripCutPinyinRule]).lines).toEqual(['項目總投資(', '2024)年、醫院', '(CT)室、醫(', '(yī)']);
    expect(runRules('醫(\nyī)院', [stripPinyinRule, stripCutPinyinRule]).lines).toEqual(['醫(', 'yī)院']);
  });

  it.each([
    // Seed 001 has 260 well-formed annotations, and the mojibake repair gives back 強(qiáng) and 識(shí).
    ['seeds/001', 262],
    // Seed 002 has 238, and the repair gives back 擔(dān) and 項(xiàng).
    ['seeds/002', 240],
    ['pages/024.txt', 52],
    ['pages/072.txt', 26],
  ])('%s: removes all %i annotations after the mojibake repair', (name, count) => {
    const draft = runRules(corpusText(name), [repairMojibakeRule, stripPinyinRule]);
    expect(draft.messages.find((m) => m.rule === 'strip-pinyin')?.note).toBe(`删除拼音注音 ${count} 处`);
    expect(draft.lines.join('\n')).not.toMatch(TONED_ANNOTATION);
  });

  it('counts the well-formed annotations of the raw seeds as the rule does', () => {
    expect(corpusText('seeds/001').match(TONED_ANNOTATION)).toHaveLength(260);
    expect(corpusText('seeds/002').match(TONED_ANNOTATION)).toHaveLength(238);
  });

  it('changes nothing in the clean corpora', () => {
    for (const [file, text] of cleanCorpus()) {
      const draft = runRules(text, [stripPinyinRule]);
      expect(draft.lines.join('\n'), file).toBe(text);
      expect(draft.messages, file).toEqual([]);
    }
  });
});
