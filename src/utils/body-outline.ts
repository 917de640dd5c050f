/**
 * A report body (`<H id depth>` and `<P id>` blocks as ingest writes them)
 * read from its MDX source: the blocks the report page renders, and the
 * outline (headings for the table of contents, paragraph order for
 * "paragraph n" references).
 */
import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One heading of the body. */
export interface BodyHeading {
  id: string;
  depth: number;
  /** Heading text as written in the source script (MDX escapes resolved). */
  text: string;
}

/** Headings in order, and the ids of the paragraphs in order. */
export interface BodyOutline {
  headings: BodyHeading[];
  paragraphIds: string[];
}

/** A top-level `<P …>` or `<H …>` block, up to its closing tag (an escaped `\</H>` in text does not close it). */
const BLOCK = /^<(P|H)\b([^>]*)>([\s\S]*?)(?<!\\)<\/\1>/gm;
const ID = /\bid="([^"]+)"/;
const DEPTH = /\bdepth=\{(\d)\}/;

const parser = unified().use(remarkParse).use(remarkMdx);

/** Plain text of an mdast node: the concatenated values of its text leaves. */
function textOf(node: Root | RootContent): string {
  if ('value' in node && node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** Source the MDX parser must read: escapes, character references, or several lines (most paragraphs are one plain line). */
const NEEDS_PARSER = /[\\&<{\n]/;

/**
 * A block's text as MDX renders it: escapes and character references
 * resolved, whitespace inside the text kept, the ends trimmed. Parsed inside
 * its element as in the entry (alone, a line starting with `import` would be
 * read as ESM).
 */
function blockText(inner: string): string {
  const source = inner.trim();
  return NEEDS_PARSER.test(source) ? textOf(parser.parse(`<P>\n${inner}\n</P>`)).trim() : source;
}

/**
 * A block of the body: heading or paragraph, its anchor, its text as
 * written (as MDX renders it: escapes resolved), and a heading's depth.
 */
export interface BodyBlock {
  id: string;
  kind: 'P' | 'H';
  text: string;
  /** Heading level 2–4 as written (`depth={3}`; 2 when absent); paragraphs have none. */
  depth?: number;
}

/** Every anchored block of an MDX report body, in order. */
export function bodyBlocks(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const [, tag, attributes = '', inner = ''] of body.matchAll(BLOCK)) {
    const id = ID.exec(attributes)?.[1];
    if (!id) continue;
    blocks.push(tag === 'H' ? { id, kind: 'H', text: blockText(inner), depth: Number(DEPTH.exec(attributes)?.[1] ?? 2) } : { id, kind: 'P', text: blockText(inner) });
  }
  return blocks;
}

/** The outline of a body's blocks. */
export function outlineOf(blocks: readonly BodyBlock[]): BodyOutline {
  return {
    headings: blocks.filter((block) => block.kind === 'H').map(({ id, depth = 2, text }) => ({ id, depth, text })),
    paragraphIds: blocks.filter((block) => block.kind === 'P').map((block) => block.id),
  };
}

/** What a body holds outside its blocks, whitespace aside (ingest writes nothing there). */
export function blocklessText(body: string): string {
  return body.replace(BLOCK, '').trim();
}
