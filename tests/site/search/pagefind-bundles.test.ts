import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { bigrams } from '../../../src/lib/search-tokens.ts';
import { bundleWriter } from '../../../src/utils/search/pagefind-bundles.ts';
import { adjustPagefindRuntime } from '../../../src/utils/search/pagefind-runtime.ts';

const root = mkdtempSync(join(tmpdir(), 'huibian-bundles-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Words of a text as a report record gives them: its bigrams and a separator, each followed by a space. */
const words = (text: string): { content: string; count: number } => {
  const list = [...bigrams(text), '-'];
  return { content: list.map((word) => `${word} `).join(''), count: list.length };
};

/** The words Pagefind stored for a bundle's one page (its fragment's content). */
function storedWords(bundleDir: string): string[] {
  const [name] = readdirSync(join(bundleDir, 'fragment'));
  const fragment = JSON.parse(gunzipSync(readFileSync(join(bundleDir, 'fragment', name!))).subarray('pagefind_dcd'.length).toString('utf8')) as { content: string };
  return fragment.content.split(' ');
}

describe('bundleWriter', () => {
  it('writes consecutive reports into one Pagefind record per bundle, in order, with each report’s first position', async () => {
    const writer = bundleWriter(root, 12);
    const reports = ['医共体建设', '紧密型县域医共体', '心电一张网', '一岗双责'].map(words);
    const places = [];
    for (const report of reports) places.push(await writer.add(report.content, report.count));
    const { bundles, positions } = await writer.finish();
    // Positions 5, 8, 5, 4: a report opens a new bundle when the current one would pass 12.
    expect(places).toEqual([
      { bundle: 0, offset: 0 },
      { bundle: 1, offset: 0 },
      { bundle: 2, offset: 0 },
      { bundle: 2, offset: 5 },
    ]);
    expect(positions).toBe(reports.reduce((sum, report) => sum + report.count, 0));
    expect(bundles.map((bundle) => bundle.path)).toEqual(['/pagefind/', '/pagefind-2/', '/pagefind-3/']);
    for (const bundle of bundles) {
      const dir = join(root, bundle.path);
      expect(readdirSync(join(dir, 'fragment'))).toEqual([`${bundle.page}.pf_fragment`]);
      expect(existsSync(join(dir, bundle.meta))).toBe(true);
      expect(existsSync(join(dir, bundle.wasm))).toBe(true);
    }
    expect(storedWords(join(root, '/pagefind-3/'))).toEqual(`${reports[2]!.content}${reports[3]!.content}`.trimEnd().split(' '));
  });
});

describe('adjustPagefindRuntime', () => {
  it('makes the pinned Pagefind split queries by code points, wait 4 ms between checks for its WebAssembly, and read it and every metadata decompressed', async () => {
    const dist = join(root, 'runtime');
    const writer = bundleWriter(dist, 6);
    for (const text of ['医共体建设', '心电一张网']) await writer.add(words(text).content, words(text).count);
    const { bundles } = await writer.finish();
    expect(bundles).toHaveLength(2);
    const script = join(dist, bundles[0]!.path, 'pagefind.js');
    expect(readFileSync(script, 'utf8')).toContain('if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){');
    const stored = [join(dist, bundles[0]!.path, bundles[0]!.wasm), ...bundles.map((bundle) => join(dist, bundle.path, bundle.meta))];
    const inflated = stored.map((file) => gunzipSync(readFileSync(file)));
    adjustPagefindRuntime(dist, bundles);
    // Pagefind's own format once decompressed: its signature, then the data.
    stored.forEach((file, i) => {
      expect(readFileSync(file)).toEqual(inflated[i]);
      expect(inflated[i]!.subarray(0, 12).toString()).toBe('pagefind_dcd');
    });
    // The second bundle's WebAssembly never runs: it stays as Pagefind wrote it.
    expect(readFileSync(join(dist, bundles[1]!.path, bundles[1]!.wasm)).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    const adjusted = readFileSync(script, 'utf8');
    expect(adjusted).not.toContain('if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){');
    expect(adjusted).toContain('if(false){');
    expect(adjusted).not.toContain('asyncSleep(50)');
    expect(adjusted.match(/asyncSleep\(4\)/g)).toHaveLength(2);
  });

  it('fails, naming the file, on a script it does not recognise', () => {
    const dist = join(root, 'other');
    const dir = join(dist, 'pagefind');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'pagefind.js'), 'export const search = () => {};');
    const bundle = { path: '/pagefind/', page: 'x', meta: 'pagefind.x.pf_meta', wasm: 'wasm.unknown.pagefind' };
    expect(() => adjustPagefindRuntime(dist, [bundle])).toThrow(`${join(dir, 'pagefind.js')}: expected Pagefind 1.6.0`);
  });
});
