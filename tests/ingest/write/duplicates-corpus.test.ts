/**
 * Duplicate detection on real government work reports: cities' reports are
 * written to one formula (the same salutation, the same section titles, the
 * same slogans) and must stay apart, while one report in two formats, or
 * filed under several names, is one. The 2024 corpus files 台州, 襄阳 and 贵阳
 * all hold the State Council's national report (the txt copies byte for
 * byte, the docx copies with other bytes): ingest rightly makes one entry of them.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestInput } from '../../../src/ingest/pipeline.ts';
import type { PreparedInput } from '../../../src/ingest/write/prepare-input.ts';
import { containment, DUPLICATE_CONTAINMENT, groupDuplicates } from '../../../src/ingest/write/shingles.ts';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/govreports-2024/', import.meta.url));

async function prepared(file: string): Promise<PreparedInput> {
  const result = await ingestInput(join(CORPUS, file), CORPUS);
  if (!('input' in result)) throw result.error;
  return result.input;
}

describe('duplicates among the 2024 government work reports', () => {
  it('keeps the reports of different cities apart, however alike their formulas', async () => {
    // The same salutation and opening sentence (宁波, 温州, 咸宁, 天津), and two more of the same province (合肥) or none (厦门).
    const inputs = await Promise.all(['txt/宁波.txt', 'txt/温州.txt', 'txt/咸宁.txt', 'txt/天津.txt', 'txt/合肥.txt', 'txt/厦门.txt'].map(prepared));
    for (const a of inputs) {
      for (const b of inputs) if (a !== b) expect(containment(a.signature, b.signature)).toBeLessThan(DUPLICATE_CONTAINMENT / 2);
    }
    expect(groupDuplicates(inputs.map((input) => input.signature))).toHaveLength(inputs.length);
  });

  it('makes one report of the national report filed under three cities, in both formats', async () => {
    const files = ['txt/台州.txt', 'txt/襄阳.txt', 'docx/贵阳.docx', 'docx/襄阳.docx', 'txt/宁波.txt'];
    const inputs = await Promise.all(files.map(prepared));
    expect(inputs[0]!.sha).toBe(inputs[1]!.sha);
    expect(inputs[2]!.sha).not.toBe(inputs[3]!.sha);
    expect(inputs[0]!.ingested.description.institution).toBe('国务院');
    expect(inputs[0]!.ingested.description.region).toEqual({});
    expect(groupDuplicates(inputs.map((input) => input.signature))).toEqual([[0, 1, 2, 3], [4]]);
  });
});
