import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WrittenBundle } from '../../../src/utils/search/pagefind-bundles.ts';
import { addConverterPreloads, addSearchPreloads, converterPreloads, pagefindEntryUrl, searchPreloads } from '../../../src/utils/search/search-page-preloads.ts';
import { SEARCH_VERSION_META, versionedPath } from '../../../src/utils/search/search-paths.ts';

const bundles: WrittenBundle[] = [
  { path: '/pagefind/', page: 'und_1', meta: 'pagefind.und_a.pf_meta', wasm: 'wasm.unknown.pagefind' },
  { path: '/pagefind-2/', page: 'und_2', meta: 'pagefind.und_b.pf_meta', wasm: 'wasm.unknown.pagefind' },
];

const hrefs = (html: string): string[] => [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin>/g)].map((match) => match[1]!);

describe('search page preloads', () => {
  it('name the version and every file a first search loads: catalog, each bundle’s entry and metadata, one WebAssembly', () => {
    const html = searchPreloads('hant', 'v1', bundles);
    expect(html).toContain(`<meta name="${SEARCH_VERSION_META}" content="v1">`);
    expect(hrefs(html)).toEqual([
      versionedPath('/search-data/catalog-hant.json', 'v1'),
      pagefindEntryUrl('/pagefind/', 'v1'),
      '/pagefind/pagefind.und_a.pf_meta',
      pagefindEntryUrl('/pagefind-2/', 'v1'),
      '/pagefind-2/pagefind.und_b.pf_meta',
      '/pagefind/wasm.unknown.pagefind',
    ]);
    // Pagefind's own URL for an entry file under `metaCacheTag`.
    expect(pagefindEntryUrl('/pagefind/', 'v1')).toBe('/pagefind/pagefind-entry.json?ts=v1');
  });

  const dist = mkdtempSync(join(tmpdir(), 'huibian-preloads-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('go at the end of the built search page’s head', () => {
    mkdirSync(join(dist, 'zh-hans', 'search'), { recursive: true });
    const file = join(dist, 'zh-hans', 'search', 'index.html');
    writeFileSync(file, '<!doctype html><html><head><title>x</title></head><body><p>y</p></body></html>');
    addSearchPreloads(dist, 'hans', 'v2', bundles);
    const html = readFileSync(file, 'utf8');
    expect(html).toBe(`<!doctype html><html><head><title>x</title>${searchPreloads('hans', 'v2', bundles)}</head><body><p>y</p></body></html>`);
    // A site without that page gets nothing.
    expect(() => addSearchPreloads(dist, 'hant', 'v2', bundles)).not.toThrow();
  });

  it('of the query converter’s modules go on the Traditional search page only', () => {
    const page = '<!doctype html><html><head><title>x</title></head><body></body></html>';
    for (const script of ['zh-hans', 'zh-hant']) {
      mkdirSync(join(dist, script, 'search'), { recursive: true });
      writeFileSync(join(dist, script, 'search', 'index.html'), page);
    }
    const urls = ['/_astro/chain.js', '/_astro/TSCharacters.js'];
    expect(converterPreloads(urls)).toBe('<link rel="modulepreload" href="/_astro/chain.js"><link rel="modulepreload" href="/_astro/TSCharacters.js">');
    addConverterPreloads(dist, urls);
    expect(readFileSync(join(dist, 'zh-hant', 'search', 'index.html'), 'utf8')).toBe(page.replace('</head>', `${converterPreloads(urls)}</head>`));
    expect(readFileSync(join(dist, 'zh-hans', 'search', 'index.html'), 'utf8')).toBe(page);
    // None found: the page is left as it is.
    addConverterPreloads(dist, []);
    expect(readFileSync(join(dist, 'zh-hant', 'search', 'index.html'), 'utf8')).toBe(page.replace('</head>', `${converterPreloads(urls)}</head>`));
  });
});
