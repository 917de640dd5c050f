/**
 * Overrides: curator corrections that survive re-ingest. `<dir>/<id>.yml`
 * holds frontmatter fields that replace what ingest derives (a field set to
 * null is removed). The override is checked against the report schema; a
 * wrong one is an error naming the file and the field.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { reportSchema } from '../../lib/report-schema.ts';
import type { Fields } from './frontmatter.ts';

/** Fields an override may not set: they record where the entry came from and how it was written. */
const INGEST_ONLY = ['sources', 'generated'] as const;

const overrideSchema = reportSchema.omit({ sources: true, generated: true }).partial();

/** An override file and the fields it sets (null: remove the field). */
export interface Override {
  file: string;
  fields: Fields;
}

/** An override that cannot be applied: the message names the file and the field. */
export class OverrideError extends Error {
  constructor(file: string, field: string, reason: string) {
    super(`${file}: ${field}: ${reason}`);
    this.name = 'OverrideError';
  }
}

/** The path of the override of an entry. */
export function overridePath(dir: string, id: string): string {
  return join(dir, `${id}.yml`);
}

/** Checks an override's fields; throws OverrideError for the first wrong one. */
export function checkOverride({ file, fields }: Override): void {
  for (const key of INGEST_ONLY) {
    if (key in fields) throw new OverrideError(file, key, 'is recorded by ingest and cannot be overridden');
  }
  const set = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
  const result = overrideSchema.safeParse(set);
  if (result.success) return;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.') || ('keys' in issue ? issue.keys.join(', ') : '(override)');
  throw new OverrideError(file, field, issue.message);
}

/** Reads and checks the override of an entry; undefined when there is none. */
export async function loadOverride(dir: string, id: string): Promise<Override | undefined> {
  const file = overridePath(dir, id);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new OverrideError(file, '(file)', error.message);
  });
  if (text === undefined) return undefined;
  let fields: unknown;
  try {
    // The core schema reads 2024-03-04 as the string it is meant to be, not as a Date.
    fields = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    throw new OverrideError(file, '(YAML)', error instanceof Error ? error.message : String(error));
  }
  if (fields === undefined || fields === null) return { file, fields: {} };
  if (typeof fields !== 'object' || Array.isArray(fields)) throw new OverrideError(file, '(file)', 'expected a mapping of frontmatter fields');
  const override = { file, fields: fields as Fields };
  checkOverride(override);
  return override;
}

/** Frontmatter with an override's fields replacing the derived ones (null removes a field). */
export function applyOverride(fields: Fields, override: Override | undefined): Fields {
  if (!override) return fields;
  const merged: Fields = { ...fields };
  for (const [key, value] of Object.entries(override.fields)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
