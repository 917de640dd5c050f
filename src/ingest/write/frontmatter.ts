/**
 * Frontmatter of an entry: built from the description, in a fixed key order
 * (the schema's), absent values omitted (never null), dumped as YAML with
 * js-yaml (the parser Astro reads frontmatter with) with every string quoted,
 * so no YAML reader takes a date, a code or a hash for a number or a date.
 */
import yaml from 'js-yaml';
import type { QualityNote, ReportSource } from '../../lib/report-schema.ts';
import type { Description } from '../types.ts';

/** Frontmatter keys in the order entries list them (the schema's). */
export const FRONTMATTER_KEYS = [
  'title',
  'date',
  'year',
  'coveredYear',
  'region',
  'institution',
  'genre',
  'meetingTypes',
  'speakers',
  'authors',
  'script',
  'encoding',
  'sources',
  'quality',
  'generated',
] as const;

const REGION_KEYS = ['province', 'city', 'county', 'code'] as const;
const SOURCE_KEYS = ['file', 'sha256', 'site', 'url', 'script', 'encoding'] as const;
const NOTE_KEYS = ['rule', 'kind', 'note', 'at'] as const;

/** A plain record of unknown values (parsed YAML). */
export type Fields = Record<string, unknown>;

/** Whether a value counts as absent: undefined, null, an empty list or an empty object. */
function isAbsent(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** The fields of `record` in the order of `keys`, absent ones left out, unknown ones kept at the end. */
function ordered(record: Fields, keys: readonly string[], nested: Record<string, (value: unknown) => unknown> = {}): Fields {
  const out: Fields = {};
  for (const key of [...keys, ...Object.keys(record).filter((key) => !keys.includes(key))]) {
    const value = nested[key] ? nested[key](record[key]) : record[key];
    if (!isAbsent(value)) out[key] = value;
  }
  return out;
}

/** Orders a list of records, leaving anything that is not a record as it is (the schema rejects it). */
function orderedList(value: unknown, keys: readonly string[]): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? ordered(item as Fields, keys) : item));
}

/** Frontmatter in canonical form: schema key order, absent values omitted. */
export function canonicalFrontmatter(fields: Fields): Fields {
  return ordered(fields, FRONTMATTER_KEYS, {
    region: (value) => (value && typeof value === 'object' && !Array.isArray(value) ? ordered(value as Fields, REGION_KEYS) : value),
    sources: (value) => orderedList(value, SOURCE_KEYS),
    quality: (value) => orderedList(value, NOTE_KEYS),
  });
}

/**
 * Frontmatter from what describe found, the primary's encoding, the source
 * records (primary first; site and URL live there) and the quality notes.
 */
export function buildFrontmatter(description: Description, encoding: string, sources: readonly (ReportSource | Fields)[], quality: readonly QualityNote[]): Fields {
  const { site: _site, url: _url, ...fields } = description;
  return canonicalFrontmatter({ ...fields, encoding, sources, quality });
}

/** YAML text of frontmatter fields (deterministic; every string quoted), ending in a newline. */
export function dumpFrontmatter(fields: Fields): string {
  return yaml.dump(fields, { lineWidth: -1, noRefs: true, forceQuotes: true, quotingType: '"' });
}

/** An entry split into its frontmatter fields and its body; undefined when it has no readable frontmatter. */
export function splitEntry(text: string): { fields: Fields; body: string } | undefined {
  if (!text.startsWith('---\n')) return undefined;
  const end = text.indexOf('\n---\n', 3);
  if (end < 0) return undefined;
  try {
    const fields = yaml.load(text.slice(4, end + 1));
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return undefined;
    return { fields: fields as Fields, body: text.slice(end + 5).replace(/^\n/, '') };
  } catch {
    return undefined;
  }
}
