import { readdirSync, readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { mdxToHast, mdxToJs } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { type AnchoredBlock, parseBody, renderBody, roughBodyTexts } from '../../../src/ingest/write/mdx-body.ts';

/** Text that MDX, Markdown or GFM would read as markup, or refuse to compile. */
const TRAPS = [
  '<5%',
  '{X}',
  '{2023年}',
  '2019~2023年…2024~2025年',
  '3*4*5',
  'a<b',
  '<br>',
  '<!-- -->',
  '<https://example.org/a?b=1>',
  'import x from "./y.js"',
  'export const a = 1',
  '> 引用一段话',
  '2023. 年度总结',
  '# 不是标题',
  '- 不是列表',
  '1) 不是列表',
  '+ 不是列表',
  '<script>alert(1)</script>',
  '[链接](http://example.org)',
  '![图](x.png)',
  '`代码`',
  '| 表 | 格 |',
  '~~删除线~~',
  '***',
  '---',
  '___',
  'a_b_c_',
  '\\反斜杠\\',
  '&amp; &#123; &copy;',
  '[^1] 脚注',
  'http://www.example.org 和 www.example.org',
  '"引号" \'单引号\' ... -- ---',
  '}',
  '{',
  '全角＜＞｛｝与《》',
  // Written without the writer where its patterns cannot match (see mayNeedEscaping).
  '增长5.2%，1-2月，“互联网+”',
  '+86',
  '-5℃',
  '3.',
  '2023.',
  '.5',
  '1.2.3.',
  '第3.5条',
  'www.12',
  'WWW1.2',
  '\u3000全角空格\u00a0',
];

/** `count` texts of 1 to `longest` characters drawn from `characters`, the same for the same seed. */
function randomTexts(characters: string, count: number, longest: number, seed: number): string[] {
  const pool = [...characters];
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(random() * longest) }, () => pool[Math.floor(random() * pool.length)]).join(''));
}

/** The blocks of the traps: paragraphs, and a few as headings. */
function trapBlocks(): AnchoredBlock[] {
  return TRAPS.map((text, i) =>
    i % 5 === 0 ? { type: 'heading', depth: ((i % 3) + 2) as 2 | 3 | 4, text, anchor: `p-${i}` } : { type: 'paragraph', text, anchor: `p-${i}` },
  );
}

/** Features as astro.config.mjs sets them for Astro's MDX compiler (satteri). */
const FEATURES = { gfm: false, smartPunctuation: false };

interface HastNode {
  type: string;
  name?: string;
  value?: string;
  attributes?: { name: string; value: unknown }[];
  children?: HastNode[];
}

/** The text of a hast node. */
function textOf(node: HastNode): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

