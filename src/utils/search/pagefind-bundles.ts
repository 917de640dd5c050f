/**
 * Writes the reports' index words with Pagefind's Node API, in bundles, and
 * reads back each bundle's Pagefind page id. A bundle is one Pagefind custom
 * record holding the words of consecutive reports one after the other (the
 * browser tells the reports apart by position: search-locations.ts).
 *
 * Why so: Pagefind's cost grows with word–page pairs (about 3.4 µs each,
 * measured) and with positions (about 1.4 µs each); one record per report
 * made 18 M pairs for 28 M positions at 5,000 reports, one record per bundle
 * about 0.2 M pairs per bundle. Its memory grows with positions (about 0.1 GB
 * plus 140 bytes per position), hence bundles of bounded size, each in a
 * fresh Pagefind process, two at a time (two cores); the browser merges them
 * (`mergeIndex`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import type { BundleJob } from './pagefind-bundle-worker.ts';
import { bundlePath } from './search-paths.ts';

/** The Pagefind version whose index this code reads (page ids from fragments, word positions): checked on every build. */
export const PAGEFIND_VERSION = '1.6.0';

/**
 * The language of the records. Not `zh`: Pagefind would segment the words
 * again; an undetermined language gets no segmentation and no stemming.
 */
const INDEX_LANGUAGE = 'und';

/** Index positions per bundle: about 0.45 GB of Pagefind memory; the sample corpus (2.1 M) fits in one. */
export const POSITIONS_PER_BUNDLE = 2_500_000;

/** Bundles indexed at the same time (one Pagefind process each). */
const PARALLEL_BUNDLES = 2;

/** Index chunks per bundle: the metadata the browser loads first grows with their number, a query's download with their size. */
const CHUNKS_PER_BUNDLE = 1200;
/** Smallest chunk size (Pagefind counts a word's positions plus one per page). */
const MIN_CHUNK_SIZE = 2000;

/** Chunk size for a bundle of this many positions, so it has about CHUNKS_PER_BUNDLE chunks. */
function chunkSize(positions: number): number {
  return Math.max(MIN_CHUNK_SIZE, Math.ceil(positions / CHUNKS_PER_BUNDLE));
}

/** What a Pagefind data file starts with once decompressed. */
export const SIGNATURE = 'pagefind_dcd';

/** Reads a Pagefind file: gzip, then a signature, then the data. */
export function readPagefindFile(path: string): Buffer {
  const data = gunzipSync(readFileSync(path));
  if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${path}: not a Pagefind ${PAGEFIND_VERSION} file`);
  return data.subarray(SIGNATURE.length);
}

/** The page id (fragment hash, what search results name) of a bundle's one record, checked against its URL. */
function readPageId(bundleDir: string, url: string): string {
  const dir = join(bundleDir, 'fragment');
  const names = readdirSync(dir);
  if (names.length !== 1) throw new Error(`${bundleDir}: expected one Pagefind page, found ${names.length}`);
  const fragment = JSON.parse(readPagefindFile(join(dir, names[0]!)).toString('utf8')) as { url?: string };
  if (fragment.url !== url) throw new Error(`${bundleDir}: Pagefind wrote no page for ${url}`);
  return names[0]!.replace(/\.pf_fragment$/, '');
}

/**
 * Reads a written bundle's entry file and fails loudly when another Pagefind
 * version wrote it or it holds other languages; returns the names of the
 * files a first search loads (metadata, WebAssembly).
 */
function readEntry(bundleDir: string): { meta: string; wasm: string } {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    version: string;
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  if (entry.version !== PAGEFIND_VERSION) {
    throw new Error(`Pagefind ${entry.version} wrote the search index; this build reads Pagefind ${PAGEFIND_VERSION}'s (pin the version in package.json)`);
  }
  const languages = Object.keys(entry.languages);
  const index = entry.languages[INDEX_LANGUAGE];
  if (languages.length !== 1 || !index) throw new Error(`Unexpected search index languages: ${languages.join(', ')}`);
  return { meta: `pagefind.${index.hash}.pf_meta`, wasm: `wasm.${index.wasm ?? 'unknown'}.pagefind` };
}

/** Indexes one record in a worker thread (its own Pagefind process) and resolves to the bundle written. */
function writeBundle(path: string, content: string, positions: number, outputPath: string): Promise<WrittenBundle> {
  const url = path;
  const job: BundleJob = { url, content, language: INDEX_LANGUAGE, outputPath };
  // Read by the Pagefind process when it starts (the worker's environment is its own).
  const env = { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(chunkSize(positions)) };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pagefind-bundle-worker.ts', import.meta.url), { workerData: job, env });
    let errors: string[] | undefined;
    worker.once('message', (message: string[]) => (errors = message));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (errors === undefined) return reject(new Error(`Pagefind worker stopped (exit ${code}) without writing ${outputPath}`));
      if (errors.length > 0) return reject(new Error(`Pagefind, ${outputPath}: ${errors.join('; ')}`));
      try {
        resolve({ path, ...readEntry(outputPath), page: readPageId(outputPath, url) });
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

/** Where a report's words are: its bundle (from 0) and the position of its first word there. */
export interface RecordPlace {
  bundle: number;
  offset: number;
}

/** A bundle written. */
export interface WrittenBundle {
  /** Base path (`/pagefind/`, `/pagefind-2/` …). */
  path: string;
  /** Pagefind page id of its one record. */
  page: string;
  /** File names (in the bundle) of its metadata and its WebAssembly. */
  meta: string;
  wasm: string;
}

/** The bundles written, in order, and the index positions they hold. */
export interface WrittenBundles {
  bundles: WrittenBundle[];
  positions: number;
}

/**
 * Collects reports' words into bundles of up to `positionsPerBundle`
 * positions under the site folder `root`, handing each full bundle to
 * Pagefind while the next one is collected; at most PARALLEL_BUNDLES are
 * indexed at once (`add` waits for a free one), which bounds the memory
 * beside the build.
 */
export function bundleWriter(
  root: string,
  positionsPerBundle = POSITIONS_PER_BUNDLE,
): { add: (words: string, count: number) => Promise<RecordPlace>; finish: () => Promise<WrittenBundles> } {
  const paths: string[] = [];
  const pages: Array<Promise<WrittenBundle>> = [];
  const running = new Set<Promise<unknown>>();
  let content: string[] = [];
  let positions = 0;
  let total = 0;
  const flush = async (): Promise<void> => {
    while (running.size >= PARALLEL_BUNDLES) await Promise.race(running);
    const path = bundlePath(paths.length);
    paths.push(path);
    const page = writeBundle(path, content.join(''), positions, join(root, path));
    pages.push(page);
    // Settled either way; a failure surfaces in finish().
    const settled: Promise<boolean> = page.catch(() => undefined).then(() => running.delete(settled));
    running.add(settled);
    content = [];
    positions = 0;
  };
  return {
    add: async (words, count) => {
      if (content.length > 0 && positions + count > positionsPerBundle) await flush();
      const place = { bundle: paths.length, offset: positions };
      content.push(words);
      positions += count;
      total += count;
      return place;
    },
    finish: async () => {
      if (content.length > 0) await flush();
      const written = await Promise.allSettled(pages);
      const failed = written.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
      return { bundles: written.map((result) => (result as PromiseFulfilledResult<WrittenBundle>).value), positions: total };
    },
  };
}
