/**
 * The body of an entry: one `H` (heading, `depth` 2–4) or `P` (paragraph) MDX
 * JSX element per block, each with its anchor as `id` and the block text as
 * one paragraph. Written by mdast-util-to-markdown with the MDX and GFM
 * extensions (what remark-stringify with remark-mdx and remark-gfm runs),
 * which escape whatever MDX, Markdown or GFM would read as markup (`<5%`,
 * `{X}`, `2019~2023年`, `3*4*5`, `> `, `2023. `, `<script>` …), and read back
 * through remark-parse with remark-mdx and remark-gfm.
 */
import type { Root, RootContent, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { defaultHandlers, type Handle, toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { createRequire } from 'node:module';
import { toString } from 'mdast-util-to-string';
import type { Block } from '../types.ts';

/** A block with its anchor, as an entry's body holds it. */
export interface AnchoredBlock extends Block {
  anchor: string;
}

/** The escape patterns of one serialisation, by the ASCII characters a text holds (the same few sets recur). */
const patternsByCharacters = new WeakMap<Unsafe[], Map<string, Unsafe[]>>();

/** The ASCII characters of a text, in code order, as a string. */
function asciiCharacters(text: string): string {
  const present = new Uint8Array(128);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) present[code] = 1;
  }
  let characters = '';
  for (let code = 0; code < 128; code++) if (present[code]) characters += String.fromCharCode(code);
  return characters;
}

/**
 * The text handler of mdast-util-to-markdown, offered only the escape
 * patterns whose character occurs in the text or its context: a pattern
 * matches nothing where its character is absent, so the output is the same,
 * but each text is no longer scanned once per pattern of Markdown, MDX and
 * GFM (96; measured: a fifth to a third of the writer's time on the
 * government reports). A pattern whose character is not ASCII (none is) is always offered.
 */
const text: Handle = (node: Text, parent, state, info) => {
  const all = state.unsafe;
  const characters = asciiCharacters(`${info.before}${node.value}${info.after}`);
  const byCharacters = patternsByCharacters.get(all) ?? new Map<string, Unsafe[]>();
  patternsByCharacters.set(all, byCharacters);
  let patterns = byCharacters.get(characters);
  if (!patterns) {
    patterns = all.filter((pattern) => pattern.character.length !== 1 || pattern.character.charCodeAt(0) >= 128 || characters.includes(pattern.character));
    byCharacters.set(characters, patterns);
  }
  state.unsafe = patterns;
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
};

/**
 * The writer's options: remark-stringify's, called directly, so that a run
 * does not load unified and the micromark syntax extensions that remark-mdx
 * and remark-gfm bring for reading (measured: ~70 of ~500 modules).
 */
const WRITE_OPTIONS = { handlers: { text }, extensions: [mdxToMarkdown(), gfmToMarkdown()] };
/** The reader, made on first use: only re-ingest of changed entries parses bodies (its modules are loaded then). */
let reader: ReturnType<typeof createReader> | undefined;
function createReader() {
  const require = createRequire(import.meta.url);
  const { unified } = require('unified') as typeof import('unified');
  const { default: remarkParse } = require('remark-parse') as typeof import('remark-parse');
  const { default: remarkMdx } = require('remark-mdx') as typeof import('remark-mdx');
  const { default: remarkGfm } = require('remark-gfm') as typeof import('remark-gfm');
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();
}

/** The MDX element of one block. */
function toElement(block: AnchoredBlock): MdxJsxFlowElement {
  const attributes: MdxJsxFlowElement['attributes'] = [{ type: 'mdxJsxAttribute', name: 'id', value: block.anchor }];
  if (block.type === 'heading') {
    const depth = String(block.depth ?? 2);
    attributes.push({ type: 'mdxJsxAttribute', name: 'depth', value: { type: 'mdxJsxAttributeValueExpression', value: depth } });
  }
  return {
    type: 'mdxJsxFlowElement',
    name: block.type === 'heading' ? 'H' : 'P',
    attributes,
    children: [{ type: 'paragraph', children: [{ type: 'text', value: block.text }] }],
  };
}

/**
 * ASCII characters the writer may escape: those of its escape patterns
 * (Markdown's, MDX's and GFM's: punctuation but `$ % , / ; ? ^ }`, space,
 * tab and line breaks), and the other control characters. No pattern is of a
 * character outside ASCII, and the writer changes text only where one matches.
 */
