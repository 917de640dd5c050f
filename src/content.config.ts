import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './lib/report-schema.ts';
import { contentPaths } from './utils/content-paths.ts';
import { nameMappingLoader } from './utils/name-mapping-loader.ts';
import { reportLoader } from './utils/report-loader.ts';
import { curatedFormulationSchema } from './utils/topics/curated-formulations.ts';
import { topicSchema } from './utils/topics/topic-schema.ts';

/** A fixture site points these elsewhere with HUIBIAN_CONTENT (see content-paths.ts). */
const paths = contentPaths();

export const collections = {
  reports: defineCollection({
    loader: reportLoader(paths.reports),
    schema: reportSchema,
  }),
  topics: defineCollection({
    loader: glob({ pattern: '*.{yml,yaml}', base: paths.topics }),
    schema: topicSchema,
  }),
  formulations: defineCollection({
    loader: nameMappingLoader(paths.formulations),
    schema: curatedFormulationSchema,
  }),
};