describe('renderBody / parseBody', () => {
  it('writes H and P elements with id (and depth) and one text paragraph each', () => {
    const body = renderBody([
      { type: 'heading', depth: 2, text: '一、2023年工作回顾', anchor: 'p-k3x9a2' },
      { type: 'paragraph', text: '全年新建社区卫生服务中心12个。', anchor: 'p-8f3k2a' },
    ]);
    expect(body).toBe('<H id="p-k3x9a2" depth={2}>\n  一、2023年工作回顾\n</H>\n\n<P id="p-8f3k2a">\n  全年新建社区卫生服务中心12个。\n</P>\n');
  });

  it('reads back every trap text, type, depth and anchor exactly (remark-parse + remark-mdx)', () => {
    const blocks = trapBlocks();
    expect(parseBody(renderBody(blocks))).toEqual(blocks);
  });

  it('compiles with the MDX compiler Astro uses and renders every trap text literally', () => {
    const blocks = trapBlocks();
    const body = renderBody(blocks);
    expect(() => mdxToJs(body, { features: FEATURES })).not.toThrow();
    const tree = mdxToHast(body, { features: FEATURES }) as HastNode;
    const elements = (tree.children ?? []).filter((node) => node.type === 'mdxJsxFlowElement');
    expect(elements.map((node) => node.name)).toEqual(blocks.map((block) => (block.type === 'heading' ? 'H' : 'P')));
    expect(elements.map(textOf)).toEqual(TRAPS);
    expect(elements.map((node) => node.attributes?.find((a) => a.name === 'id')?.value)).toEqual(blocks.map((block) => block.anchor));
    // Nothing became markup: every element holds exactly one paragraph of plain text.
    for (const node of elements) {
      expect(node.children?.map((child) => child.type)).toEqual(['element']);
      expect(node.children?.[0]?.children?.every((child) => child.type === 'text')).toBe(true);
    }
  });

  /** The body remark-stringify with remark-mdx and remark-gfm writes for the blocks (every element through its handlers). */
  function stringified(blocks: readonly AnchoredBlock[]): string {
    const plain = unified().use(remarkStringify).use(remarkMdx).use(remarkGfm).freeze();
    const elements = blocks.map((block) => ({
      type: 'mdxJsxFlowElement' as const,
      name: block.type === 'heading' ? 'H' : 'P',
      attributes: [
        { type: 'mdxJsxAttribute' as const, name: 'id', value: block.anchor },
        ...(block.type === 'heading'
          ? [{ type: 'mdxJsxAttribute' as const, name: 'depth', value: { type: 'mdxJsxAttributeValueExpression' as const, value: String(block.depth ?? 2) } }]
          : []),
      ],
      children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: block.text }] }],
    }));
    return plain.stringify({ type: 'root', children: elements });
  }

  /** Blocks of the texts, every seventh a heading. */
  function blocksOf(texts: readonly string[]): AnchoredBlock[] {
    return texts.map((text, i): AnchoredBlock => (i % 7 ? { type: 'paragraph', text, anchor: `p-${i}` } : { type: 'heading', depth: ((i % 3) + 2) as 2 | 3 | 4, text, anchor: `p-${i}` }));
  }

  it("escapes exactly as remark-stringify's own text handler (which scans for every pattern)", () => {
    const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t';
    const texts = [...TRAPS, ...[...punctuation].flatMap((a) => [...punctuation].map((b) => `${a}${b}文字${b}${a}1. ${a}`))];
    const blocks = blocksOf(texts);
    expect(renderBody(blocks)).toBe(stringified(blocks));
  });

  // Blocks whose text needs no escaping are written without the writer's element handlers (see plainElement).
  it('writes every line of the corpora as remark-stringify does', () => {
    const corpora = ['seeds', 'pages', 'govreports-2024/txt'].map((dir) => new URL(`../../../../shared/corpus/${dir}/`, import.meta.url));
    const lines = corpora.flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .flatMap((name) => readFileSync(new URL(name, dir), 'utf8').split('\n')),
    );
    const texts = [...new Set(lines.flatMap((line) => [line.trim(), line.replace(/[\r\n]/g, '')]))].filter(Boolean);
    expect(texts.length).toBeGreaterThan(10_000);
    const blocks = blocksOf(texts);
    expect(renderBody(blocks)).toBe(stringified(blocks));
  });

  it('writes text of letters, digits and any non-ASCII character as remark-stringify does', () => {
    const blocks = blocksOf(randomTexts('汉字漢字abcXYZ0123456789，。、；：？！“”‘’（）《》【】—…％＋－＝＜＞｛｝＃＊＿～｜·•①Ⅱé\u3000\u00a0\u00ad\u200d\ufe0f😀', 3000, 12, 7));
    expect(renderBody(blocks)).toBe(stringified(blocks));
  });

  it('writes text of numbers, words and the punctuation no pattern escapes as remark-stringify does', () => {
    const blocks = blocksOf(randomTexts('汉字1290wW.+-$%,/;?^}', 5000, 8, 11));
    expect(renderBody(blocks)).toBe(stringified(blocks));
  });

  it('ignores anything but H and P elements when reading a hand-edited body', () => {
    const body = '一段散文\n\n<P id="p-a">\n  正文\n</P>\n\n<Note>旁注</Note>\n';
    expect(parseBody(body)).toEqual([{ type: 'paragraph', text: '正文', anchor: 'p-a' }]);
  });
});

describe('roughBodyTexts', () => {
  it('gives the texts of a body written by renderBody, for comparison', () => {
    const blocks = trapBlocks();
    const rough = roughBodyTexts(renderBody(blocks));
    const exact = blocks.map((block) => block.text);
    // Only character references (of edge spaces and `&…;` text) may differ.
    const same = rough.filter((text, i) => text === exact[i]).length;
    expect(rough).toHaveLength(exact.length);
    expect(same).toBeGreaterThanOrEqual(exact.length - 2);
  });
});
