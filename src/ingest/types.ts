/**
 * Shared shapes of the ingest pipeline:
 * read → decode → clean (rules) → structure → describe → serialise.
 *
 * A `Draft` is the working document that flows through the steps, like a
 * vfile: each step reads it, changes it and leaves messages on it. The quality
 * notes of an entry and the ingest summary are those messages, collected.
 */
import type { Genre, MeetingType, Region, Script } from '../lib/report-schema.ts';

/** Input formats ingest reads. */
export type InputFormat = 'txt' | 'html' | 'docx';

/** What a step did or doubts, as a message on the draft. */
export interface IngestMessage {
  /** Rule id, kebab-case, e.g. `strip-pinyin`. */
  rule: string;
  kind: 'repaired' | 'removed' | 'flagged' | 'doubtful';
  /** Note for readers and curators, in Chinese (e.g. `删除拼音注音 12 处`). */
  note: string;
  /**
   * Text of the line/paragraph the message concerns, as it reads after the
   * step (used to attach the note to a paragraph anchor). Omit for file-level notes.
   */
  text?: string;
}

/** Facts found in page furniture, bylines and wrappers: metadata, not body. */
export interface Hints {
  /** Headline candidates removed from the body, best first. */
  titles: string[];
  /** Publication/posting dates from furniture (`YYYY-MM-DD` or `YYYY-MM`), first seen first. */
  dates: string[];
  /** Publishing site or organisation (来源, 发布单位, 转自 …). */
  sites: string[];
  /**
   * Owners of the site that carries the page (its footer's 主办单位 or ©): who
   * runs the site, not who issued the report (a province's site carries its
   * cities' reports): a source of last resort, evidence of region only where
   * the text gives none (describe/region.ts), and none of institution.
   */
  hosts: string[];
  /** URLs found in furniture (本文地址 …). */
  urls: string[];
  /** Authors, reporters, photographers from bylines (Simplified). */
  authors: string[];
  /** Editors and reviewers (责编, 编辑, 三审 …): kept, but not authors. */
  editors: string[];
  /** Issuing body named by a disclosure table (发布机构) or a signature block. */
  issuers: string[];
}

/** One block of the cleaned body. */
export interface Block {
  type: 'heading' | 'paragraph';
  /** Heading level: 2 for 一、, 3 for （一）, 4 for 1. / 一是 runs that stand alone. */
  depth?: 2 | 3 | 4;
  text: string;
}

/** The working document. */
export interface Draft {
  /** Input path as given on the command line. */
  source: string;
  format: InputFormat;
  /** Encoding the bytes were decoded with (`UTF-8`, `UTF-8 (BOM)`, `UTF-16LE (BOM)`, `GB18030`, `Big5`, `docx`). */
  encoding: string;
  /** Current text lines (cleaning rules rewrite this). */
  lines: string[];
  /** Paragraphs and headings, filled by `structure`. */
  blocks: Block[];
  hints: Hints;
  messages: IngestMessage[];
}

/** A cleaning rule: one job, pure over the draft's lines; reports what it did as messages. */
export type CleanRule = (draft: Draft) => void;

/** Metadata `describe` derives; every field absent when it cannot be determined. */
export interface Description {
  title?: string;
  date?: string;
  year?: number;
  coveredYear?: number;
  region: Region;
  institution?: string;
  genre: Genre;
  meetingTypes: MeetingType[];
  speakers: string[];
  authors: string[];
  site?: string;
  url?: string;
  script: Script;
}

/** An input that could not be ingested: the reason is shown with the file name. */
export class IngestError extends Error {
  readonly source: string;
  constructor(source: string, reason: string) {
    super(`${source}: ${reason}`);
    this.name = 'IngestError';
    this.source = source;
  }
}

/** A fresh, empty set of hints. */
export function emptyHints(): Hints {
  return { titles: [], dates: [], sites: [], hosts: [], urls: [], authors: [], editors: [], issuers: [] };
}

/** A fresh draft for decoded text. */
export function createDraft(source: string, format: InputFormat, encoding: string, text: string): Draft {
  return {
    source,
    format,
    encoding,
    lines: text.split(/\r\n|\r|\n|\u2028|\u2029/),
    blocks: [],
    hints: emptyHints(),
    messages: [],
  };
}
