/** localStorage that never throws (private modes and disabled storage just forget). */

/** Keys the site stores. */
export const STORAGE_KEYS = { script: 'huibian-script', theme: 'huibian-theme' } as const;

/** Stores a value; silently does nothing when storage is unavailable. */
export function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage disabled: the choice simply is not remembered.
  }
}