const ESCAPABLE = new Uint8Array(128);
for (let code = 0; code <= 0x20; code++) ESCAPABLE[code] = 1;
for (const character of '!"#&\'()*+-.:<=>@[\\]_`{|~\x7f') ESCAPABLE[character.charCodeAt(0)] = 1;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * Whether the writer may escape something in a text. Three characters common
 * in numbers and words (`5.2%`, `互联网+`, `1-2月`) are escaped only where their
 * patterns can match: `+` and `-` start a list, a table row or a thematic break
 * only at the start of a line, and `.` ends a list number (`1.`) only before a
 * space or the end of a line, or an address only after `www`. A block's text
 * is one line, so `+` and `-` after its start and `.` between digits stay. One
 * pass with a table: a regex of the characters is several times slower.
 */
function mayNeedEscaping(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || ESCAPABLE[code] === 0) continue;
    if ((code === 0x2b || code === 0x2d) && i > 0) continue;
    if (code === 0x2e && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
    return true;
  }
  return false;
}

/** Anchors the writer puts in an attribute as they are. */
const PLAIN_ANCHOR = /^[\w-]+$/;

/**
 * The element of a block whose text and anchor need no escaping, as the
 * writer lays it out; undefined for any other block. Most blocks of Chinese
 * reports are such text (49 in 50 of the government reports'), and the
 * writer's work per element was two thirds of composing an entry. A test checks
 * every block of the corpora, and texts made of every kind of character,
 * against remark-stringify.
 */
function plainElement(block: AnchoredBlock): string | undefined {
  if (block.text === '' || mayNeedEscaping(block.text) || !PLAIN_ANCHOR.test(block.anchor)) return undefined;
  return block.type === 'heading'
    ? `<H id="${block.anchor}" depth={${block.depth ?? 2}}>\n  ${block.text}\n</H>`
    : `<P id="${block.anchor}">\n  ${block.text}\n</P>`;
}

/**
 * Serialises anchored blocks as the MDX body of an entry: blocks that need
 * no escaping as they are written (`plainElement`), the others by the
 * writer. A run of plain blocks goes to the writer as one raw node, joined
 * by the blank line it puts between any two (nodes of the run cost it as
 * much as the elements it writes).
 */
export function renderBody(blocks: readonly AnchoredBlock[]): string {
  const children: RootContent[] = [];
  for (const block of blocks) {
    const plain = plainElement(block);
    const last = children.at(-1);
    if (plain === undefined) children.push(toElement(block));
    else if (last?.type === 'html') last.value += `\n\n${plain}`;
    else children.push({ type: 'html', value: plain });
  }
  return toMarkdown({ type: 'root', children } satisfies Root, WRITE_OPTIONS);
}

/** The value of a literal attribute of an element. */
function attribute(node: MdxJsxFlowElement, name: string): string | undefined {
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name !== name) continue;
    if (typeof attr.value === 'string') return attr.value;
    if (attr.value?.type === 'mdxJsxAttributeValueExpression') return attr.value.value;
  }
  return undefined;
}

/** The block an `H` or `P` element holds; undefined for any other node. */
function toBlock(node: RootContent): AnchoredBlock | undefined {
  if (node.type !== 'mdxJsxFlowElement' || (node.name !== 'H' && node.name !== 'P')) return undefined;
  const anchor = attribute(node, 'id') ?? '';
  const text = toString(node);
  if (node.name === 'P') return { type: 'paragraph', text, anchor };
  const depth = Number(attribute(node, 'depth'));
  return { type: 'heading', depth: depth === 3 || depth === 4 ? depth : 2, text, anchor };
}

/** Reads the blocks of an MDX body (as written by `renderBody`, or edited by hand). */
export function parseBody(body: string): AnchoredBlock[] {
  reader ??= createReader();
  const tree = reader.parse(body);
  return tree.children.map(toBlock).filter((block) => block !== undefined);
}

/** Lines of a body that only open or close an element. */
const ELEMENT_LINE = /^\s*<\/?[A-Za-z][^\n]*>\s*$/;
/** A Markdown backslash escape of ASCII punctuation. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * The texts of a body, roughly: element lines dropped, escapes undone. Enough
 * to compare a stored entry with a new report (duplicate detection reads every
 * entry of the archive), at a small fraction of the cost of `parseBody`.
 */
export function roughBodyTexts(body: string): string[] {
  return body
    .split('\n')
    .filter((line) => line.trim() !== '' && !ELEMENT_LINE.test(line))
    .map((line) => line.trim().replace(ESCAPE, '$1'));
}
