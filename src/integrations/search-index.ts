/**
 * Astro integration: once the site is built, builds the search index and the
 * files the results page loads (src/utils/search/build-search-index.ts), so
 * `astro build` alone produces a searchable static site; and has the
 * Traditional search page preload the query converter's modules, as the
 * client build names them (src/utils/search/converter-chunks.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../utils/search/build-search-index.ts';
import { converterChunksPlugin } from '../utils/search/converter-chunks.ts';
import { addConverterPreloads } from '../utils/search/search-page-preloads.ts';

/**
 * Index positions per Pagefind bundle: the default unless
 * `HUIBIAN_SEARCH_BUNDLE_POSITIONS` asks for fewer (the search tests build
 * their small site in several bundles, as a large archive is).
 */
function bundlePositions(): number | undefined {
  const positions = Number(process.env.HUIBIAN_SEARCH_BUNDLE_POSITIONS);
  return Number.isInteger(positions) && positions > 0 ? positions : undefined;
}

/** The search index integration. */
export default function searchIndex(): AstroIntegration {
  let base = '/';
  let converterFiles: string[] = [];
  return {
    name: 'huibian-search-index',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [converterChunksPlugin((files) => (converterFiles = files))] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = performance.now();
        const stats = await buildSearchIndex(dist, bundlePositions());
        // After the index's preloads: the files every first search needs come first.
        addConverterPreloads(dist, converterFiles.map((file) => `${base}${file}`));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${stats.reports} reports indexed in ${stats.bundles} Pagefind bundle(s), ${stats.positions} index positions, ${stats.files} result files, ${seconds} s`,
        );
      },
    },
  };
}
