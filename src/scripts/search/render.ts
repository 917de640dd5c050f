/** Builds the results page's DOM: the count and sort line, the subject links, the filters, and one result. */
import type { Script } from '../../lib/report-schema.ts';
import { reportHref } from '../../utils/hrefs.ts';
import type { ResultHead, ResultText } from '../../utils/search/result-files.ts';
import type { SearchCatalog } from '../../utils/search/search-catalog.ts';
import type { SubjectLink } from '../../utils/search/search-subjects.ts';
import { FILTERS, filterCounts, type FilterCount, type FilterName, type ReportKeys } from './filters.ts';
import { appendMarked } from './highlight.ts';
import type { SortOrder } from './rank.ts';
import { withFilter, type SearchState } from './state.ts';
import { fill, type SearchStrings } from './strings.ts';
import { textFileOf, unitMatches, type UnitMatch } from './units.ts';

/** Matching paragraphs shown per result; the rest are counted and linked. */
const PASSAGES_SHOWN = 3;
/** Filter values listed before "more". */
const VALUES_SHOWN = 8;
/** Metadata fields shown on every result's meta line (others only when they match). */
const META_LINE = ['date', 'year', 'region', 'institution', 'genre'];

/** Makes the URL of a state (links keep working without this page's script). */
export type HrefOf = (state: SearchState) => string;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A link to another state of the page (handled without reloading). */
function stateLink(href: string, text: string, current = false): HTMLAnchorElement {
  const link = element('a', undefined, text);
  link.href = href;
  link.dataset.searchLink = '';
  if (current) link.setAttribute('aria-current', 'true');
  return link;
}

/**
 * What the results header says of `count` results: their number, or that none
 * holds the words, or that the filters leave none of the `unfiltered`
 * reports that do (a new query keeps the filters).
 */
export function countText(count: number, unfiltered: number, strings: SearchStrings): string {
  if (count > 0) return fill(strings.count, { count });
  return unfiltered > 0 ? fill(strings.noneFiltered, { count: unfiltered }) : strings.none;
}

/**
 * The result count (`data-result-count`, see `countText`), the sort switch,
 * a link to the filters (`filtersId`), which a phone shows after the results
 * (search.css), and one to clear the filters when they leave no result.
 */
export function renderSummary(parent: HTMLElement, count: number, unfiltered: number, state: SearchState, strings: SearchStrings, hrefOf: HrefOf, filtersId: string): void {
  const filteredOut = count === 0 && unfiltered > 0;
  const total = element('p', 'search-count', countText(count, unfiltered, strings));
  total.dataset.resultCount = String(count);
  const sort = element('p', 'search-sort', `${strings.sortLabel}：`);
  const orders: Array<[SortOrder, string]> = [
    ['relevance', strings.sortRelevance],
    ['date', strings.sortDate],
  ];
  orders.forEach(([order, label], i) => {
    if (i > 0) sort.append(' · ');
    sort.append(stateLink(hrefOf({ ...state, sort: order }), label, state.sort === order));
  });
  const toFilters = element('a', 'search-to-filters', strings.filtersHeading);
  toFilters.href = `#${filtersId}`;
  const clearFilters = stateLink(hrefOf({ ...state, filters: {} }), strings.clearFilters);
  parent.replaceChildren(total, ...(count > 1 ? [sort, toFilters] : []), ...(filteredOut ? [clearFilters] : []));
}

/** The topic and formulation pages the query's words name, one line each (hidden when none). */
export function renderSubjects(parent: HTMLElement, links: readonly SubjectLink[], strings: SearchStrings): void {
  parent.replaceChildren(
    ...links.map((link) => {
      const line = element('p', 'search-subject', `${strings.subjects[link.kind]}：`);
      const anchor = element('a', undefined, link.name);
      anchor.href = link.href;
      line.append(anchor);
      return line;
    }),
  );
  parent.hidden = links.length === 0;
}

