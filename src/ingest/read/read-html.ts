/**
 * HTML input: decode by BOM, declared charset or detection, parse, keep the
 * visible text of the main content, and collect the page's own metadata as hints.
 */
import { createRequire } from 'node:module';
import type { Hints, IngestMessage } from '../types.ts';
import { decodeText, type Decoded } from './decode.ts';
import { firstElement } from './hast-elements.ts';
import { declaredCharset } from './html-charset.ts';
import { htmlHints } from './html-hints.ts';
import { htmlText } from './html-text.ts';
import { mainContent } from './main-content.ts';

/** Decoded text plus the metadata the document states about itself. */
export interface ReadText extends Decoded {
  hints: Partial<Hints>;
}

/** The HTML parser, loaded on the first HTML or Word input (a run of plain text never needs it). */
let parser: typeof import('hast-util-from-html') | undefined;
function fromHtml(html: string) {
  parser ??= createRequire(import.meta.url)('hast-util-from-html') as typeof import('hast-util-from-html');
  return parser.fromHtml(html);
}

function nonEmptyLines(text: string): number {
  return text.split('\n').filter((line) => line.trim()).length;
}

/** Text, hints and quality notes of an HTML document already decoded to a string. */
export function readHtmlString(html: string, encoding: string, messages: IngestMessage[] = []): ReadText {
  const tree = fromHtml(html);
  const body = firstElement(tree, 'body') ?? tree;
  const page = htmlText(body);
  const main = mainContent(body, page);
  const { text, dropped } = main ?? page;
  const notes: IngestMessage[] = [...messages];
  if (main) {
    const outside = nonEmptyLines(page.text) - nonEmptyLines(main.text);
    if (outside > 0) notes.push({ rule: 'html-main-content', kind: 'removed', note: `只保留网页正文容器，删除其外的网页文字 ${outside} 行` });
  }
  if (dropped.furniture) notes.push({ rule: 'html-furniture', kind: 'removed', note: `删除网页导航、页眉、页脚、侧栏、表单 ${dropped.furniture} 处` });
  if (dropped.revealed) notes.push({ rule: 'html-revealed', kind: 'repaired', note: '网页将正文隐藏、待脚本显示：按显示后的正文读取' });
  if (dropped.hidden) notes.push({ rule: 'html-hidden', kind: 'removed', note: `删除网页中隐藏（读者看不到）的文字 ${dropped.hidden} 处` });
  return { text, encoding, messages: notes, hints: htmlHints(tree) };
}

/** Decodes and reads an HTML file's bytes; throws IngestError when they are binary or undecodable. */
export function readHtml(bytes: Uint8Array, source: string): ReadText {
  const decoded = decodeText(bytes, source, declaredCharset(bytes));
  return readHtmlString(decoded.text, decoded.encoding, decoded.messages);
}
