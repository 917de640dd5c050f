import { describe, expect, it } from 'vitest';
import { normalizePunctuation, normalizePunctuationRule } from '../../../../src/ingest/clean/text/normalize-punctuation.ts';
import { cleanCorpus, corpusText, runRules } from './corpus.ts';

const normalize = (line: string) => normalizePunctuation(line).text;

/** Text with every punctuation mark in one width, to compare texts up to punctuation. */
function asciiPunctuation(text: string): string {
  return text.replace(/[，；：！？（）。]/g, (mark) => ({ '，': ',', '；': ';', '：': ':', '！': '!', '？': '?', '（': '(', '）': ')', '。': '.' })[mark]!);
}

describe('normalizePunctuation', () => {
  it.each([
    ['2024年,全市卫生健康系统:坚持人民至上;开拓进取!', '2024年，全市卫生健康系统：坚持人民至上；开拓进取！'],
    ['怎么办?', '怎么办？'],
    ['床位,1200张', '床位，1200张'],
    ['截至2023,全市', '截至2023，全市'],
    ['展会100余场、增长52%,2023年', '展会100余场、增长52%，2023年'],
    ['共5人.其中2人', '共5人。其中2人'],
    ['会议圆满结束.', '会议圆满结束。'],
    ['工作”.下一步', '工作”。下一步'],
    ['增长24.8%.全市实际使用外资8.4亿元', '增长24.8%。全市实际使用外资8.4亿元'],
    ['焕发新魅力.G98环岛高速公路建成', '焕发新魅力。G98环岛高速公路建成'],
    ['倾力办好民生实事.(1)开展就业创业', '倾力办好民生实事。(1)开展就业创业'],
  ])('makes the marks of Chinese text full-width: %s', (line, normalized) => {
    expect(normalize(line)).toBe(normalized);
  });

  it.each([
    ['decimals', '增长3.5%'],
    ['thousands', '投入1,000万元'],
    ['dates', '2025.01.15'],
    ['times', '发布时间 12:19:35'],
    ['ratios', '比例为9.7:39.5:50.8'],
    ['a URL', '网址 https://www.example.com/a,b.html'],
    ['an e-mail address', '邮箱 office@example.gov.cn'],
    ['English', 'CT, MRI and PET. Done!'],
    ['a list marker', '1.深化公立医院改革'],
    ['a Chinese list marker', '一.总体情况'],
    ['a file name', '2025年工作总结及2026年工作计划.docx'],
    ['a full stop after a digit, which may number an item', '重点工作有三项：1.全面推进医共体建设'],
    ['an ellipsis', '等等...'],
    ['ASCII in parentheses', '主任(2)与医生(CT)(2024)'],
    ['HTML entities left in the text, for the line rules to decode', '围绕&ldquo;健康柞水&rdquo;。坚持&ldquo;一法&rdquo;、&#12300;两纲&#x300d;'],
  ])('keeps %s', (_, line) => {
    expect(normalize(line)).toBe(line);
  });

  it('makes parentheses around Chinese full-width', () => {
    expect(normalize('主任(兼)')).toBe('主任（兼）');
    expect(normalize('监护室(PICU病房)建设')).toBe('监护室（PICU病房）建设');
    expect(normalize('(一)加强领导')).toBe('（一）加强领导');
    expect(normalize('（记者 潘世新)')).toBe('（记者 潘世新）');
  });

  it('collapses doubled marks to the stronger one', () => {
    expect(normalizePunctuation('工作,。下一步')).toEqual({ text: '工作。下一步', widened: 1, collapsed: 1 });
    expect(normalize('工作，，下一步')).toBe('工作，下一步');
    expect(normalize('工作、，下一步')).toBe('工作，下一步');
    expect(normalize('真的吗?!')).toBe('真的吗？！');
    expect(normalize('好。。。')).toBe('好。。。');
  });
});

describe('normalizePunctuationRule', () => {
  it('reports once per file with the counts', () => {
    const draft = runRules('会议指出,要加强领导.\n增长3.5%', [normalizePunctuationRule]);
    expect(draft.lines).toEqual(['会议指出，要加强领导。', '增长3.5%']);
    expect(draft.messages).toEqual([{ rule: 'normalize-punctuation', kind: 'repaired', note: '规范标点：半角标点改全角 2 处' }]);
  });

  it('turns the ASCII commas of seed 000 into Chinese commas', () => {
    const text = runRules(corpusText('seeds/000'), [normalizePunctuationRule]).lines.join('\n');
    expect(text).not.toMatch(/\p{Script=Han},|,\p{Script=Han}/u);
  });

  it('changes nothing but punctuation in the clean corpora', () => {
    for (const [file, text] of cleanCorpus()) {
      const normalized = runRules(text, [normalizePunctuationRule]).lines.join('\n');
      expect(asciiPunctuation(normalized), file).toBe(asciiPunctuation(text).replace(/[,;.!?](?=[,;.!?])/g, ''));
    }
  });
});
