import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyOutline } from '../../src/utils/body-outline.ts';

describe('bodyOutline', () => {
  it('reads headings (one-line and block form) and paragraph order', () => {
    const body = [
      '<P id="p-a">',
      '  同志们：',
      '</P>',
      '',
      '<H id="p-h1" depth={2}>一、2023年工作回顾</H>',
      '',
      '<P id="p-b">',
      '  正文 </H> 不会结束段落。',
      '</P>',
      '',
      '<H id="p-h2" depth={3}>',
      '  （一）\\<2024>年 \\{X} 3\\*4\\*5 \\&amp; \\</H>',
      '</H>',
    ].join('\n');
    expect(bodyOutline(body)).toEqual({
      headings: [
        { id: 'p-h1', depth: 2, text: '一、2023年工作回顾' },
        { id: 'p-h2', depth: 3, text: '（一）<2024>年 {X} 3*4*5 &amp; </H>' },
      ],
      paragraphIds: ['p-a', 'p-b'],
    });
  });

  it('reads the fixture speech: every heading, in order', () => {
    const source = readFileSync('tests/fixtures/site/reports/2024-yanhu-speech-6cf5f85f.mdx', 'utf8');
    const { headings, paragraphIds } = bodyOutline(source.split(/^---$/m).slice(2).join('---'));
    expect(headings.map((h) => h.depth)).toEqual([2, 3, 3, 2, 2, 3, 3]);
    expect(headings[0]?.text).toBe('一、2023年工作回顾');
    expect(paragraphIds).toHaveLength(9);
    expect(new Set([...paragraphIds, ...headings.map((h) => h.id)]).size).toBe(16);
  });
});
