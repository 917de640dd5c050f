/**
 * The page's main content container, when the page marks one up
 * unmistakably: a single outermost `<article>` (else a single `<main>` or
 * `role="main"`) that holds most of the page's visible Chinese text. What
 * lies outside it (menus, related links, footers not marked up as such) is
 * page furniture. With several articles, or a container holding little of
 * the text, the whole body is kept and line-level rules clean it.
 */
import type { Element, Nodes } from 'hast';
import { elements, outermost } from './hast-elements.ts';
import { hanCount, htmlText, type VisibleText } from './html-text.ts';

/** Least share of the page's Han characters the container must hold. */
const MIN_SHARE = 0.5;

function isMain(element: Element): boolean {
  const role = element.properties.role;
  return element.tagName === 'main' || role === 'main' || (Array.isArray(role) && role.includes('main'));
}

function single(found: readonly Element[]): Element | undefined {
  return found.length === 1 ? found[0] : undefined;
}

/** The visible text of the main content container of `body` (whose own visible text is `page`), or undefined when there is no unmistakable one. */
export function mainContent(body: Nodes, page: VisibleText): VisibleText | undefined {
  const container = single(outermost(body, new Set(['article']))) ?? single([...elements(body)].filter(isMain));
  if (!container) return undefined;
  const content = htmlText(container);
  const han = hanCount(content.text);
  return han > 0 && han >= hanCount(page.text) * MIN_SHARE ? content : undefined;
}
