/**
 * An ingested input made ready for writing: its source hash, the path its
 * source record gives, and the match texts and shingle signature that anchors
 * and duplicate detection compare.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { Ingested } from '../pipeline.ts';
import { sourceHashOf } from './entry-id.ts';
import { matchTexts } from '../../lib/match-text.ts';
import { type Signature, shingleSignature } from './shingles.ts';

/** An ingested input, ready to become (part of) an entry. */
export interface PreparedInput {
  ingested: Ingested;
  /** Source hash as recorded (16 hex digits). */
  sha: string;
  /** Path recorded in the source record. */
  file: string;
  /** Match text of each block. */
  match: string[];
  signature: Signature;
  /**
   * The text of an entry with this input as its only source (see
   * `composeAlone`), composed by the thread that ingested the input: so
   * worker threads share the composing, which writing then reuses.
   */
  alone?: string;
}

/** The path a source record gives: relative to the project root when inside it, else as given. */
export function recordedPath(source: string, root: string): string {
  const inside = relative(root, resolve(root, source));
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split('\\').join('/') : source;
}

/** Prepares an ingested input for writing; `root` is the project root (the working directory). */
export function prepareInput(ingested: Ingested, root: string): PreparedInput {
  const match = matchTexts(ingested.draft.blocks.map((block) => block.text));
  return {
    ingested,
    sha: sourceHashOf(ingested.sha256),
    file: recordedPath(ingested.draft.source, root),
    match,
    signature: shingleSignature(match),
  };
}
