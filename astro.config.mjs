// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { inSitemap, sitemapLinks } from './src/utils/sitemap-entry.ts';

// Report bodies are plain text wrapped in <P>/<H> elements: nothing in them may
// become markup, so Markdown's typographic and autolink rewrites are off.
export default defineConfig({
  site: process.env.HUIBIAN_SITE ?? 'https://huibian.example.org',
  trailingSlash: 'always',
  outDir: process.env.HUIBIAN_OUT ?? './dist',
  integrations: [
    mdx(),
    sitemap({ filter: inSitemap, serialize: (item) => ({ ...item, links: sitemapLinks(item.url) }) }),
  ],
  markdown: { smartypants: false, gfm: false },
});
