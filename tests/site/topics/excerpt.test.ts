/** Concordance lines of formulation pages: the sentence around a mark, cut when long. */
import { describe, expect, it } from 'vitest';
import { traditionalText } from '../../../src/lib/script.ts';
import { excerptSpan, sentenceAround } from '../../../src/utils/topics/excerpt.ts';
import { corpusFolder } from '../../ingest/clean/text/corpus.ts';

/** The excerpt of `text` around the first occurrence of `term`. */
function around(text: string, term: string, max: number): string {
  const at = text.indexOf(term);
  const mark = [at, at + term.length] as const;
  const [from, to] = excerptSpan(text, mark, sentenceAround(text, mark), max);
  return text.slice(from, to);
}

describe('sentenceAround and excerptSpan', () => {
  const text = '一是抓党建。严格落实“三重一大”决策制度，推进清廉医院建设！二是抓服务；提升群众满意度。';

  it('keeps the sentence holding the mark, its end mark included', () => {
    expect(around(text, '三重一大', 100)).toBe('严格落实“三重一大”决策制度，推进清廉医院建设！');
    expect(around(text, '一是', 100)).toBe('一是抓党建。');
    expect(around(text, '满意度', 100)).toBe('提升群众满意度。');
  });

  it('ends a sentence at the end of the text when no mark closes it', () => {
    expect(around('前文。坚持“两个维护”', '两个维护', 100)).toBe('坚持“两个维护”');
  });

  it('cuts a long sentence around the mark, sharing the room on both sides', () => {
    const long = `${'甲'.repeat(50)}医共体${'乙'.repeat(50)}。`;
    expect(around(long, '医共体', 13)).toBe(`${'甲'.repeat(5)}医共体${'乙'.repeat(5)}`);
    // A mark near the sentence start gives the unused room to what follows.
    expect(around(`医共体${'乙'.repeat(50)}。`, '医共体', 13)).toBe(`医共体${'乙'.repeat(10)}`);
    expect(around(`${'甲'.repeat(50)}医共体`, '医共体', 13)).toBe(`${'甲'.repeat(10)}医共体`);
  });

  it('never splits a surrogate pair and never cuts into the mark', () => {
    const astral = `${'𠀀'.repeat(10)}医共体${'𠀀'.repeat(10)}。`;
    const cut = around(astral, '医共体', 8);
    expect(cut).toBe('𠀀医共体𠀀');
    expect(around('前。严格落实“三重一大”决策。', '严格落实“三重一大”决策', 3)).toBe('严格落实“三重一大”决策');
  });
});

describe('a Simplified sentence converts alone as in its paragraph', () => {
  // What corpusSentence relies on: a Traditional formulation page converts only
  // the sentence it quotes of a Simplified report (Traditional → Simplified
  // never converts a sentence alone: the whole Simplified paragraph is made to mark the terms).
  const paragraphs = ['seeds', 'pages', 'govreports-2024/txt'].flatMap((folder) => corpusFolder(folder).flatMap(([, text]) => text.split(/\n+/)));

  /** The sentences of `text`, as `[from, to)` spans. */
  function sentences(text: string): [number, number][] {
    const spans: [number, number][] = [];
    for (let at = 0; at < text.length; at = spans.at(-1)![1]) spans.push(sentenceAround(text, [at, at + 1]));
    return spans;
  }

  it('every sentence of the corpora', () => {
    expect(paragraphs.length).toBeGreaterThan(5000);
    const differing = paragraphs.filter((paragraph) => {
      const whole = traditionalText(paragraph);
      return sentences(paragraph).some(([from, to]) => traditionalText(paragraph.slice(from, to)) !== whole.slice(from, to));
    });
    expect(differing).toEqual([]);
  });
});
