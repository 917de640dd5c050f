/** Fetches the search files, each once per page view. */
import { versionedPath } from '../../utils/search/search-paths.ts';

const loaded = new Map<string, Promise<unknown>>();

/** A JSON file of the site; `version` (the index's) keeps a cached copy from an older build from being used. */
export function fetchJson<T>(path: string, version?: string): Promise<T> {
  const url = version ? versionedPath(path, version) : path;
  let pending = loaded.get(url);
  if (!pending) {
    // Without a version (a catalog on a page the build gave none), ask the server whether the copy is current.
    pending = fetch(url, version ? {} : { cache: 'no-cache' }).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json();
    });
    pending.catch(() => loaded.delete(url));
    loaded.set(url, pending);
  }
  return pending as Promise<T>;
}
