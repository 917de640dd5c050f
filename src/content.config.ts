import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './lib/report-schema.ts';
import { nameMappingLoader } from './utils/name-mapping-loader.ts';
import { reportLoader } from './utils/report-loader.ts';
import { curatedFormulationSchema } from './utils/topics/curated-formulations.ts';
import { topicSchema } from './utils/topics/topic-schema.ts';

/** Where report entries live; a fixture site points this elsewhere with HUIBIAN_CONTENT. */
const contentRoot = process.env.HUIBIAN_CONTENT ?? './content';
/** A content folder's own topics, or the curated ones when it has none (fixture sites reuse them). */
const topicsRoot = existsSync(`${contentRoot}/topics`) ? `${contentRoot}/topics` : './content/topics';
/** Likewise the curated formulations. */
const formulationsFile = existsSync(`${contentRoot}/formulations.yml`) ? `${contentRoot}/formulations.yml` : './content/formulations.yml';

export const collections = {
  reports: defineCollection({
    loader: reportLoader(`${contentRoot}/reports`),
    schema: reportSchema,
  }),
  topics: defineCollection({
    loader: glob({ pattern: '*.{yml,yaml}', base: topicsRoot }),
    schema: topicSchema,
  }),
  formulations: defineCollection({
    loader: nameMappingLoader(formulationsFile),
    schema: curatedFormulationSchema,
  }),
};
