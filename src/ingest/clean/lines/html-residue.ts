/**
 * Markup left as text: HTML tags (`<p class="ql-block">…</p>`), entities,
 * Markdown images `![](…)`, links `[text](url)`, heading marks and bold
 * `**…**` around Chinese text. Block tags become line breaks; `<script>` and
 * text such as `<5%` or `3*4*5` are left alone.
 */
import { lineRule, outcome, type LineOutcome } from './line-rule.ts';

/** Tags that end or start a block of text: they become line breaks. */
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|section|article|tr|table|blockquote|hr)(?:\s[^<>]*)?\/?>/giu;
/** Inline formatting tags: removed, their text kept. */
const INLINE_TAG = /<\/?(?:span|strong|b|i|em|u|font|a|img|sup|sub|small|big|label|td|th|tbody|thead|center|o:p)(?:\s[^<>]*)?\/?>/giu;
/** Named and numeric entities. */
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|emsp|ensp|#\d{1,6}|#x[0-9a-f]{1,5});/giu;
const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', emsp: '\u3000', ensp: ' ',
};
/** Markdown image. */
const MD_IMAGE = /!\[[^\]]*\]\([^)\s]*(?:\s+"[^"]*")?\)/gu;
/** Markdown link: the text stays. */
const MD_LINK = /\[([^\]]+)\]\((?:https?:\/\/|\/|\.\/|#)[^)\s]*\)/gu;
/** Markdown heading marks at line start. */
const MD_HEADING = /^\s{0,3}#{1,6}\s+(?=\S)/u;
/**
 * Markdown bold around text with Chinese in it (the text stays), set off
 * from the words around it: `**` between Chinese characters is an
 * anonymised name (`**市**县`, `在**医院`), not markup.
 */
const MD_STRONG = /(?<![\p{Script=Han}\p{L}\p{N}])\*\*(?=\S)([^*\n]*?\p{Script=Han}[^*\n]*?)(?<=\S)\*\*(?![\p{Script=Han}\p{L}\p{N}])/gu;

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1).toLowerCase();
  if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return NAMED[name] ?? entity;
}

/** The line without markup, split where block tags stood; undefined when there was none. */
export function unmarkLine(line: string): string[] | undefined {
  if (!/[<&!\[#*]/.test(line)) return undefined;
  const text = line
    .replace(MD_IMAGE, '')
    .replace(MD_LINK, '$1')
    .replace(MD_HEADING, '')
    .replace(MD_STRONG, '$1')
    .replace(INLINE_TAG, '')
    .replace(BLOCK_TAG, '\n')
    .replace(ENTITY, decodeEntity);
  if (text === line) return undefined;
  return text.split('\n').filter((part, _index, parts) => part.trim() !== '' || parts.length === 1);
}

/** Removes markup residue, splitting lines at block tags. */
export function stripHtmlResidue(lines: readonly string[]): LineOutcome {
  const kept: string[] = [];
  const result = outcome(kept);
  let changed = 0;
  for (const line of lines) {
    const parts = unmarkLine(line);
    if (parts) changed++;
    kept.push(...(parts ?? [line]));
  }
  if (changed > 0) result.notes.push({ kind: 'repaired', note: `清除残留的 HTML/Markdown 标记 ${changed} 行` });
  return result;
}

/** Clean rule: HTML and Markdown residue. */
export const htmlResidueRule = lineRule('strip-markup', stripHtmlResidue);
