/**
 * Opens search from any page: `/` (when not typing in a field) or Ctrl-K /
 * ⌘-K focuses the search box (the search page's own box there); where the
 * box is not shown, goes to the search page.
 */

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
  if (!slash && !commandK) return;
  const box = document.querySelector<HTMLInputElement>('#page-q') ?? document.querySelector<HTMLInputElement>('#site-q');
  if (!box) return;
  event.preventDefault();
  if (box.getClientRects().length === 0) {
    location.href = box.form?.action ?? location.href;
    return;
  }
  box.focus();
  box.select();
});
