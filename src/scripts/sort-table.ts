/**
 * Sorts the formulation table in place: by frequency (as built) or by first
 * appearance. Without JavaScript the controls are hidden (`js-only`) and the
 * table keeps its built order.
 */
const controls = document.querySelector<HTMLElement>('[data-sort-controls]');
const body = document.querySelector<HTMLElement>('[data-sortable]');

if (controls && body) {
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr')];
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
