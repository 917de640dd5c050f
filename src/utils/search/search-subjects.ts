/**
 * Subject links for search: which topic or formulation page a query word
 * names. A reader who searches 医共体 or 优质服务基层行 is pointed to the
 * topic or formulation page that gathers how reports put it. Keyed by the
 * word's search characters in Simplified (a topic term's or a formulation's
 * match text, which the query's Simplified reading folds to), split into
 * files by `subjectShard` (written by `src/pages/search-data/[file].json.ts`).
 */
import type { Script } from '../../lib/report-schema.ts';
import { formulationsHref, topicsHref } from '../hrefs.ts';
import { localize } from '../localize.ts';
import type { CorpusAnalysis } from '../topics/corpus-analysis.ts';
import { termMatchText } from '../topics/subject-matches.ts';
import { SUBJECT_SHARDS, subjectShard } from './search-paths.ts';

/** A page a query word leads to. */
export interface SubjectLink {
  kind: 'topic' | 'formulation';
  name: string;
  href: string;
}

/** One file of subject links: key → links. */
export type SubjectShard = Record<string, SubjectLink[]>;

/** The subject links of a collection in `script`, by shard: every topic's name and terms, and every listed formulation. */
export function subjectShards(analysis: CorpusAnalysis, script: Script): SubjectShard[] {
  const shards: SubjectShard[] = Array.from({ length: SUBJECT_SHARDS }, () => ({}));
  const add = (key: string, link: SubjectLink): void => {
    const shard = shards[subjectShard(key)]!;
    (shard[key] ??= []).push(link);
  };
  for (const { slug, topic } of analysis.topics) {
    const link: SubjectLink = { kind: 'topic', name: localize(topic.name, 'hans', script), href: topicsHref(script, slug) };
    // Its name too: a reader may search 医共体建设 as the topic index writes it.
    for (const key of new Set([topic.name, ...topic.terms].map(termMatchText))) add(key, link);
  }
  for (const { formulation } of analysis.formulations) {
    add(formulation.key, { kind: 'formulation', name: localize(formulation.surface, 'hans', script), href: formulationsHref(script, formulation.slug) });
  }
  return shards;
}