function valueItem(value: FilterCount, name: FilterName, state: SearchState, strings: SearchStrings, hrefOf: HrefOf): HTMLLIElement {
  const item = element('li');
  const chosen = state.filters[name] === value.key;
  const label = name === 'year' ? fill(strings.year, { year: value.key }) : value.label;
  const link = stateLink(hrefOf(withFilter(state, name, value.key)), label, chosen);
  link.dataset.filterValue = value.key;
  link.append(element('span', 'search-filter-count', String(value.count)));
  item.append(link);
  if (chosen) {
    const clear = stateLink(hrefOf(withFilter(state, name, undefined)), '×');
    clear.className = 'search-filter-clear';
    clear.setAttribute('aria-label', `${strings.clear}${strings.filters[name]}`);
    item.append(clear);
  }
  return item;
}

/** One filter with its values and counts (a chosen value alone, with a way to clear it). */
function filterSection(name: FilterName, counts: FilterCount[], state: SearchState, strings: SearchStrings, hrefOf: HrefOf): HTMLElement {
  const section = element('section', 'search-filter');
  section.dataset.filter = name;
  section.append(element('h3', undefined, strings.filters[name]));
  const chosen = counts.filter((value) => value.key === state.filters[name]);
  const values = chosen.length > 0 ? chosen : counts;
  const list = element('ul');
  list.append(...values.slice(0, VALUES_SHOWN).map((value) => valueItem(value, name, state, strings, hrefOf)));
  section.append(list);
  if (values.length > VALUES_SHOWN) {
    const more = element('details');
    const rest = element('ul');
    rest.append(...values.slice(VALUES_SHOWN).map((value) => valueItem(value, name, state, strings, hrefOf)));
    more.append(element('summary', undefined, fill(strings.moreValues, { count: values.length - VALUES_SHOWN })), rest);
    section.append(more);
  }
  return section;
}

/** The filters for the matched reports: province, then city once a province is chosen, year, genre, meeting type, institution. */
export function renderFilters(
  parent: HTMLElement,
  catalog: SearchCatalog,
  keys: ReportKeys,
  matched: readonly number[],
  state: SearchState,
  strings: SearchStrings,
  hrefOf: HrefOf,
): void {
  const sections = FILTERS.filter((name) => name !== 'city' || state.filters.province !== undefined)
    .map((name) => [name, filterCounts(catalog, keys, matched, state.filters, name)] as const)
    .filter(([name, counts]) => counts.length > 0 || state.filters[name] !== undefined)
    .map(([name, counts]) => filterSection(name, counts, state, strings, hrefOf));
  parent.replaceChildren(...(sections.length > 0 ? [element('h2', undefined, strings.filtersHeading), ...sections] : []));
  parent.hidden = sections.length === 0;
}

/** A placeholder for a result, filled once its files arrive. */
export function resultItem(href: string): HTMLLIElement {
  const item = element('li', 'search-result');
  const title = element('h3', 'search-result-title');
  const link = element('a');
  link.href = href;
  title.append(link);
  item.append(title);
  item.setAttribute('aria-busy', 'true');
  return item;
}

/** Everything a result shows. */
export interface ResultData {
  id: string;
  script: Script;
  head: ResultHead;
  /** Occurrences: start position and length in search characters. */
  occurrences: ReadonlyArray<readonly [number, number]>;
  /** Text files by number (those holding the shown passages). */
  texts: ReadonlyMap<number, ResultText>;
}

/** The body blocks with matches, in order, and the field matches by field index. */
function splitMatches(head: ResultHead, occurrences: ResultData['occurrences']): { fields: Map<number, UnitMatch>; blocks: UnitMatch[] } {
  const matches = unitMatches(head, occurrences);
  const fieldCount = head.fields.length;
  return {
    fields: new Map(matches.filter((match) => match.unit < fieldCount).map((match) => [match.unit, match])),
    blocks: matches.filter((match) => match.unit >= fieldCount).map((match) => ({ ...match, unit: match.unit - fieldCount })),
  };
}

