/**
 * The shape of an institution rule, and what the rules share: the parts of
 * the report they read and the patterns of body names in running text.
 */
import type { DescribeContext } from '../context.ts';
import { BODY_SUFFIX } from './body-names.ts';

/** A body a rule found, and the level (`市`, `县` …) to complete it with when it is named by its kind alone. */
export interface Found {
  name: string;
  level?: string;
}

/** The parts of a report the rules read. */
export interface ReportParts {
  context: DescribeContext;
  /** The first blocks, date lines left out. */
  lead: readonly string[];
  /** The opening paragraphs, date lines left out. */
  opening: readonly string[];
  /** Names of the meetings the report is about. */
  meetingNames: readonly string[];
}

/** One way of finding the institution; undefined when it finds no body. */
export type Rule = (parts: ReportParts) => Found | undefined;

/** A body's name in running text: up to 16 characters, then a body suffix. */
export const BODY = `\\p{Script=Han}{0,16}?${BODY_SUFFIX}`;

/** Level prefixes, longest first. */
export const LEVELS = '自治区|自治州|[省市县区州盟旗]';

/** The clauses of some lines: a name never spans a comma or a full stop. */
export function clausesOf(lines: readonly string[]): string[] {
  return lines.flatMap((line) => line.split(/[，,。；;：:！？!?\n]/)).map((clause) => clause.trim()).filter(Boolean);
}
