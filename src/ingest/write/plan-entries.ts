/**
 * Which entry each input goes into. An input whose bytes an existing entry
 * records goes back into that entry. The others are grouped with their
 * duplicates (same report in the other script, re-posted with other
 * furniture); a group that duplicates an existing entry joins it (its id never
 * changes), any other group becomes a new entry whose primary source is
 * chosen by rules that do not depend on the order of the inputs.
 */
import { entryIdOf } from './entry-id.ts';
import type { ExistingEntry } from './existing-entries.ts';
import type { PreparedInput } from './prepare-input.ts';
import { containment, DUPLICATE_CONTAINMENT, groupDuplicates, possibleDuplicates, type Signature, sketchOf } from './shingles.ts';

/** One entry to write (or to update with new sources). */
export interface EntryPlan {
  id: string;
  /** Input the body and metadata come from; absent when the run brings only other sources of an existing entry. */
  primary?: PreparedInput;
  /** Every input of the entry, primary included, by source hash. */
  members: PreparedInput[];
  existing?: ExistingEntry;
}

/** Signature of an existing entry's body (read on demand: only inputs no entry records need it). */
export type EntrySignature = (entry: ExistingEntry) => Promise<Signature>;

/** Orders strings by code unit, the same under every locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Problems a copy shows: flagged or doubtful messages. */
function doubts(input: PreparedInput): number {
  return input.ingested.draft.messages.filter((m) => m.kind === 'flagged' || m.kind === 'doubtful').length;
}

/** Characters of match text: how complete a copy is. */
function length(input: PreparedInput): number {
  return input.match.reduce((sum, text) => sum + text.length, 0);
}

/**
 * The primary of a new group of duplicates: a Simplified copy before a
 * Traditional one (mainland reports are written in Simplified; the other is
 * a mirror), then the copy with fewest doubts, then the most complete, then
 * the lowest source hash.
 */
export function choosePrimary(group: readonly PreparedInput[]): PreparedInput {
  return [...group].sort(
    (a, b) =>
      Number(a.ingested.description.script === 'hant') - Number(b.ingested.description.script === 'hant') ||
      doubts(a) - doubts(b) ||
      length(b) - length(a) ||
      compareText(a.sha, b.sha) ||
      compareText(a.file, b.file),
  )[0]!;
}

/** The input that continues an existing entry's primary source: same bytes, or the same file with new bytes. */
function continuingPrimary(entry: ExistingEntry, members: readonly PreparedInput[]): PreparedInput | undefined {
  const first = entry.sources[0];
  if (!first) return undefined;
  return members.find((m) => m.sha === first.sha256) ?? members.find((m) => m.file === first.file && !entry.sources.some((s) => s.sha256 === m.sha));
}

/** Sorts inputs by source hash, then path. */
function bySource(a: PreparedInput, b: PreparedInput): number {
  return compareText(a.sha, b.sha) || compareText(a.file, b.file);
}

/**
 * For each group, the existing entries it may duplicate (in their order),
 * told by their sketches. An entry's sketch comes from the archive index, or
 * from its signature (read now, once, for an entry the index has not
 * sketched; or its new text's, for an entry this run refreshes): without the
 * index, every entry is read, but only the few its sketch points at are
 * compared on all their shingles.
 */
async function possibleEntries(
  groups: readonly PreparedInput[][],
  entries: readonly ExistingEntry[],
  refreshed: ReadonlySet<string>,
  signatureOf: (entry: ExistingEntry) => Promise<Signature>,
): Promise<ExistingEntry[][]> {
  const sketches = await Promise.all(entries.map(async (entry) => (entry.sketch && !refreshed.has(entry.id) ? entry.sketch : sketchOf(await signatureOf(entry)))));
  const members = groups.flatMap((group, g) => group.map((input) => ({ g, sketch: sketchOf(input.signature) })));
  const lists = possibleDuplicates(members.map((member) => member.sketch), sketches);
  const byGroup = groups.map(() => new Set<number>());
  lists.forEach((list, k) => list.forEach((j) => byGroup[members[k]!.g]!.add(j)));
  return byGroup.map((set) => [...set].sort((a, b) => a - b).map((j) => entries[j]!));
}

/** The existing entry a group duplicates best, if any does (the first of the best). */
async function bestEntry(
  group: readonly PreparedInput[],
  candidates: readonly ExistingEntry[],
  signatureOf: (entry: ExistingEntry) => Promise<Signature>,
): Promise<ExistingEntry | undefined> {
  const signatures = await Promise.all(candidates.map(signatureOf));
  let best: { entry: ExistingEntry; score: number } | undefined;
  candidates.forEach((entry, k) => {
    for (const input of group) {
      const score = containment(input.signature, signatures[k]!);
      if (score >= DUPLICATE_CONTAINMENT && (!best || score > best.score)) best = { entry, score };
    }
  });
  return best?.entry;
}

/** Plans the entries of a run: every input lands in exactly one plan. */
export async function planEntries(
  inputs: readonly PreparedInput[],
  existing: ReadonlyMap<string, ExistingEntry>,
  entrySignature: EntrySignature,
): Promise<EntryPlan[]> {
  const entryOfSource = new Map<string, string>();
  for (const entry of existing.values()) for (const source of entry.sources) entryOfSource.set(source.sha256, entry.id);

  const membersOf = new Map<string, PreparedInput[]>();
  const add = (id: string, members: readonly PreparedInput[]) => membersOf.set(id, [...(membersOf.get(id) ?? []), ...members]);
  const unassigned: PreparedInput[] = [];
  for (const input of inputs) {
    const id = entryOfSource.get(input.sha);
    if (id) add(id, [input]);
    else unassigned.push(input);
  }

  // An entry this run refreshes is compared through its new text; the others through
  // the signature the index keeps of a short one, or their files, each read at most
  // once (see `possibleEntries`).
  const known = new Map<string, Promise<Signature>>();
  for (const entry of existing.values()) if (entry.signature) known.set(entry.id, Promise.resolve(entry.signature));
  for (const [id, members] of membersOf) known.set(id, Promise.resolve((continuingPrimary(existing.get(id)!, members) ?? members[0]!).signature));
  const signatureOf = (entry: ExistingEntry) => {
    if (!known.has(entry.id)) known.set(entry.id, entrySignature(entry));
    return known.get(entry.id)!;
  };
  const newPlans: EntryPlan[] = [];
  // Copies with the same bytes are one source, however short; similarity groups the rest.
  const copies = new Map<string, PreparedInput[]>();
  for (const input of unassigned) copies.set(input.sha, [...(copies.get(input.sha) ?? []), input]);
  const sources = [...copies.values()];
  const groups = groupDuplicates(sources.map((same) => same[0]!.signature)).map((indices) => indices.flatMap((i) => sources[i]!));
  const possible = groups.length > 0 && existing.size > 0 ? await possibleEntries(groups, [...existing.values()], new Set(membersOf.keys()), signatureOf) : [];
  for (const [g, group] of groups.entries()) {
    const entry = await bestEntry(group, possible[g] ?? [], signatureOf);
    if (entry) {
      add(entry.id, group);
      continue;
    }
    const primary = choosePrimary(group);
    newPlans.push({ id: entryIdOf(primary.ingested.sha256), primary, members: group.sort(bySource) });
  }

  const existingPlans = [...membersOf].map(([id, members]): EntryPlan => {
    const entry = existing.get(id)!;
    return { id, primary: continuingPrimary(entry, members), members: members.sort(bySource), existing: entry };
  });
  return [...existingPlans, ...newPlans].sort((a, b) => compareText(a.id, b.id));
}
