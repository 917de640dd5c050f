import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyPrint, INDEX_FILE, readArchiveIndex, saveArchiveIndex, setRecord } from '../../../src/ingest/write/archive-index.ts';
import { loadExistingEntries } from '../../../src/ingest/write/existing-entries.ts';
import { tempDir } from './fixtures.ts';

/** A source hash: `prefix` padded with zeros. */
const sha = (prefix: string) => prefix.padEnd(16, '0');

/** An entry file recording one source. */
function entryText(sha256: string): string {
  return `---\ntitle: 报告\nsources:\n  - file: in/${sha256}.txt\n    sha256: "${sha256}"\n---\n\n<P id="p-000000">正文。</P>\n`;
}

const SKETCH = Uint32Array.of(64, 128, 4_294_967_232);

describe('archive index', () => {
  it('is empty when missing, damaged or of another version', async () => {
    const dir = tempDir();
    expect((await readArchiveIndex(dir)).records.size).toBe(0);
    for (const text of ['{"version":1,"entries":', '[]', '{"version":0,"entries":{"a":{"size":1,"mtimeMs":1,"ctimeMs":1,"sources":[]}}}']) {
      writeFileSync(join(dir, INDEX_FILE), text);
      expect((await readArchiveIndex(dir)).records.size).toBe(0);
    }
  });

  it('keeps records and sketches across runs, and is written only when a record changed', async () => {
    const dir = tempDir();
    const index = await readArchiveIndex(dir);
    setRecord(index, 'e1', { size: 10, mtimeMs: 1.5, ctimeMs: 1.5, sources: [{ file: 'in/a.txt', sha256: 'a'.repeat(16) }], sketch: SKETCH });
    setRecord(index, 'e2', { size: 20, mtimeMs: 2, ctimeMs: 3, sources: [], sketch: Uint32Array.of(64), signature: Uint32Array.of(4, 8, 64) });
    await saveArchiveIndex(index);
    const again = await readArchiveIndex(dir);
    expect(again.records).toEqual(index.records);
    expect(again.records.get('e1')!.sketch).toBeInstanceOf(Uint32Array);
    expect(again.records.get('e2')!.signature).toEqual(Uint32Array.of(4, 8, 64));

    writeFileSync(join(dir, INDEX_FILE), readFileSync(join(dir, INDEX_FILE), 'utf8').replace('"version":1', '"version": 1'));
    const marked = readFileSync(join(dir, INDEX_FILE), 'utf8');
    const unchanged = await readArchiveIndex(dir);
    setRecord(unchanged, 'e1', { ...unchanged.records.get('e1')!, sketch: Uint32Array.from(SKETCH) });
    await saveArchiveIndex(unchanged);
    expect(readFileSync(join(dir, INDEX_FILE), 'utf8')).toBe(marked);
    setRecord(unchanged, 'e2', undefined);
    await saveArchiveIndex(unchanged);
    expect([...(await readArchiveIndex(dir)).records.keys()]).toEqual(['e1']);
  });

  it("keeps a body's sketch, and the whole signature of a short one, whose sketch rules nothing out", () => {
    const long = Uint32Array.from({ length: 400 }, (_, i) => i * 64 + (i % 4 === 0 ? 0 : 4));
    expect(bodyPrint(long)).toEqual({ sketch: long.filter((hash) => hash % 64 === 0) });
    const short = Uint32Array.of(4, 64, 128, 132);
    expect(bodyPrint(short)).toEqual({ sketch: Uint32Array.of(64, 128), signature: short });
  });

  it('gives an entry as indexed without reading it; reads one written since, even with its times set back; forgets removed ones', async () => {
    const dir = tempDir();
    // Whole seconds, which a file's time keeps exactly when set again.
    const time = 1_700_000_000;
    for (const id of ['e1', 'e2', 'e3']) {
      writeFileSync(join(dir, `${id}.mdx`), entryText(sha(id)));
      utimesSync(join(dir, `${id}.mdx`), time, time);
    }
    const index = await readArchiveIndex(dir);
    const first = await loadExistingEntries(dir, index);
    expect(first.get('e1')!.sources).toEqual([{ file: `in/${sha('e1')}.txt`, sha256: sha('e1') }]);
    expect(index.records.size).toBe(3);
    // The index answers for e1 (it says other sources than the file, which is not read).
    setRecord(index, 'e1', { ...index.records.get('e1')!, sources: [{ file: 'in/x.txt', sha256: sha('x') }], sketch: SKETCH });
    await saveArchiveIndex(index);

    // e2 gets other text of the same size, its times set back as `cp -a` does; e3 is removed, e4 added.
    writeFileSync(join(dir, 'e2.mdx'), entryText(sha('f2')));
    utimesSync(join(dir, 'e2.mdx'), time, time);
    rmSync(join(dir, 'e3.mdx'));
    writeFileSync(join(dir, 'e4.mdx'), entryText(sha('e4')));

    const reread = await readArchiveIndex(dir);
    const second = await loadExistingEntries(dir, reread);
    expect(second.get('e1')).toMatchObject({ sources: [{ sha256: sha('x') }], sketch: SKETCH });
    expect(second.get('e1')!.fields).toBeUndefined();
    expect(second.get('e2')).toMatchObject({ sources: [{ sha256: sha('f2') }] });
    expect(second.get('e2')!.sketch).toBeUndefined();
    expect(second.get('e2')!.fields).toBeDefined();
    expect([...second.keys()]).toEqual(['e1', 'e2', 'e4']);
    expect([...reread.records.keys()].sort()).toEqual(['e1', 'e2', 'e4']);
    expect(reread.changed).toBe(true);
  });
});
