/**
 * Writes search records with Pagefind's Node API, in bundles of bounded
 * size, and reads back each record's Pagefind page id. Pagefind's time and
 * memory grow with word–page pairs (measured: about 0.8 GB of peak memory per
 * million pairs), so a large archive is indexed in several bundles, one after
 * the other, each in a fresh Pagefind process; the browser merges them
 * (`mergeIndex`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { bundlePath } from './search-paths.ts';

/** The Pagefind version whose index this code reads (page ids from fragments, word positions): checked on every build. */
const PAGEFIND_VERSION = '1.6.0';

/**
 * The language of the records. Not `zh`: Pagefind would segment the words
 * again; an undetermined language gets no segmentation and no stemming.
 */
const INDEX_LANGUAGE = 'und';

/** Word–page pairs per bundle: about 2 GB of Pagefind memory. */
export const PAIRS_PER_BUNDLE = 2_500_000;

/** Index chunks per bundle: the metadata the browser loads first grows with their number, a query's download with their size. */
const CHUNKS_PER_BUNDLE = 1200;
/** Smallest chunk size (Pagefind counts a word's positions plus one per page). */
const MIN_CHUNK_SIZE = 2000;

/** A record ready for Pagefind. */
export interface BundleRecord {
  url: string;
  content: string;
  /** Positions (words, separators included). */
  words: number;
  /** Distinct indexed words. */
  distinctWords: number;
}

/** Chunk size for a bundle of these records, so it has about CHUNKS_PER_BUNDLE chunks. */
function chunkSize(records: readonly BundleRecord[]): number {
  const units = records.reduce((sum, record) => sum + record.words + record.distinctWords, 0);
  return Math.max(MIN_CHUNK_SIZE, Math.ceil(units / CHUNKS_PER_BUNDLE));
}

const SIGNATURE = 'pagefind_dcd';

/** Reads a Pagefind file: gzip, then a signature, then the data. */
function readPagefindFile(path: string): Buffer {
  const data = gunzipSync(readFileSync(path));
  if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${path}: not a Pagefind ${PAGEFIND_VERSION} file`);
  return data.subarray(SIGNATURE.length);
}

/** Page id (fragment hash, what search results name) of every URL in a written bundle. */
function readPageIds(bundleDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  const dir = join(bundleDir, 'fragment');
  for (const name of readdirSync(dir)) {
    const fragment = JSON.parse(readPagefindFile(join(dir, name)).toString('utf8')) as { url?: string };
    if (typeof fragment.url !== 'string') throw new Error(`${name}: fragment without url`);
    ids.set(fragment.url, name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/** Fails loudly when the bundle was written by another Pagefind version or holds other languages. */
function checkEntry(bundleDir: string): void {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { version: string; languages: Record<string, unknown> };
  if (entry.version !== PAGEFIND_VERSION) {
    throw new Error(`Pagefind ${entry.version} wrote the search index; this build reads Pagefind ${PAGEFIND_VERSION}'s (pin the version in package.json)`);
  }
  const languages = Object.keys(entry.languages);
  if (languages.length !== 1 || languages[0] !== INDEX_LANGUAGE) throw new Error(`Unexpected search index languages: ${languages.join(', ')}`);
}

/** Writes one bundle to `outputDir` and returns its page id per URL. */
export async function writeBundle(records: readonly BundleRecord[], outputDir: string): Promise<Map<string, string>> {
  // Read by the Pagefind process when it starts (a fresh one per bundle: close() below).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkSize(records));
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (const record of records) {
      const added = await index.addCustomRecord({ url: record.url, content: record.content, language: INDEX_LANGUAGE });
      if (added.errors.length > 0) throw new Error(`Pagefind, ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
    delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  }
  checkEntry(outputDir);
  const ids = readPageIds(outputDir);
  for (const record of records) if (!ids.has(record.url)) throw new Error(`Pagefind wrote no page for ${record.url}`);
  return ids;
}

/** The bundles written and the page id of every record. */
export interface WrittenBundles {
  /** Base paths, in order (`/pagefind/`, `/pagefind-2/` …). */
  bundles: string[];
  /** Page id per record URL. */
  pageIds: Map<string, string>;
}

/**
 * Collects records into bundles of up to PAIRS_PER_BUNDLE word–page pairs
 * under the site folder `root`, writing each bundle as soon as it is full.
 */
export function bundleWriter(root: string): { add: (record: BundleRecord) => Promise<void>; finish: () => Promise<WrittenBundles> } {
  const written: WrittenBundles = { bundles: [], pageIds: new Map() };
  let pending: BundleRecord[] = [];
  let pairs = 0;
  const flush = async (): Promise<void> => {
    const path = bundlePath(written.bundles.length);
    for (const [url, page] of await writeBundle(pending, join(root, path))) written.pageIds.set(url, page);
    written.bundles.push(path);
    pending = [];
    pairs = 0;
  };
  return {
    add: async (record) => {
      if (pending.length > 0 && pairs + record.distinctWords > PAIRS_PER_BUNDLE) await flush();
      pending.push(record);
      pairs += record.distinctWords;
    },
    finish: async () => {
      if (pending.length > 0) await flush();
      return written;
    },
  };
}
