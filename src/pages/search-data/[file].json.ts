/** The subject links search shows beside results (src/utils/search/search-subjects.ts), one file per script and shard. */
import type { APIContext } from 'astro';
import type { Script } from '../../lib/report-schema.ts';
import { SITE_SCRIPTS } from '../../utils/locale.ts';
import { SUBJECT_SHARDS, subjectsPath } from '../../utils/search/search-paths.ts';
import { subjectShards, type SubjectShard } from '../../utils/search/search-subjects.ts';
import type { CorpusAnalysis } from '../../utils/topics/corpus-analysis.ts';
import { loadAnalysis } from '../../utils/topics/load-analysis.ts';

/** The route's `file` parameter of a path under /search-data/ (its name without `.json`). */
const fileParam = (path: string): string => path.slice(path.lastIndexOf('/') + 1, -'.json'.length);

export function getStaticPaths() {
  return SITE_SCRIPTS.flatMap((script) =>
    Array.from({ length: SUBJECT_SHARDS }, (_, shard) => ({ params: { file: fileParam(subjectsPath(script, shard)) }, props: { script, shard } })),
  );
}

/** Each script's shards of an analysis, computed once (an analysis is one per build; under `astro dev`, per change). */
const computed = new WeakMap<CorpusAnalysis, Map<Script, SubjectShard[]>>();

export async function GET({ props }: APIContext<{ script: Script; shard: number }>): Promise<Response> {
  const { script, shard } = props;
  const analysis = await loadAnalysis();
  const byScript = computed.get(analysis) ?? new Map<Script, SubjectShard[]>();
  computed.set(analysis, byScript);
  if (!byScript.has(script)) byScript.set(script, subjectShards(analysis, script));
  return new Response(JSON.stringify(byScript.get(script)![shard]), { headers: { 'content-type': 'application/json' } });
}
