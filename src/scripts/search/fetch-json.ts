/** Fetches the search files, each once per page view. */

const loaded = new Map<string, Promise<unknown>>();

/** A JSON file of the site; `version` (the catalog's) keeps a cached copy from an older build from being used. */
export function fetchJson<T>(path: string, version?: string): Promise<T> {
  const url = version ? `${path}?v=${version}` : path;
  let pending = loaded.get(url);
  if (!pending) {
    // Without a version (the catalog), ask the server whether the copy is current.
    pending = fetch(url, version ? {} : { cache: 'no-cache' }).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json();
    });
    pending.catch(() => loaded.delete(url));
    loaded.set(url, pending);
  }
  return pending as Promise<T>;
}
