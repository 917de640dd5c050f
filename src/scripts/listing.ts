/**
 * Re-orders a one-page listing between newest and oldest first, in place:
 * every `[data-reversible]` list is reversed, its `[data-undated]` items
 * staying last (they cannot be placed in either order). The order is kept
 * in the address (`?order=oldest`) so a reload or a shared link keeps it.
 * Without JavaScript the listing simply stays newest first; listings of
 * several pages have real pages for each order and need none of this.
 */
const ORDER_PARAM = 'order';

for (const listing of document.querySelectorAll<HTMLElement>('[data-sortable]')) {
  const buttons = [...listing.querySelectorAll<HTMLButtonElement>('button[data-sort]')];

  const apply = (order: string): void => {
    if ((listing.dataset.order ?? 'newest') === order) return;
    for (const list of listing.querySelectorAll('[data-reversible]')) {
      const placed = [...list.children].filter((child) => !child.hasAttribute('data-undated'));
      list.prepend(...placed.reverse());
    }
    listing.dataset.order = order;
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.sort === order));
    const url = new URL(location.href);
    if (order === 'newest') url.searchParams.delete(ORDER_PARAM);
    else url.searchParams.set(ORDER_PARAM, order);
    history.replaceState(history.state, '', url);
  };

  for (const button of buttons) button.addEventListener('click', () => apply(button.dataset.sort ?? 'newest'));
  const requested = new URLSearchParams(location.search).get(ORDER_PARAM);
  if (requested === 'oldest') apply(requested);
}
