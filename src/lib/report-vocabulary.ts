/**
 * The closed vocabularies of a report's frontmatter (genres, meeting types,
 * scripts), apart from the schema so that code which only needs the words
 * (ingest's describe step) does not load zod with them.
 */

/** Genres a report can have. */
export const GENRES = ['会议报道', '讲话', '工作总结', '工作报告', '其他'] as const;

/** Meeting types (a report may be of several, e.g. a 暨 meeting). */
export const MEETING_TYPES = [
  '年度工作会议',
  '党建工作会议',
  '党风廉政建设会议',
  '安全生产会议',
  '三级干部会议',
  '传达学习会议',
  '职工代表大会',
  '表彰大会',
  '专题会议',
] as const;

/** Original script of a source: Simplified or Traditional. */
export const SCRIPTS = ['hans', 'hant'] as const;

export type Genre = (typeof GENRES)[number];
export type MeetingType = (typeof MEETING_TYPES)[number];
export type Script = (typeof SCRIPTS)[number];
