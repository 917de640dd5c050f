import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../../src/lib/script.ts';
import type { Ingested } from '../../../src/ingest/pipeline.ts';
import { emptyHints } from '../../../src/ingest/types.ts';
import type { ExistingEntry } from '../../../src/ingest/write/existing-entries.ts';
import { entryIdOf } from '../../../src/ingest/write/entry-id.ts';
import { choosePrimary, planEntries } from '../../../src/ingest/write/plan-entries.ts';
import { prepareInput, recordedPath } from '../../../src/ingest/write/prepare-input.ts';
import { sketchOf } from '../../../src/ingest/write/shingles.ts';
import { OTHER_REPORT, REPORT_LINES, ROOT } from './fixtures.ts';

/** A prepared input of the given lines, as if read from `source` with bytes hashing to `sha256`. */
function input(source: string, lines: readonly string[], sha256: string, script: 'hans' | 'hant' = 'hans') {
  const ingested: Ingested = {
    sha256,
    draft: {
      source,
      format: 'txt',
      encoding: 'UTF-8',
      lines: [...lines],
      blocks: lines.map((text) => ({ type: 'paragraph', text })),
      hints: emptyHints(),
      messages: [],
    },
    description: { region: {}, genre: '其他', meetingTypes: [], speakers: [], authors: [], script },
  };
  return prepareInput(ingested, '/project');
}

const SIMPLIFIED = input('/in/s.txt', REPORT_LINES, 'b'.repeat(64));
const TRADITIONAL = input('/in/t.txt', REPORT_LINES.map((line) => toTraditional(line)), 'a'.repeat(64), 'hant');
const OTHER = input('/in/o.txt', OTHER_REPORT.split('\n'), 'c'.repeat(64));
const noSignature = () => Promise.reject(new Error('no entry body should be needed'));

describe('recordedPath', () => {
  it('is relative inside the project, as given outside it', () => {
    expect(recordedPath('/project/content/sources/a.txt', '/project')).toBe('content/sources/a.txt');
    expect(recordedPath('content/sources/a.txt', '/project')).toBe('content/sources/a.txt');
    expect(recordedPath('../shared/corpus/a.txt', '/project')).toBe('../shared/corpus/a.txt');
  });
});

describe('planEntries', () => {
  it('makes one entry of a report and its Traditional copy, with the Simplified copy as primary in any order', async () => {
    for (const order of [[SIMPLIFIED, TRADITIONAL, OTHER], [OTHER, TRADITIONAL, SIMPLIFIED]]) {
      const plans = await planEntries(order, new Map(), noSignature);
      expect(plans.map((plan) => plan.id)).toEqual([entryIdOf(SIMPLIFIED.ingested.sha256), entryIdOf(OTHER.ingested.sha256)].sort());
      const report = plans.find((plan) => plan.members.length === 2)!;
      expect(report.primary).toBe(SIMPLIFIED);
      expect(report.members).toEqual([TRADITIONAL, SIMPLIFIED]);
    }
  });

  it('chooses among copies of one script by fewest doubts, then completeness, then hash', () => {
    const cut = input('/in/cut.txt', REPORT_LINES.slice(0, -1), '0'.repeat(64));
    expect(choosePrimary([cut, SIMPLIFIED])).toBe(SIMPLIFIED);
    const doubtful = input('/in/d.txt', REPORT_LINES, '1'.repeat(64));
    doubtful.ingested.draft.messages.push({ rule: 'flag-spam', kind: 'flagged', note: '疑似广告' });
    expect(choosePrimary([doubtful, cut])).toBe(cut);
  });

  it('sends a source back to the entry that records it, and a later duplicate to that entry too', async () => {
    const entry: ExistingEntry = { id: 'e00000000001', path: '/out/e00000000001.mdx', sources: [{ file: '/in/t.txt', sha256: TRADITIONAL.sha }] };
    const plans = await planEntries([SIMPLIFIED, TRADITIONAL], new Map([[entry.id, entry]]), noSignature);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ id: 'e00000000001', primary: TRADITIONAL, existing: entry });
    expect(plans[0]!.members).toEqual([TRADITIONAL, SIMPLIFIED]);
  });

  it('attaches a duplicate of an entry the run does not touch, by that entry body', async () => {
    const entry: ExistingEntry = { id: 'e00000000001', path: '/out/e00000000001.mdx', sources: [{ file: '/in/t.txt', sha256: TRADITIONAL.sha }] };
    const plans = await planEntries([SIMPLIFIED, OTHER], new Map([[entry.id, entry]]), async () => TRADITIONAL.signature);
    const attached = plans.find((plan) => plan.id === entry.id)!;
    expect(attached.primary).toBeUndefined();
    expect(attached.members).toEqual([SIMPLIFIED]);
    expect(plans.map((plan) => plan.id)).toContain(entryIdOf(OTHER.ingested.sha256));
  });

  it('makes byte-identical copies one source, however short', async () => {
    const a = input('/in/a.txt', ['短'], 'd'.repeat(64));
    const b = input('/in/b.txt', ['短'], 'd'.repeat(64));
    const plans = await planEntries([b, a], new Map(), noSignature);
    expect(plans).toHaveLength(1);
    expect(plans[0]!.primary).toBe(a);
  });
});

