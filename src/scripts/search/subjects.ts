/**
 * The topic and formulation pages a query's words name (see
 * src/utils/search/search-subjects.ts): each word's readings are looked up
 * in the one small file that can hold them.
 */
import type { Script } from '../../lib/report-schema.ts';
import type { QueryTerm } from '../../lib/search-query.ts';
import type { SubjectLink, SubjectShard } from '../../utils/search/search-subjects.ts';
import { subjectShard, subjectsPath } from '../../utils/search/search-paths.ts';
import { fetchJson } from './fetch-json.ts';

/** The pages named by the query's words (any reading), topics first, each once. */
export async function subjectLinks(terms: readonly QueryTerm[], script: Script, version: string): Promise<SubjectLink[]> {
  const keys = [...new Set(terms.flatMap((term) => term.forms.map((form) => form.chars)))];
  const shards = await Promise.all(keys.map((key) => fetchJson<SubjectShard>(subjectsPath(script, subjectShard(key)), version)));
  const links = new Map<string, SubjectLink>();
  keys.forEach((key, i) => {
    const shard = shards[i]!;
    // Own keys only: a word such as "constructor" is no subject.
    if (Object.hasOwn(shard, key)) for (const link of shard[key]!) links.set(link.href, link);
  });
  return [...links.values()].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'topic' ? -1 : 1));
}
