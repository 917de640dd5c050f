/**
 * The outline of a report body (`<H id depth>` and `<P id>` blocks as ingest
 * writes them): headings for the table of contents, paragraph order for
 * "paragraph n" references. Computed from the MDX source, before rendering,
 * because the table of contents comes before the text it lists.
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

/** Source that may hold MDX escapes or character references (most paragraphs hold none). */
const ESCAPED = /[\\&<{]/;

/**
 * Resolves MDX escapes and character references in a block's inner source,
 * parsed inside its element as in the entry (alone, a line starting with
 * `import` would be read as ESM).
 */
function blockText(inner: string): string {
  const text = ESCAPED.test(inner) ? textOf(parser.parse(`<P>\n${inner}\n</P>`)) : inner;
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads the outline of an MDX report body. */
export function bodyOutline(body: string): BodyOutline {
  const headings: BodyHeading[] = [];
  const paragraphIds: string[] = [];
  for (const [, tag, attributes = '', inner = ''] of body.matchAll(BLOCK)) {
    const id = ID.exec(attributes)?.[1];
    if (!id) continue;
    if (tag === 'P') paragraphIds.push(id);
    else headings.push({ id, depth: Number(DEPTH.exec(attributes)?.[1] ?? 2), text: blockText(inner) });
  }
  return { headings, paragraphIds };
}

/** A block of the body: heading or paragraph, its anchor and its text as written (MDX escapes resolved). */
export interface BodyBlock {
  id: string;
  kind: 'P' | 'H';
  text: string;
}

/** Every anchored block of an MDX report body, in order. */
export function bodyBlocks(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const [, tag, attributes = '', inner = ''] of body.matchAll(BLOCK)) {
    const id = ID.exec(attributes)?.[1];
    if (id) blocks.push({ id, kind: tag === 'H' ? 'H' : 'P', text: blockText(inner) });
  }
  return blocks;
}
