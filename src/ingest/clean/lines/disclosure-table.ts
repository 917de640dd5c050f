/**
 * Government information-disclosure tables scraped as `|`-separated rows:
 * `索引号: | … | 发布机构: | 青阳县卫生健康委员会 | …`,
 * `| 发文机关: 长治市潞州区卫生健康和体育局 | 主题词: |`.
 * The issuing body, the document's name and its dates become hints.
 */
import type { Hints } from '../../types.ts';
import { emptyHints, parseDate, siteName } from './hints.ts';
import { dropLines, lineRule, type LineOutcome } from './line-rule.ts';
import { wordsPattern } from './keyword-pattern.ts';
import { readable } from './shape.ts';
import { normaliseTitle } from './title-text.ts';

/** Fields of disclosure tables, by what they give. */
const FIELDS = {
  issuer: ['发布机构', '发文机关', '发文单位', '发布单位', '公开责任部门', '信息来源', '来源'],
  title: ['名称', '标题', '文件名称', '信息名称'],
  date: ['发布日期', '成文日期', '发文时间', '发文日期', '生成日期', '公开日期', '印发日期'],
  other: ['索引号', '组配分类', '主题分类', '文号', '发文字号', '废止日期', '主题词', '有效性', '体裁分类', '公开方式', '公开范围', '公开时限', '时效', '所属机构', '信息分类', '关键词', '是否有效', '生效日期'],
} as const;
type Field = keyof typeof FIELDS;
const FIELD_BY_WORD = new Map<string, Field>();
for (const [field, words] of Object.entries(FIELDS) as [Field, readonly string[]][]) for (const word of words) FIELD_BY_WORD.set(word, field);
const LABEL = new RegExp(`^(${wordsPattern([...FIELD_BY_WORD.keys()])})\\s*[:：]\\s*(.*)$`, 'u');
const LABEL_WORDS = [...FIELD_BY_WORD.keys()];
/**
 * Labels that news bylines use too (`来源：健康报 | 作者：张三 | 责任编辑：王五`): a row
 * with no other label is no disclosure table, and its 来源 names a medium, not an issuer.
 */
const BYLINE_LABELS = new Set(['来源', '信息来源', '名称', '标题']);

/** The label word (Simplified) of a matched label text. */
function labelWord(label: string): string | undefined {
  const plain = label.replace(/\s/g, '');
  return LABEL_WORDS.find((w) => new RegExp(`^(?:${wordsPattern([w])})$`, 'u').test(plain));
}

/** Reads one table row into hints; undefined when the line is not a disclosure-table row. */
export function parseDisclosureRow(line: string): Hints | undefined {
  const text = readable(line);
  if (!/[|｜]/.test(text)) return undefined;
  const cells = text.split(/[|｜]/).map((cell) => cell.trim());
  const hints = emptyHints();
  let tableLabels = 0;
  let pending: Field | undefined;
  for (const cell of cells) {
    const labelled = LABEL.exec(cell);
    if (labelled) {
      const word = labelWord(labelled[1] ?? '');
      if (word === undefined || !BYLINE_LABELS.has(word)) tableLabels++;
      pending = (word === undefined ? undefined : FIELD_BY_WORD.get(word)) ?? 'other';
      const value = (labelled[2] ?? '').trim();
      if (value === '') continue;
      read(pending, value, hints);
      pending = undefined;
    } else if (pending && cell !== '') {
      read(pending, cell, hints);
      pending = undefined;
    }
  }
  return tableLabels > 0 ? hints : undefined;
}

function read(field: Field, value: string, hints: Hints): void {
  if (field === 'issuer') {
    const name = siteName(value);
    if (name) hints.issuers.push(name);
  } else if (field === 'title') {
    const title = normaliseTitle(value);
    if (title) hints.titles.push(title);
  } else if (field === 'date') {
    const date = parseDate(value);
    if (date) hints.dates.push(date);
  }
}

/** Removes disclosure-table rows, keeping issuer, title and dates as hints. */
export function extractDisclosureTable(lines: readonly string[]): LineOutcome {
  const hints = emptyHints();
  const drop = new Set<number>();
  lines.forEach((line, i) => {
    const row = parseDisclosureRow(line);
    if (!row) return;
    drop.add(i);
    for (const key of Object.keys(hints) as (keyof Hints)[]) hints[key].push(...row[key]);
  });
  return dropLines(lines, drop, '政府信息公开表头', hints);
}

/** Clean rule: disclosure tables. */
export const disclosureTableRule = lineRule('extract-disclosure-table', extractDisclosureTable);
