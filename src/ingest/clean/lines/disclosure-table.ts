/**
 * Government information-disclosure tables scraped as `|`-separated rows:
 * `索引号: | … | 发布机构: | 青阳县卫生健康委员会 | …`,
 * `| 发文机关: 长治市潞州区卫生健康和体育局 | 主题词: |`, or read from an
 * HTML table, a row a line (`发布机构： 青阳县卫生健康委员会 发文日期： 2023-11-07`).
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

/** A label and its colon anywhere in a row, and opening it (tested first: most lines open on none). */
const LABEL_ANYWHERE = new RegExp(`(?:${wordsPattern(LABEL_WORDS)})\\s*[:：]`, 'gu');
const LABEL_FIRST = new RegExp(`^(?:${wordsPattern(LABEL_WORDS)})\\s*[:：]`, 'u');

/** A line of labelled cells: what they say, how many labels, how many only tables use, and whether bars set the cells apart. */
interface LabelRow {
  hints: Hints;
  labels: number;
  tableLabels: number;
  barred: boolean;
}

/**
 * The cells of a row: split at its bars, or, for a row read from an HTML
 * table (cells apart by a space, `发布机构： 某某局 发文日期： 2024-01-05`), at
 * each label, the first opening the row. Labels spaced out to align
 * (`名　　称：`) close up first. Undefined when the line is neither.
 */
function cellsOf(line: string): { cells: string[]; barred: boolean } | undefined {
  const text = readable(line).replace(/[ \u3000]{2,}/gu, ' ');
  if (/[|｜]/.test(text)) return { cells: text.split(/[|｜]/).map((cell) => cell.trim()), barred: true };
  if (!LABEL_FIRST.test(text)) return undefined;
  const starts = [...text.matchAll(LABEL_ANYWHERE)].map((match) => match.index);
  return { cells: starts.map((start, k) => text.slice(start, starts[k + 1] ?? text.length).trim()), barred: false };
}

/** Reads a line of labelled cells; undefined when it holds no label. */
function labelRow(line: string): LabelRow | undefined {
  const split = cellsOf(line);
  if (!split) return undefined;
  const hints = emptyHints();
  let labels = 0;
  let tableLabels = 0;
  let pending: Field | undefined;
  for (const cell of split.cells) {
    const labelled = LABEL.exec(cell);
    if (labelled) {
      const word = labelWord(labelled[1] ?? '');
      labels++;
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
  return labels > 0 ? { hints, labels, tableLabels, barred: split.barred } : undefined;
}

/**
 * Whether a line of labels is a row of a disclosure table on its own: a
 * label only tables use, and, without bars, a second label (a line opening
 * on `关键词：` alone is a byline's).
 */
function isTableRow(row: LabelRow): boolean {
  return row.tableLabels > 0 && (row.barred || row.labels >= 2);
}

/** Reads one table row into hints; undefined when the line is not a disclosure-table row. */
export function parseDisclosureRow(line: string): Hints | undefined {
  const row = labelRow(line);
  return row && isTableRow(row) ? row.hints : undefined;
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

/**
 * Removes disclosure-table rows, keeping issuer, title and dates as hints. A
 * row of labels bylines share (`名　　称： …`) belongs to the table when it
 * stands next to one of its rows.
 */
export function extractDisclosureTable(lines: readonly string[]): LineOutcome {
  const hints = emptyHints();
  const rows = lines.map(labelRow);
  const filled = lines.map((_, i) => i).filter((i) => lines[i]!.trim() !== '');
  const inTable = (k: number): boolean => {
    const row = rows[filled[k]!];
    if (!row) return false;
    if (isTableRow(row)) return true;
    const beside = [filled[k - 1], filled[k + 1]].map((i) => (i === undefined ? undefined : rows[i]));
    return !row.barred && beside.some((other) => other !== undefined && !other.barred && isTableRow(other));
  };
  const drop = new Set(filled.filter((_, k) => inTable(k)));
  for (const i of drop) for (const key of Object.keys(hints) as (keyof Hints)[]) hints[key].push(...rows[i]!.hints[key]);
  return dropLines(lines, drop, '政府信息公开表头', hints);
}

/** Clean rule: disclosure tables. */
export const disclosureTableRule = lineRule('extract-disclosure-table', extractDisclosureTable);
