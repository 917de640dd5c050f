/**
 * Astro integration: once the site is built, builds the search index and the
 * files the results page loads (src/utils/search/build-search-index.ts), so
 * `astro build` alone produces a searchable static site.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../utils/search/build-search-index.ts';

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
  return {
    name: 'huibian-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const stats = await buildSearchIndex(fileURLToPath(dir), bundlePositions());
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${stats.reports} reports indexed in ${stats.bundles} Pagefind bundle(s), ${stats.positions} index positions, ${stats.files} result files, ${seconds} s`,
        );
      },
    },
  };
}
