/**
 * The text of one planned entry: frontmatter (derived, then the override
 * over it, both checked against the schema) and the MDX body, stamped with
 * its fingerprint.
 */
import { reportSchema } from '../../lib/report-schema.ts';
import { entryIdOf } from './entry-id.ts';
import { stampEntry } from './fingerprint.ts';
import { buildFrontmatter, canonicalFrontmatter, dumpFrontmatter, type Fields, splitEntry } from './frontmatter.ts';
import { matchTexts } from '../../lib/match-text.ts';
import { assignAnchors, type OldAnchor } from './anchors.ts';
import { parseBody, renderBody } from './mdx-body.ts';
import { applyOverride, type Override, OverrideError } from './overrides.ts';
import type { EntryPlan } from './plan-entries.ts';
import type { PreparedInput } from './prepare-input.ts';
import { qualityNotes } from './quality-notes.ts';
import { mergeSources, sourceRecord } from './sources.ts';

/** An entry whose derived metadata the schema refuses: names the input and the field. */
export class EntryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EntryError';
  }
}

/** The first problem the schema finds in frontmatter fields, as `field: reason`; undefined when valid. */
export function schemaProblem(fields: Fields): { field: string; reason: string } | undefined {
  const result = reportSchema.safeParse(fields);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return { field: issue.path.join('.') || ('keys' in issue ? issue.keys.join(', ') : '(frontmatter)'), reason: issue.message };
}

/** Anchors and match texts of the blocks of an existing entry's text. */
export function oldAnchors(text: string | undefined): OldAnchor[] {
  const body = text === undefined ? undefined : splitEntry(text)?.body;
  if (!body) return [];
  const blocks = parseBody(body);
  const match = matchTexts(blocks.map((block) => block.text));
  return blocks.map((block, i) => ({ anchor: block.anchor, match: match[i]! }));
}

/** Frontmatter and body of a planned entry before the override: from its primary, or (without one) from the entry's file. */
function derive(plan: EntryPlan, previousText: string | undefined, old: readonly OldAnchor[]): { fields: Fields; body: string } {
  const sources = mergeSources(plan);
  if (!plan.primary) {
    const previous = previousText === undefined ? undefined : splitEntry(previousText);
    if (!previous) throw new EntryError(`${plan.existing?.path ?? plan.id}: cannot read the entry to add sources to it`);
    const { generated: _generated, ...fields } = previous.fields;
    return { fields: { ...fields, sources }, body: previous.body };
  }
  const { draft, description } = plan.primary.ingested;
  const keys = draft.blocks.map((block, i) => ({ match: plan.primary!.match[i]!, text: block.text }));
  const anchors = assignAnchors(keys, old);
  const blocks = draft.blocks.map((block, i) => ({ ...block, anchor: anchors[i]! }));
  const quality = qualityNotes(draft.messages, blocks);
  return { fields: buildFrontmatter(description, draft.encoding, sources, quality), body: renderBody(blocks) };
}

/**
 * Composes the text of a planned entry. `previousText` is the entry file as
 * it is now (its anchors are reused). Throws EntryError when the derived
 * metadata is invalid, OverrideError when the override makes it so.
 */
export function composeEntry(plan: EntryPlan, previousText: string | undefined, override: Override | undefined): string {
  // Most re-runs change nothing: when the entry composed with fresh anchors is the
  // file as it is, reusing its anchors would give the same text, and its body need
  // not be parsed.
  if (plan.primary && previousText !== undefined) {
    const fresh = composeWith(plan, previousText, override, []);
    if (fresh === previousText) return fresh;
  }
  return composeWith(plan, previousText, override, plan.primary ? oldAnchors(previousText) : []);
}

/**
 * The text of an entry whose only source is `input`, without override nor
 * old anchors (what most inputs become); undefined when its metadata is
 * invalid (composing the planned entry then reports why).
 */
export function composeAlone(input: PreparedInput): string | undefined {
  try {
    return composeWith({ id: entryIdOf(input.ingested.sha256), primary: input, members: [input] }, undefined, undefined, []);
  } catch {
    return undefined;
  }
}

/** Whether a planned entry records only the source of `primary`, as `composeAlone` composed it. */
function standsAlone(plan: EntryPlan, primary: PreparedInput): boolean {
  const sources = mergeSources(plan);
  return sources.length === 1 && JSON.stringify(sources[0]) === JSON.stringify(sourceRecord(primary));
}

/** Composes a planned entry, reusing the given anchors of the old entry. */
function composeWith(plan: EntryPlan, previousText: string | undefined, override: Override | undefined, old: readonly OldAnchor[]): string {
  // Without old anchors and override, the text depends on the primary and the sources only.
  const alone = plan.primary?.alone;
  if (alone !== undefined && old.length === 0 && override === undefined && standsAlone(plan, plan.primary!)) return alone;
  const { fields, body } = derive(plan, previousText, old);
  const derivedProblem = schemaProblem(fields);
  if (derivedProblem) {
    const source = plan.primary?.ingested.draft.source ?? plan.existing?.path ?? plan.id;
    throw new EntryError(`${source}: invalid metadata: ${derivedProblem.field}: ${derivedProblem.reason}`);
  }
  const merged = canonicalFrontmatter(applyOverride(fields, override));
  // Without an override the merged fields are the derived ones, just checked.
  const overrideProblem = override && schemaProblem(merged);
  if (overrideProblem) throw new OverrideError(override.file, overrideProblem.field, overrideProblem.reason);
  return stampEntry(dumpFrontmatter(merged), body);
}
