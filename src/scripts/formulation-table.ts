/**
 * The formulation index's table: sorted in place by frequency (as built) or
 * by first appearance, and filtered as the reader types part of a
 * formulation in either script (each row carries its name's search text in
 * both, `data-find`). Without JavaScript the controls are hidden
 * (`js-only`) and the table keeps its built order, every row shown.
 */
import { foldText } from '../lib/search-text.ts';
import { fill } from './search/strings.ts';

const controls = document.querySelector<HTMLElement>('[data-sort-controls]');
const body = document.querySelector<HTMLElement>('[data-sortable]');
const filter = document.querySelector<HTMLInputElement>('[data-table-filter]');
const shown = document.querySelector<HTMLElement>('[data-filter-count]');

if (controls && body) {
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr')];
  sortable(controls, body, rows);
  if (filter && shown) filterable(filter, shown, rows);
}

/** Re-sorts the rows when a sort button is pressed, and marks the button pressed. */
function sortable(controls: HTMLElement, body: HTMLElement, rows: readonly HTMLTableRowElement[]): void {
  const built = new Map(rows.map((row, i) => [row, i]));
  /** First year of a row; rows without one go last. */
  const firstYear = (row: HTMLElement): number => Number(row.dataset.first || Number.MAX_SAFE_INTEGER);
  const orders: Record<string, (a: HTMLTableRowElement, b: HTMLTableRowElement) => number> = {
    frequency: (a, b) => built.get(a)! - built.get(b)!,
    first: (a, b) => firstYear(a) - firstYear(b) || built.get(a)! - built.get(b)!,
  };
  controls.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-sort]');
    const order = button && orders[button.dataset.sort ?? ''];
    if (!button || !order) return;
    body.append(...[...rows].sort(order));
    for (const other of controls.querySelectorAll('button[data-sort]')) other.setAttribute('aria-pressed', String(other === button));
  });
}

/** Shows only the rows whose name holds the typed text (folded as search folds it), and how many there are. */
function filterable(input: HTMLInputElement, count: HTMLElement, rows: readonly HTMLTableRowElement[]): void {
  const template = count.dataset.template ?? '';
  const apply = (): void => {
    const wanted = foldText(input.value);
    let matching = 0;
    for (const row of rows) {
      const match = row.dataset.find?.includes(wanted) ?? true;
      row.hidden = !match;
      if (match) matching++;
    }
    count.textContent = wanted ? fill(template, { count: matching }) : '';
  };
  input.addEventListener('input', apply);
  // A value the browser restored (back to the page) filters at once.
  if (input.value) apply();
}
