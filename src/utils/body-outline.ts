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

/** Resolves MDX escapes and character references in a heading's inner source. */
function headingText(inner: string): string {
  return textOf(parser.parse(inner.trim())).replace(/\s+/g, ' ').trim();
}

/** Reads the outline of an MDX report body. */
export function bodyOutline(body: string): BodyOutline {
  const headings: BodyHeading[] = [];
  const paragraphIds: string[] = [];
  for (const [, tag, attributes = '', inner = ''] of body.matchAll(BLOCK)) {
    const id = ID.exec(attributes)?.[1];
    if (!id) continue;
    if (tag === 'P') paragraphIds.push(id);
    else headings.push({ id, depth: Number(DEPTH.exec(attributes)?.[1] ?? 2), text: headingText(inner) });
  }
  return { headings, paragraphIds };
}
