import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocklessText, bodyBlocks, outlineOf } from '../../src/utils/body-outline.ts';

const bodyOutline = (body: string) => outlineOf(bodyBlocks(body));

describe('bodyBlocks and outlineOf', () => {
  it('reads headings (one-line and block form) and paragraph order', () => {
    const body = [
      '<P id="p-a">',
      '  同志们：',
      '</P>',
      '',
      '<H id="p-h1" depth={2}>一、2023年工作回顾</H>',
      '',
      '<P id="p-b">',
      '  正文 \\</H> 不会结束段落。',
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

  it('keeps the text as MDX renders it: inner whitespace as written, ends trimmed, escapes resolved', () => {
    const body = ['<P id="p-a">', '  管控，  PM2.5\u3000', '</P>', '<P id="p-b">', '  \\<5% \\{X} 2019\\~2023年 &#x20;', '</P>', '<H id="p-c">', '  无深度', '</H>'].join('\n');
    expect(bodyBlocks(body)).toEqual([
      { id: 'p-a', kind: 'P', text: '管控，  PM2.5' },
      { id: 'p-b', kind: 'P', text: '<5% {X} 2019~2023年' },
      { id: 'p-c', kind: 'H', text: '无深度', depth: 2 },
    ]);
  });
});

describe('blocklessText', () => {
  it('is empty for a body of blocks, and names what lies outside them', () => {
    expect(blocklessText('<P id="p-a">\n  正文\n</P>\n\n<H id="p-b" depth={2}>标题</H>\n')).toBe('');
    expect(blocklessText('<P id="p-a">\n  正文\n</P>\n\n手改的一行\n')).toBe('手改的一行');
  });
});
