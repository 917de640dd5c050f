/**
 * The entries of the three collections the topics analysis reads, read from
 * their files as their loaders read them (the same parsers and schemas), for
 * the build's analysis worker, which runs before Astro has synced them.
 * `corpusAnalysis` uses the worker's result only when these equal the
 * collections' entries (see `analysisFingerprint`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import yaml from 'js-yaml';
import { reportSchema } from '../../lib/report-schema.ts';
import type { ContentPaths } from '../content-paths.ts';
import { readNameMapping } from '../name-mapping-loader.ts';
import { entryId, readEntryText } from '../report-loader.ts';
import type { ReportEntry, TopicEntry } from './corpus-analysis.ts';
import { curatedFormulationSchema, type CuratedEntry } from './curated-formulations.ts';
import { topicSchema } from './topic-schema.ts';

export interface CollectionFiles {
  reports: ReportEntry[];
  topics: TopicEntry[];
  curated: CuratedEntry[];
}

/** Report entries: `<id>.mdx` files (reportLoader). */
function readReports(dir: string): ReportEntry[] {
  return readdirSync(dir).flatMap((name) => {
    const id = entryId(name);
    if (!id) return [];
    const { data, body } = readEntryText(readFileSync(join(dir, name), 'utf8'), name);
    return [{ id, data: reportSchema.parse(data), body }];
  });
}

/** Topics: one YAML file each, its name the id (Astro's glob loader slugs the name; topic files are named by their slug). */
export function readTopicFiles(dir: string): TopicEntry[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ id: basename(name, extname(name)), data: topicSchema.parse(yaml.load(readFileSync(join(dir, name), 'utf8'))) }));
}

/** The curated formulations of a name mapping's `text` (nameMappingLoader), read from `file`. */
export function curatedEntries(text: string, file: string): CuratedEntry[] {
  return readNameMapping(text, file).map(({ name, fields }) => ({ id: name, data: curatedFormulationSchema.parse(fields), filePath: file }));
}

/** The entries of the collections at `paths` (absolute). */
export function readCollectionFiles(paths: ContentPaths): CollectionFiles {
  const curated = existsSync(paths.formulations) ? readFileSync(paths.formulations, 'utf8') : '';
  return { reports: readReports(paths.reports), topics: readTopicFiles(paths.topics), curated: curatedEntries(curated, paths.formulations) };
}
