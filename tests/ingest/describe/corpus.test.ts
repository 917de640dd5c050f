/**
 * Corpus checks: the describe step on the real seed reports and dev pages,
 * through the whole pipeline, against the hand-made labels in ../shared/corpus.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/ingest/pipeline.ts';
import { toSimplified } from '../../../src/lib/script.ts';

const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

interface Label {
  file: string;
  date: string | null;
  year: number | null;
  coveredYear: number | null;
  institution: string | null;
  genre: string;
  meetingTypes: string[];
  script: string;
  accept?: { institution?: string };
}

const labelsOf = (set: string): Label[] =>
  readFileSync(`${corpus}${set}/labels.jsonl`, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Label);

/** Institution names compared as the scorer does: Simplified, without punctuation, one containing the other. */
const sameInstitution = (got: string | undefined, want: string | null | undefined): boolean => {
  const norm = (value: string) => toSimplified(value).replace(/[\s"“”'‘’《》【】[\]()（）:：,，.。、]/g, '');
  if (!got || !want) return !got && !want;
  const [a, b] = [norm(got), norm(want)];
  return a === b || (Math.min(a.length, b.length) >= 4 && (a.includes(b) || b.includes(a)));
};

const yearRight = (got: number | undefined, label: Label) =>
  (got ?? null) === label.year || (got !== undefined && got === label.coveredYear);

describe('seeds', async () => {
  const labels = labelsOf('seeds');
  const results = await Promise.all(labels.map(async (label) => ({ label, ...(await ingestFile(`${corpus}seeds/${label.file}`)) })));

  it.each(results.map((result) => [result.label.file, result] as const))('%s: exact year, date, genre, script and meeting types', (_, { label, description }) => {
    expect(yearRight(description.year, label)).toBe(true);
    expect(description.date ?? null).toBe(label.date);
    expect(description.genre).toBe(label.genre);
    expect(description.script).toBe(label.script);
    expect([...description.meetingTypes].sort()).toEqual([...label.meetingTypes].sort());
  });

  it('names the institution right for at least four of five', () => {
    const right = results.filter(({ label, description }) =>
      sameInstitution(description.institution, label.institution) || sameInstitution(description.institution, label.accept?.institution));
    expect(right.length).toBeGreaterThanOrEqual(4);
  });
});

describe('dev pages', async () => {
  const labels = labelsOf('pages');
  const results = await Promise.all(labels.map(async (label) => ({ label, ...(await ingestFile(`${corpus}pages/${label.file}`)) })));
  const rate = (right: (result: (typeof results)[number]) => boolean) => results.filter(right).length / results.length;

  it('reaches the bars: year and genre ≥ 0.9, institution ≥ 0.7', () => {
    expect(rate(({ label, description }) => yearRight(description.year, label))).toBeGreaterThanOrEqual(0.9);
    expect(rate(({ label, description }) => description.genre === label.genre)).toBeGreaterThanOrEqual(0.9);
    expect(rate(({ label, description }) => sameInstitution(description.institution, label.institution))).toBeGreaterThanOrEqual(0.7);
  });

  it('gets most dates and meeting types right', () => {
    expect(rate(({ label, description }) => (description.date ?? null) === label.date)).toBeGreaterThanOrEqual(0.85);
    expect(rate(({ label, description }) => [...description.meetingTypes].sort().join() === [...label.meetingTypes].sort().join())).toBeGreaterThanOrEqual(0.85);
  });
});
