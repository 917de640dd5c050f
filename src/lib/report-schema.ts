/**
 * The frontmatter of one report entry (`content/reports/<id>.mdx`).
 *
 * One schema serves twice: ingest validates what it writes against it, and
 * `src/content.config.ts` validates every entry (including hand edits) at
 * build time, so a broken edit fails the build with the file and field named.
 * Names (region, institution, people) are always Simplified; the body keeps
 * the original script.
 */
import { z } from 'astro/zod';
import { GENRES, MEETING_TYPES, SCRIPTS } from './report-vocabulary.ts';

export { GENRES, MEETING_TYPES, SCRIPTS };
export type { Genre, MeetingType, Script } from './report-vocabulary.ts';

const year = z.number().int().min(1949).max(2100);

const nonEmpty = z.string().trim().min(1);

/** `YYYY-MM-DD` or `YYYY-MM` (month precision when the day is unknown). */
export const reportDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
    message: 'Expected a date as YYYY-MM-DD or YYYY-MM',
  });

/** Region with full official names; `code` is the GB/T 2260 code of the most specific level. */
export const regionSchema = z
  .object({
    province: nonEmpty.optional(),
    city: nonEmpty.optional(),
    county: nonEmpty.optional(),
    code: z.string().regex(/^\d{6}$/, { message: 'Expected a six-digit GB/T 2260 code' }).optional(),
  })
  .strict();

/** One source file a report was ingested from (duplicates add more). */
export const sourceSchema = z
  .object({
    /** Path of the input relative to the project root (or as given when outside it). */
    file: nonEmpty,
    /** SHA-256 of the raw input bytes (first 16 hex digits); identifies the source for re-ingest. */
    sha256: z.string().regex(/^[0-9a-f]{16}$/),
    /** Site or organisation that published the text, when the text names it. */
    site: nonEmpty.optional(),
    /** URL given in the text. */
    url: z.string().url().optional(),
    /** Script and encoding of this particular source. */
    script: z.enum(SCRIPTS),
    encoding: nonEmpty,
  })
  .strict();

/** A note on what ingest repaired, removed, flagged or doubts, with the paragraphs it concerns. */
export const qualityNoteSchema = z
  .object({
    /** Id of the cleaning rule that emitted the note (e.g. `repair-mojibake`). */
    rule: nonEmpty,
    kind: z.enum(['repaired', 'removed', 'flagged', 'doubtful']),
    /** Human-readable note, in Chinese. */
    note: nonEmpty,
    /** Paragraph anchors the note concerns (empty: the whole report). */
    at: z.array(z.string()).default([]),
  })
  .strict();

export const reportSchema = z
  .object({
    /** Title as the source gives it; absent when the source has none (the site derives a display title). */
    title: nonEmpty.optional(),
    /** Date of the meeting, or of delivery/publication. */
    date: reportDate.optional(),
    /** Year of the meeting, or of delivery/publication. */
    year: year.optional(),
    /** For summaries and work reports: the year reviewed, when it differs from `year`. */
    coveredYear: year.optional(),
    region: regionSchema.default({}),
    /** Full name of the issuing institution, Simplified, abbreviations expanded. */
    institution: nonEmpty.optional(),
    genre: z.enum(GENRES).default('其他'),
    meetingTypes: z.array(z.enum(MEETING_TYPES)).default([]),
    speakers: z.array(nonEmpty).default([]),
    authors: z.array(nonEmpty).default([]),
    /** Original script of the body. */
    script: z.enum(SCRIPTS),
    /** Encoding of the primary source. */
    encoding: nonEmpty,
    /** Sources, the primary first; duplicates (other script, re-posts) follow. */
    sources: z.array(sourceSchema).min(1),
    quality: z.array(qualityNoteSchema).default([]),
    /**
     * Fingerprint of the file as ingest wrote it. When the file's content no longer
     * matches, it was edited by hand and ingest will not overwrite it.
     */
    generated: z.string().regex(/^[0-9a-f]{16}$/).optional(),
  })
  .strict();

export type Region = z.infer<typeof regionSchema>;
export type ReportSource = z.infer<typeof sourceSchema>;
export type QualityNote = z.infer<typeof qualityNoteSchema>;
/** Frontmatter as written (defaults not yet applied). */
export type ReportFrontmatterInput = z.input<typeof reportSchema>;
/** Frontmatter as validated (defaults applied). */
export type ReportFrontmatter = z.output<typeof reportSchema>;
