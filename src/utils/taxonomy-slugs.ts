/**
 * ASCII slugs for genres and meeting types: used in listing URLs and as the
 * suffix of their UI-string keys (`genre.<slug>`, `meeting.<slug>`).
 */
import type { Genre, MeetingType } from '../lib/report-schema.ts';

/** URL slug of each genre. */
export const GENRE_SLUGS: Readonly<Record<Genre, string>> = {
  会议报道: 'news',
  讲话: 'speech',
  工作总结: 'summary',
  工作报告: 'work-report',
  其他: 'other',
};

/** URL slug of each meeting type. */
export const MEETING_TYPE_SLUGS: Readonly<Record<MeetingType, string>> = {
  年度工作会议: 'annual',
  党建工作会议: 'party-building',
  党风廉政建设会议: 'integrity',
  安全生产会议: 'safety',
  三级干部会议: 'three-level-cadres',
  传达学习会议: 'study',
  职工代表大会: 'workers-congress',
  表彰大会: 'commendation',
  专题会议: 'special',
};
