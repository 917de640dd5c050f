// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import searchIndex from './src/integrations/search-index.ts';

// Report bodies are plain text wrapped in <P>/<H> elements: nothing in them may
// become markup, so GFM (autolinks, strikethrough) and smart punctuation are off.
export default defineConfig({
  site: process.env.HUIBIAN_SITE ?? 'https://huibian.example.org',
  trailingSlash: 'always',
  outDir: process.env.HUIBIAN_OUT ?? './dist',
  integrations: [mdx(), searchIndex()],
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
});
