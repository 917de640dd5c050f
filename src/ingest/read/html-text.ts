/**
 * Visible text of an HTML tree, as a browser lays it out: block elements
 * and table rows become paragraphs (separated by a blank line, as in the
 * plain-text twins of documents), `<br>` a line break, inline elements stay
 * inline; scripts, styles, forms, page navigation (and lists of links, a
 * menu outside `<nav>`), headers, footers and hidden elements are dropped,
 * except a hidden element that holds most of the page's text: pages that
 * lay out their article with a script hide it
 * until the script shows it (WeChat articles: `#js_content`, `visibility:
 * hidden`). Entities are already decoded by the parser, so `&lt;script&gt;`
 * arrives here as the literal text `<script>`.
 */
import type { Element, Nodes } from 'hast';
import { textContent } from './hast-elements.ts';

/** Never text a reader sees on the page. */
const INVISIBLE = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'canvas',
  'object', 'embed', 'video', 'audio', 'map', 'select', 'textarea', 'button',
]);
/** Page furniture around the report: dropped, and counted for the quality notes. */
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form']);
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'legend',
  'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELLS = new Set(['td', 'th']);
/**
 * Longest text of a data table's cell: its paragraphs (Word writes one in
 * every cell) and list items run on in the row's line, a space apart. A
 * longer cell is a page's layout (old sites set the whole article in one),
 * whose paragraphs stay.
 */
const DATA_CELL_MAX = 40;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Back-links of footnotes (`↑` in Word exports, `^` on wikis): navigation, not text. */
const BACK_LINK_TEXT = new Set(['↑', '^', '↩']);

/** Breaks in the raw output; text outside `<pre>` reaches it with its line breaks collapsed. */
const PARAGRAPH = '\n\n';
const LINE = '\n';

/** What the walk dropped, for the quality notes. */
export interface DroppedCounts {
  /** Navigation, header, footer, aside and form elements that held text. */
  furniture: number;
  /** Elements with text that the page hides (`hidden`, `display:none`). */
  hidden: number;
  /** The page hid its article until a script showed it: read as shown (see the module comment). */
  revealed?: boolean;
}

/** One walk over a tree: the text parts, what was dropped, the hidden elements that held text (with their Han counts). */
interface Walk {
  out: string[];
  /** Inside a data table's cell: blocks break no line, a space sets them apart. */
  inDataCell?: boolean;
  dropped: DroppedCounts;
  hiddenText: Map<Element, number>;
  /** A hidden element read as shown. */
  shown?: Element;
}

/** Han characters in the text. */
export function hanCount(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

/** Wide characters between which a source line break is no space (CSS Text segment-break rule). */
const WIDE = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2026';
const WIDE_LINE_BREAK = new RegExp(`(?<=[${WIDE}])[ \\t]*[\\r\\n][ \\t\\r\\n]*(?=[${WIDE}])`, 'gu');
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

function collapse(text: string): string {
  return text.replace(WIDE_LINE_BREAK, '').replace(COLLAPSIBLE, ' ');
}

function isHidden(element: Element): boolean {
  const { hidden, style } = element.properties;
  return hidden === true || hidden === '' || (typeof style === 'string' && HIDDEN_STYLE.test(style));
}

/** Link text of an element: the text of the `<a>` elements in it. */
function linkText(node: Nodes): string {
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && node.tagName === 'a') return textContent(node);
  return node.children.map(linkText).join('');
}

/**
 * A list of links and nothing else (`<ul><li><a>通知公告</a></li><li><a>工作动态</a></li></ul>`):
 * a menu, or other pages' titles. Old sites set their menus in layout
 * tables, outside any `<nav>`; no report writes its text as a list of links.
 */
function isLinkList(element: Element): boolean {
  if (element.tagName !== 'ul' && element.tagName !== 'ol') return false;
  const items = element.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
  return items.length >= 2 && items.every((item) => {
    const text = textContent(item).replace(/[\s|｜·•]/g, '');
    return text !== '' && linkText(item).replace(/[\s|｜·•]/g, '') === text;
  });
}

function isBackLink(element: Element): boolean {
  const href = element.properties.href;
  return element.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && BACK_LINK_TEXT.has(textContent(element));
}

/** Walks the tree into raw text with break marks; counts what it drops. */
function walk(node: Nodes, state: Walk, pre: boolean): void {
  const { out, dropped } = state;
  if (node.type === 'text') {
    out.push(pre ? node.value.replace(/\r\n?/g, LINE) : collapse(node.value));
    return;
  }
  if (node.type !== 'root' && node.type !== 'element') return;
  if (node.type === 'element') {
    const tag = node.tagName;
    if (INVISIBLE.has(tag) || isBackLink(node)) return;
    const hasText = () => textContent(node) !== '';
    if (FURNITURE.has(tag) || isLinkList(node)) {
      if (hasText()) dropped.furniture++;
      return;
    }
    if (isHidden(node) && node !== state.shown) {
      const text = textContent(node);
      if (text !== '') {
        dropped.hidden++;
        state.hiddenText.set(node, hanCount(text));
      }
      return;
    }
    if (tag === 'br') {
      out.push(LINE);
      return;
    }
    // Cells, and blocks inside a data cell, are set apart by a space.
    const apart = BLOCKS.has(tag) ? (state.inDataCell ? ' ' : PARAGRAPH) : CELLS.has(tag) ? ' ' : '';
    const dataCell = CELLS.has(tag) && !state.inDataCell && textContent(node).length <= DATA_CELL_MAX;
    out.push(apart);
    if (dataCell) state.inDataCell = true;
    for (const child of node.children) walk(child, state, pre || tag === 'pre');
    if (dataCell) state.inDataCell = false;
    out.push(apart);
    return;
  }
  for (const child of node.children) walk(child, state, pre);
}

/** Walks `tree`, reading `shown` (a hidden element) as shown. */
function walkTree(tree: Nodes, shown?: Element): Walk {
  const state: Walk = { out: [], dropped: { furniture: 0, hidden: 0 }, hiddenText: new Map(), ...(shown ? { shown } : {}) };
  walk(tree, state, false);
  return state;
}

/**
 * Raw walk output → lines: spaces collapsed and trimmed, paragraphs separated
 * by exactly one blank line. A full-width indentation stays: it tells where a
 * paragraph starts in text a PDF converter broke into a paragraph a line.
 */
function layout(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .trimEnd();
}

/** Visible text and what was dropped from it. */
export interface VisibleText {
  text: string;
  dropped: DroppedCounts;
}

/**
 * The visible text of an HTML tree (or subtree) and what was dropped from it.
 * A hidden element with more Han text than all the visible text is the
 * article a script would show, and is read as shown.
 */
export function htmlText(tree: Nodes): VisibleText {
  let state = walkTree(tree);
  const [largest, han] = [...state.hiddenText].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [undefined, 0] as [Element | undefined, number]);
  if (largest && han > hanCount(state.out.join(''))) {
    state = walkTree(tree, largest);
    state.dropped.revealed = true;
  }
  return { text: layout(state.out.join('')), dropped: state.dropped };
}