describe('planEntries against many entries', () => {
  it('reads each stored entry once, however many new reports there are', async () => {
    const entries = new Map(['e00000000001', 'e00000000002'].map((id) => [id, { id, path: `/out/${id}.mdx`, sources: [{ file: `/in/${id}.txt`, sha256: id.padEnd(16, '0') }] }]));
    const reads: string[] = [];
    const plans = await planEntries([SIMPLIFIED, OTHER], entries, async (entry) => {
      reads.push(entry.id);
      return entry.id.endsWith('1') ? TRADITIONAL.signature : new Uint32Array();
    });
    expect(reads.sort()).toEqual(['e00000000001', 'e00000000002']);
    expect(plans.find((plan) => plan.id === 'e00000000001')?.members).toEqual([SIMPLIFIED]);
  });

  it('compares a new report on all shingles only with the entries whose sketch does not rule them out, reading an unsketched entry to sketch it', async () => {
    const seeds = join(ROOT, 'content/sources/seeds');
    const [first, second] = readdirSync(seeds).map((name) => readFileSync(join(seeds, name), 'utf8').split('\n'));
    const report = input('/in/report.txt', first!, 'e'.repeat(64));
    const copy = input('/in/copy.txt', first!.map((line) => toTraditional(line)), 'f'.repeat(64), 'hant');
    const other = input('/in/other.txt', second!, '9'.repeat(64));
    const entry = (id: string, sketch?: Uint32Array): ExistingEntry => ({ id, path: `/out/${id}.mdx`, sources: [{ file: `/in/${id}.txt`, sha256: id.padEnd(16, '0') }], sketch });
    const entries = new Map([entry('e00000000001', sketchOf(copy.signature)), entry('e00000000002', sketchOf(other.signature)), entry('e00000000003')].map((e) => [e.id, e]));
    const reads: string[] = [];
    const plans = await planEntries([report], entries, async (stored) => {
      reads.push(stored.id);
      return stored.id.endsWith('1') ? copy.signature : new Uint32Array();
    });
    expect(reads.sort()).toEqual(['e00000000001', 'e00000000003']);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ id: 'e00000000001', members: [report] });
  });

  it('compares a short report with an entry through the signature the index keeps, without reading the entry', async () => {
    const entry: ExistingEntry = {
      id: 'e00000000001',
      path: '/out/e00000000001.mdx',
      sources: [{ file: '/in/t.txt', sha256: TRADITIONAL.sha }],
      sketch: sketchOf(TRADITIONAL.signature),
      signature: TRADITIONAL.signature,
    };
    const plans = await planEntries([SIMPLIFIED], new Map([[entry.id, entry]]), noSignature);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ id: entry.id, members: [SIMPLIFIED] });
  });
});
