/**
 * Astro integration: once the site is built, builds the search index and the
 * files the results page loads (src/utils/search/build-search-index.ts), so
 * `astro build` alone produces a searchable static site.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../utils/search/build-search-index.ts';

/** The search index integration. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'huibian-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const stats = await buildSearchIndex(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${stats.reports} reports indexed in ${stats.bundles} Pagefind bundle(s), ${stats.pairs} word–page pairs, ${stats.files} result files, ${seconds} s`,
        );
      },
    },
  };
}
