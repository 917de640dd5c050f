/**
 * The client build's files of the browser's Traditional → Simplified query
 * converter (the modules src/scripts/search/simplify.ts imports on first
 * use), so the Traditional search page can preload them (see
 * `converterPreloads` in search-page-preloads.ts): a query typed there is most
 * often Traditional, and each one needs them. A Vite plugin reads them off
 * the client bundle as it is written.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The module whose dynamic imports are the converter. */
const CONVERTER_LOADER = fileURLToPath(new URL('../../scripts/search/simplify.ts', import.meta.url));

/** What this module reads of a bundle's output chunk. */
export interface BundleChunk {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  /** File names of the chunks it imports statically. */
  imports: readonly string[];
}

/**
 * The file names of the chunks that load `modules` (module ids imported
 * dynamically, each its own chunk), with the chunks those import
 * statically, each once, in bundle order.
 */
export function chunkFilesOf(bundle: Readonly<Record<string, BundleChunk | { type: 'asset' }>>, modules: readonly string[]): string[] {
  const chunks = new Map<string, BundleChunk>();
  for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.set(output.fileName, output);
  const wanted = new Set<string>();
  const add = (chunk: BundleChunk): void => {
    if (wanted.has(chunk.fileName)) return;
    wanted.add(chunk.fileName);
    for (const file of chunk.imports) {
      const imported = chunks.get(file);
      if (imported) add(imported);
    }
  };
  const ids = new Set(modules);
  for (const chunk of chunks.values()) if (chunk.facadeModuleId !== null && ids.has(chunk.facadeModuleId)) add(chunk);
  return [...chunks.keys()].filter((file) => wanted.has(file));
}

/** A build-only Vite plugin that gives `found` the converter's chunk files (bundle-relative) when the client bundle holding the converter's loader is written. */
export function converterChunksPlugin(found: (files: string[]) => void): Plugin {
  return {
    name: 'huibian-converter-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const loader = this.getModuleInfo(CONVERTER_LOADER);
      // Bundles without the search page's script (the server build) hold no converter.
      if (!loader) return;
      found(chunkFilesOf(bundle as Record<string, BundleChunk | { type: 'asset' }>, loader.dynamicallyImportedIds));
    },
  };
}
