/**
 * Site-wide browser behaviour, all optional: the theme toggle, the script
 * switch, which keeps the reader's place (query and #paragraph) and remembers
 * the choice for `/`, and the keyboard shortcut to search.
 */
import './search-shortcut.ts';
import { STORAGE_KEYS, store } from './storage.ts';

const root = document.documentElement;

function isDark(): boolean {
  const chosen = root.dataset.theme;
  return chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.setAttribute('aria-pressed', String(isDark()));
  button.addEventListener('click', () => {
    const theme = isDark() ? 'light' : 'dark';
    root.dataset.theme = theme;
    store(STORAGE_KEYS.theme, theme);
    button.setAttribute('aria-pressed', String(theme === 'dark'));
  });
}

// Delegated, so it also covers links added later; runs before the browser follows the link.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-script-choice]');
  if (!link) return;
  store(STORAGE_KEYS.script, link.dataset.scriptChoice ?? '');
  if (link.pathname !== location.pathname) link.href = `${link.pathname}${location.search}${location.hash}`;
});
