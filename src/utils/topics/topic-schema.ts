/**
 * A curated topic (`content/topics/<slug>.yml`): what it is called, what it
 * covers, the terms that mark a passage as being about it, and its neighbours.
 * Names and terms are Simplified; pages convert them for Traditional.
 */
import { z } from 'astro/zod';

/** Groups the topic index is divided into, in display order (UI key `topics.group.<group>`). */
export const TOPIC_GROUPS = ['reform', 'primary', 'public-health', 'population', 'services', 'governance'] as const;

/** A term matches on match text, so it must keep at least two characters once punctuation is dropped. */
export const term = z.string().trim().refine((value) => value.replace(/[\p{P}\p{S}\p{Z}]/gu, '').length >= 2, {
  message: 'A term needs at least two characters besides punctuation',
});

/** Frontmatter of a topic file. */
export const topicSchema = z.object({
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
  group: z.enum(TOPIC_GROUPS),
  /** Terms and synonyms, the most usual first; a passage is about the topic when it contains any of them. */
  terms: z.array(term).min(1),
  /** Slugs (file names) of related topics. */
  related: z.array(z.string().regex(/^[a-z0-9-]+$/, 'A related topic is named by its slug (file name)')).default([]),
});

/** A validated topic. */
export type Topic = z.infer<typeof topicSchema>;
