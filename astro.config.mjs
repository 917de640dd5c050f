// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import searchIndex from './src/integrations/search-index.ts';
import topicsAnalysis from './src/integrations/topics-analysis.ts';
import { inSitemap, sitemapLinks } from './src/utils/sitemap-entry.ts';

// Report entries are read by their own loader (src/utils/report-loader.ts), not compiled
// as MDX. For any Markdown or MDX page, text must stay text: GFM (autolinks,
// strikethrough) and smart punctuation are off.
export default defineConfig({
  site: process.env.HUIBIAN_SITE ?? 'https://huibian.example.org',
  trailingSlash: 'always',
  outDir: process.env.HUIBIAN_OUT ?? './dist',
  integrations: [
    mdx(),
    topicsAnalysis(),
    searchIndex(),
    sitemap({ filter: inSitemap, serialize: (item) => ({ ...item, links: sitemapLinks(item.url) }) }),
  ],
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
});
