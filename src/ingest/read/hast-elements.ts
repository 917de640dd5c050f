/**
 * Element look-ups over a hast tree (the few that reading HTML needs).
 */
import type { Element, Nodes } from 'hast';

/** Every element under `node`, in document order. */
export function* elements(node: Nodes): Generator<Element> {
  if (!('children' in node)) return;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}

/** The first element under `node` with the tag name. */
export function firstElement(node: Nodes, tag: string): Element | undefined {
  for (const element of elements(node)) if (element.tagName === tag) return element;
  return undefined;
}

/** The elements under `node` with one of the tag names, outermost only (not those nested in a match). */
export function outermost(node: Nodes, tags: ReadonlySet<string>): Element[] {
  if (!('children' in node)) return [];
  return node.children.flatMap((child) => (child.type !== 'element' ? [] : tags.has(child.tagName) ? [child] : outermost(child, tags)));
}

/** The text content of a node, whitespace collapsed. */
export function textContent(node: Nodes): string {
  const raw = (function text(n: Nodes): string {
    if (n.type === 'text') return n.value;
    return 'children' in n ? n.children.map(text).join('') : '';
  })(node);
  return raw.replace(/\s+/g, ' ').trim();
}
