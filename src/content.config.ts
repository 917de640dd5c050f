import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './lib/report-schema.ts';

/** Where report entries live; a fixture site points this elsewhere with HUIBIAN_CONTENT. */
const contentRoot = process.env.HUIBIAN_CONTENT ?? './content';

export const collections = {
  reports: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentRoot}/reports` }),
    schema: reportSchema,
  }),
};