/** Text files holding the first PASSAGES_SHOWN matching blocks. */
export function neededTextFiles(head: ResultHead, occurrences: ResultData['occurrences']): number[] {
  return [...new Set(splitMatches(head, occurrences).blocks.slice(0, PASSAGES_SHOWN).map((match) => textFileOf(head, match.unit)))];
}

function blockText(head: ResultHead, texts: ResultData['texts'], block: number): ResultText[number] | undefined {
  const file = textFileOf(head, block);
  return texts.get(file)?.[block - head.files[file]!];
}

/** Ranges matched in the field named `name`, if the report has it. */
type FieldOf = (name: string) => { text: string; ranges: UnitMatch['ranges'] } | undefined;

/** Date, region, institution and genre on one line, matches marked. */
function metaLine(fieldOf: FieldOf): HTMLParagraphElement {
  const meta = element('p', 'search-result-meta');
  for (const name of META_LINE) {
    const found = fieldOf(name);
    if (!found) continue;
    const span = element('span');
    appendMarked(span, found.text, found.ranges);
    meta.append(span);
  }
  return meta;
}

/** The other metadata values that match (meeting types, speakers …), labelled. */
function otherFields(head: ResultHead, fields: ReadonlyMap<number, UnitMatch>, strings: SearchStrings): HTMLDListElement | undefined {
  const matching = head.fields.filter(([name], i) => fields.has(i) && name !== 'title' && !META_LINE.includes(name));
  if (matching.length === 0) return undefined;
  const list = element('dl', 'search-result-fields');
  for (const [name, text] of matching) {
    const row = element('div');
    const value = element('dd');
    appendMarked(value, text, fields.get(head.fields.findIndex(([other]) => other === name))!.ranges);
    row.append(element('dt', undefined, strings.fields[name] ?? name), value);
    list.append(row);
  }
  return list;
}

/** The first matching paragraphs, as excerpts with matches marked, each linking to its anchor. */
function passageList(data: ResultData, blocks: readonly UnitMatch[]): HTMLOListElement | undefined {
  const passages = element('ol', 'search-passages');
  for (const match of blocks.slice(0, PASSAGES_SHOWN)) {
    const block = blockText(data.head, data.texts, match.unit);
    if (!block) continue;
    const anchor = element('a');
    anchor.href = reportHref(data.script, data.id, block[0]);
    appendMarked(anchor, block[2], match.ranges, true);
    const passage = element('li');
    passage.append(anchor);
    passages.append(passage);
  }
  return passages.childElementCount > 0 ? passages : undefined;
}

/** Fills a result from its head file: title, meta line, other matching metadata and how many passages are not shown. */
export function fillResultHead(item: HTMLLIElement, data: Omit<ResultData, 'texts'>, strings: SearchStrings): void {
  const { fields, blocks } = splitMatches(data.head, data.occurrences);
  const fieldOf: FieldOf = (name) => {
    const index = data.head.fields.findIndex(([fieldName]) => fieldName === name);
    return index < 0 ? undefined : { text: data.head.fields[index]![1], ranges: fields.get(index)?.ranges ?? [] };
  };
  appendMarked(item.querySelector('a')!, data.head.title, fieldOf('title')?.ranges ?? []);
  const more = blocks.length - PASSAGES_SHOWN;
  const moreLine = more > 0 ? element('p', 'search-result-more') : undefined;
  if (moreLine) {
    const link = element('a', undefined, fill(strings.morePassages, { count: more }));
    link.href = reportHref(data.script, data.id);
    moreLine.append(link);
  }
  const parts: Array<HTMLElement | undefined> = [metaLine(fieldOf), otherFields(data.head, fields, strings), moreLine];
  item.append(...parts.filter((part): part is HTMLElement => part !== undefined));
}

/** Adds a result's matching passages (from its text files), linked to their anchors, before the "more" line; the result is then complete. */
export function fillResultPassages(item: HTMLLIElement, data: ResultData): void {
  const passages = passageList(data, splitMatches(data.head, data.occurrences).blocks);
  if (passages) item.insertBefore(passages, item.querySelector('.search-result-more'));
  item.removeAttribute('aria-busy');
}
