/**
 * The text of a report as cross-report analysis reads it: each anchored block
 * (heading or paragraph) with its text as written and its match text
 * (Simplified, NFKC-folded, lower case, no whitespace, punctuation or
 * symbols; see `src/lib/match-text.ts`). "A report contains a term" means:
 * the match text of one of its blocks contains the term's match text. So
 * 医共体 matches 醫共體 and 医 共 体, and a term never matches across two paragraphs.
 * Only Traditional originals are converted: a Simplified report is already
 * in the script terms are matched in (and converting it anyway costs a third
 * of the analysis, and turns 在沈落地 into 在沉落地).
 */
import type { ReportFrontmatter } from '../../lib/report-schema.ts';
import { simplifiedTexts, stripToMatch } from '../../lib/match-text.ts';
import { bodyBlocks, type BodyBlock } from '../body-outline.ts';

/** One anchored block of a report. */
export interface CorpusBlock extends BodyBlock {
  /** Match text of the block. */
  match: string;
}

/** A report as pages see it in the analysis: when and where, and its anchored blocks. */
export interface ReportOutline {
  id: string;
  /** Year of the report (its `year`, else the year of its date). */
  year?: number;
  /** Province (Simplified full name), when known. */
  province?: string;
  blocks: BodyBlock[];
}

/** A report as the analysis reads it: each block with its match text. */
export interface CorpusReport extends ReportOutline {
  blocks: CorpusBlock[];
}

/** A report read for analysis, with the Simplified text of each block (punctuation kept) for extraction. */
export interface ReadReport {
  report: CorpusReport;
  /** Simplified text of each block, in block order (not kept: only extraction reads it). */
  simplified: string[];
}

/** Year of a report: its own `year`, else the year of its date. */
export function reportYear(data: Pick<ReportFrontmatter, 'year' | 'date'>): number | undefined {
  return data.year ?? (data.date ? Number(data.date.slice(0, 4)) : undefined);
}

/**
 * Folded forms of the block texts a corpus repeats, shared by the reports of
 * one analysis: boilerplate and reposted paragraphs recur in many reports,
 * and each distinct text is folded once (and its match text kept once in memory).
 */
export class TextFolds {
  /** NFKC form of a Simplified original, by text as written. */
  readonly #nfkc = new Map<string, string>();
  /** Match text, by Simplified NFKC-folded text. */
  readonly #match = new Map<string, string>();

  /** NFKC form of `text`. */
  nfkc(text: string): string {
    let folded = this.#nfkc.get(text);
    if (folded === undefined) this.#nfkc.set(text, (folded = text.normalize('NFKC')));
    return folded;
  }

  /** Match text of Simplified NFKC-folded `simplified` (see `stripToMatch`). */
  match(simplified: string): string {
    let match = this.#match.get(simplified);
    if (match === undefined) this.#match.set(simplified, (match = stripToMatch(simplified)));
    return match;
  }
}

/** The outline of report `id` (frontmatter `data`, MDX `body`). */
export function reportOutline(id: string, data: Pick<ReportFrontmatter, 'year' | 'date' | 'region'>, body: string): ReportOutline {
  const year = reportYear(data);
  return {
    id,
    ...(year !== undefined ? { year } : {}),
    ...(data.region.province ? { province: data.region.province } : {}),
    blocks: bodyBlocks(body),
  };
}

/** Reads report `id` (frontmatter `data`, MDX `body`) for analysis; `folds` shares folded texts between the reports of a corpus. */
export function readReport(id: string, data: Pick<ReportFrontmatter, 'year' | 'date' | 'region' | 'script'>, body: string, folds = new TextFolds()): ReadReport {
  const outline = reportOutline(id, data, body);
  const texts = outline.blocks.map((block) => block.text);
  const simplified = data.script === 'hant' ? simplifiedTexts(texts) : texts.map((text) => folds.nfkc(text));
  return {
    report: { ...outline, blocks: outline.blocks.map((block, i) => ({ ...block, match: folds.match(simplified[i] ?? '') })) },
    simplified,
  };
}
