/**
 * The `sources` of an entry: the primary first, then the sources it recorded
 * before (refreshed when this run read them again), then new duplicates by
 * source hash. A record whose file now holds other bytes is replaced by the
 * record of those bytes.
 */
import type { ReportSource } from '../../lib/report-schema.ts';
import type { Fields } from './frontmatter.ts';
import type { EntryPlan } from './plan-entries.ts';
import type { PreparedInput } from './prepare-input.ts';

/** The source record of an input. */
export function sourceRecord(input: PreparedInput): ReportSource {
  const { description, draft } = input.ingested;
  return {
    file: input.file,
    sha256: input.sha,
    site: description.site,
    url: description.url,
    script: description.script,
    encoding: draft.encoding,
  };
}

/** The records an entry held before, as read from its frontmatter. */
function previousRecords(plan: EntryPlan): Fields[] {
  const sources = plan.existing?.fields?.sources;
  return Array.isArray(sources) ? sources.filter((s): s is Fields => !!s && typeof s === 'object') : [];
}

/** The source records of a planned entry. */
export function mergeSources(plan: EntryPlan): Fields[] {
  const fresh = new Map<string, ReportSource>();
  for (const member of plan.members) if (!fresh.has(member.sha)) fresh.set(member.sha, sourceRecord(member));
  const files = new Map(plan.members.map((member) => [member.file, member.sha]));
  const merged: Fields[] = [];
  const placed = new Set<string>();
  const place = (sha: string, record: Fields) => {
    if (placed.has(sha)) return;
    placed.add(sha);
    merged.push(record);
  };
  if (plan.primary) place(plan.primary.sha, fresh.get(plan.primary.sha)!);
  for (const record of previousRecords(plan)) {
    const sha = String(record.sha256);
    const replacement = files.get(String(record.file));
    if (replacement !== undefined && replacement !== sha && !fresh.has(sha)) continue;
    place(sha, fresh.get(sha) ?? record);
  }
  for (const [sha, record] of fresh) place(sha, record);
  return merged;
}
