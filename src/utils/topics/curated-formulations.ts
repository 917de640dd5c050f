/**
 * Curated formulations (`content/formulations.yml`): what a curator adds to
 * the formulations extraction finds, or hides from them. Added: a policy
 * term reports use without quoting it (分级诊疗), or one a single report uses
 * so far; its page covers every report containing it, as any formulation's
 * does. Hidden: an extracted phrase that is only a piece of longer ones
 * (高质量 of 高质量发展, 五大 of 五大行动 and 五大中心), whose page would list
 * every report using any of them. The file maps each formulation, as
 * written (either script), to its fields; the loader puts the name in.
 */
import { z } from 'astro/zod';
import { toSimplified } from '../../lib/script.ts';
import { termMatchText } from './subject-matches.ts';
import { term } from './topic-schema.ts';

/** One curated formulation. */
export const curatedFormulationSchema = z
  .object({
    /** The formulation as the page shows it (the file's key). */
    name: term,
    /** What it means or where it comes from, shown on its page. */
    note: z.string().trim().min(1).optional(),
    /** Never listed, though extracted. */
    hidden: z.boolean().default(false),
  })
  .refine((entry) => !(entry.hidden && entry.note), { message: 'A hidden formulation has no page to show a note on', path: ['note'] });

/** A validated curated formulation. */
export type CuratedFormulation = z.infer<typeof curatedFormulationSchema>;

/** A curated formulation as the collection gives it. */
export interface CuratedEntry {
  id: string;
  data: CuratedFormulation;
  filePath?: string | undefined;
  digest?: string | number | undefined;
}

/** What the curator decided, by formulation key (match text). */
export interface FormulationCuration {
  /** Listed whatever the extraction found: the name (Simplified) and note. */
  added: ReadonlyMap<string, { surface: string; note?: string }>;
  /** Never listed. */
  hidden: ReadonlySet<string>;
}

/**
 * The curation of a list of entries. Two names with one key (「兩個維護」 and
 * 两个维护: script, width and punctuation aside) are one formulation written
 * twice: an error naming the file, since which of the two the curator means is unclear.
 */
export function formulationCuration(entries: readonly CuratedEntry[]): FormulationCuration {
  const names = new Map<string, string>();
  const added = new Map<string, { surface: string; note?: string }>();
  const hidden = new Set<string>();
  for (const { data, filePath } of entries) {
    const key = termMatchText(data.name);
    const other = names.get(key);
    if (other !== undefined) throw new Error(`${filePath ?? 'curated formulations'}: “${other}” and “${data.name}” are one formulation (${key}); keep one`);
    names.set(key, data.name);
    if (data.hidden) hidden.add(key);
    else added.set(key, { surface: toSimplified(data.name), ...(data.note ? { note: data.note } : {}) });
  }
  return { added, hidden };
}
