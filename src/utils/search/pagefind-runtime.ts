/**
 * Two adjustments to what Pagefind writes, for the first search of a page
 * view (it runs on the page's thread, see src/scripts/search/engine.ts).
 * Both are pinned to PAGEFIND_VERSION and fail the build, naming the file,
 * when Pagefind's output is not what they expect.
 *
 * - The WebAssembly is stored decompressed (with Pagefind's signature in
 *   front), which Pagefind's loader reads as is: otherwise it inflates the
 *   gzip in JavaScript on every page view (20–35 ms of the page's thread on
 *   a 2-core machine). A web server that compresses it sends about as many
 *   bytes as before; one that does not sends 127 KB instead of 55 KB, once.
 * - Pagefind's module `init()` does not wait for its WebAssembly: the first
 *   search then polls for it every 50 ms. The poll is made 5 ms.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGEFIND_VERSION, readPagefindFile, SIGNATURE } from './pagefind-bundles.ts';

/** Pagefind's loader skips decompression for data that starts with the signature (pagefind.js, `decompress`). */
const READS_DECOMPRESSED = 'if(this.decoder.decode(data.slice(0,12))==="pagefind_dcd"){return data.slice(12);}';

/** Pagefind's wait for its WebAssembly (pagefind.js, `getPtr`), and what it becomes. */
const POINTER_WAIT = 'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';
const SHORT_POINTER_WAIT = 'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(5);}';

/** Replaces the one occurrence of `from` in `text` (a file of Pagefind's), or fails naming the file. */
function replaceOnce(text: string, from: string, to: string, file: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) {
    throw new Error(`${file}: expected Pagefind ${PAGEFIND_VERSION}'s code \`${from.slice(0, 60)}…\` once; update src/utils/search/pagefind-runtime.ts for this version`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Adjusts the bundle in `dir` whose script and WebAssembly the page loads (`wasm`: its file name). */
export function adjustPagefindRuntime(dir: string, wasm: string): void {
  const script = join(dir, 'pagefind.js');
  const code = readFileSync(script, 'utf8');
  if (!code.includes(READS_DECOMPRESSED)) throw new Error(`${script}: Pagefind ${PAGEFIND_VERSION} reads decompressed data as is; this one does not`);
  writeFileSync(script, replaceOnce(code, POINTER_WAIT, SHORT_POINTER_WAIT, script));
  const wasmPath = join(dir, wasm);
  writeFileSync(wasmPath, Buffer.concat([Buffer.from(SIGNATURE), readPagefindFile(wasmPath)]));
}
