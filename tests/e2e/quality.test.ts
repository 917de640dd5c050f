/** Site-wide quality bars in a real browser: JS weight, accessibility, print, phone, themes, the script chooser. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './harness/browser.ts';
import { useSite } from './harness/site-context.ts';

const site = useSite();

const REPORTS = ['2024-yanhu-speech-6cf5f85f', '2025-zhashui-summary-357e50fc', '2024-zhuxi-news-15f4992e'];
const JS_BUDGET = 15 * 1024;

async function open(path: string, options?: Parameters<typeof site.newPage>[0]): Promise<Page> {
  const page = await site.newPage(options);
  await page.goto(`${site.origin}${path}`);
  return page;
}

/** Bytes of JavaScript a page loads: inline scripts plus every external script. */
async function scriptBytes(page: Page): Promise<number> {
  const scripts = await page.$$eval('script', (elements) =>
    elements.map((s) => ({ src: (s as HTMLScriptElement).src, inline: s.textContent ?? '' })),
  );
  let total = 0;
  const seen = new Set<string>();
  const pending = scripts.filter((s) => s.src).map((s) => s.src);
  for (const script of scripts) total += Buffer.byteLength(script.inline);
  // Follow static imports between bundled modules too.
  while (pending.length > 0) {
    const src = pending.pop() ?? '';
    if (seen.has(src)) continue;
    seen.add(src);
    const code = await (await fetch(src)).text();
    total += Buffer.byteLength(code);
    for (const [, spec] of code.matchAll(/import\s*(?:[^'"`]*from\s*)?["'`]([^"'`]+)["'`]/g)) {
      pending.push(new URL(spec ?? '', src).href);
    }
  }
  return total;
}

describe('JavaScript', () => {
  it(`stays within ${JS_BUDGET / 1024} KB on report pages`, async () => {
    for (const id of REPORTS) {
      for (const script of ['zh-hans', 'zh-hant']) {
        const page = await open(`/${script}/reports/${id}/`);
        expect(await scriptBytes(page), `${script}/${id}`).toBeLessThanOrEqual(JS_BUDGET);
      }
    }
  });

  it('ships no conversion code or dictionaries but the search page’s query converter, loaded on demand or preloaded on the Traditional search page', () => {
    const files: string[] = [];
    const pages = new Map<string, string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(m?js)$/.test(entry.name)) files.push(path);
        else if (entry.name.endsWith('.html')) pages.set(path, readFileSync(path, 'utf8'));
      }
    };
    walk(site.dist);
    expect(files.length).toBeGreaterThan(0);
    const code = (file: string): string => readFileSync(file, 'utf8');
    const name = (file: string): string => basename(file).replace(/\.[\w-]+\.js$/, '');
    const loadedBy = (file: string): string[] => [...pages].filter(([, html]) => html.includes(basename(file))).map(([path]) => path);
    // Traditional queries are converted as the site converts text: opencc-js's tw → cn, t → cn and hk → cn
    // chains (README, Search), their six dictionaries run by the build's own converter modules, on demand.
    // Dictionaries are thousands of Han characters; UI code carries none.
    const dictionaries = files.filter((file) => (code(file).match(/\p{Script=Han}/gu)?.length ?? 0) >= 50);
    expect(dictionaries.map(name).sort()).toEqual(['HKVariantsRev', 'HKVariantsRevPhrases', 'TSCharacters', 'TSPhrases', 'TWVariantsRev', 'TWVariantsRevPhrases']);
    const converter = files.filter((file) => ['conversion-chain', 'dictionary-trie'].includes(name(file)));
    expect(converter.map(name).sort()).toEqual(['conversion-chain', 'dictionary-trie']);
    // opencc-js's own converter is not shipped at all.
    expect(files.filter((file) => /ConverterBuilder|CustomConverter/.test(code(file)))).toEqual([]);
    // Only the search page's own script refers to the converter (it loads it on demand) …
    const referrers = files.filter((file) => ![...dictionaries, ...converter].includes(file) && /conversion-chain|dictionary-trie|TSCharacters/.test(code(file)));
    expect(referrers.length).toBeGreaterThan(0);
    for (const file of referrers) expect(loadedBy(file).every((path) => path.endsWith(join('search', 'index.html'))), file).toBe(true);
    // … and no page loads the converter's code or dictionaries up front but the Traditional search page,
    // which preloads them (a query typed there is most often Traditional).
    const traditionalSearch = join(site.dist, 'zh-hant', 'search', 'index.html');
    for (const file of [...dictionaries, ...converter]) expect(loadedBy(file), file).toEqual([traditionalSearch]);
    const compressed = [...dictionaries, ...converter].reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
    expect(compressed).toBeLessThan(40 * 1024);
  });
});

describe('accessibility', () => {
  for (const path of ['/zh-hans/reports/2024-yanhu-speech-6cf5f85f/', '/zh-hant/reports/2025-zhashui-summary-357e50fc/', '/zh-hans/', '/']) {
    it(`has no serious or critical axe violations on ${path}`, async () => {
      const page = await open(path);
      if (path === '/') expect(page.url()).toBe(`${site.origin}/`);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }

  it('has no serious axe violations in dark mode either', async () => {
    const page = await site.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${site.origin}/zh-hans/reports/2025-zhashui-summary-357e50fc/`);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('starts with a skip link to the main content, visible on focus', async () => {
    const page = await open('/zh-hans/reports/2024-yanhu-speech-6cf5f85f/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const active = document.activeElement as HTMLAnchorElement;
      const box = active.getBoundingClientRect();
      return { href: active.getAttribute('href'), visible: box.top >= 0 && box.height > 0 };
    });
    expect(skip).toEqual({ href: '#main', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('layout', () => {
  it('prints the text with its record and citation, without navigation or controls', async () => {
    const page = await open('/zh-hans/reports/2024-yanhu-speech-6cf5f85f/');
    await page.emulateMedia({ media: 'print' });
    const display = (selector: string): Promise<string> =>
      page.locator(selector).first().evaluate((e) => getComputedStyle(e).display);
    for (const hidden of ['.site-header', '.site-footer', '.toc', '.ptools', '.cite-actions']) {
      expect(await display(hidden), hidden).toBe('none');
    }
    for (const shown of ['.report-meta', '.meta-source', '.cite', '.report-body']) {
      expect(await display(shown), shown).not.toBe('none');
    }
    expect(await page.locator('.source-url').evaluate((e) => getComputedStyle(e, '::after').content)).toContain('http://www.yanhu.gov.cn/');
  });

  it('fits a phone screen without horizontal scrolling', async () => {
    for (const path of ['/zh-hans/reports/2024-yanhu-speech-6cf5f85f/', '/zh-hant/', '/']) {
      const page = await open(path, { viewport: { width: 360, height: 740 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  it('never italicises Chinese and sets body text with CJK line height', async () => {
    const page = await open('/zh-hans/reports/2024-yanhu-speech-6cf5f85f/');
    const style = await page.locator('#p-8f3k2a').evaluate((e) => {
      const s = getComputedStyle(e);
      return { lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize), fontStyle: s.fontStyle };
    });
    expect(style.fontStyle).toBe('normal');
    expect(style.lineHeight).toBeGreaterThanOrEqual(1.7);
    const italic = await page.evaluate(() =>
      [...document.querySelectorAll('body *')].filter((e) => getComputedStyle(e).fontStyle !== 'normal').length,
    );
    expect(italic).toBe(0);
  });
});

describe('theme and script choice', () => {
  it('toggles dark mode and remembers it', async () => {
    const page = await open('/zh-hans/');
    const background = (): Promise<string> => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await background();
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.reload();
    expect(await background()).toBe(dark);
  });

  it('lets a new reader choose the script at /, with or without JavaScript', async () => {
    const noJs = await open('/', { javaScriptEnabled: false });
    expect(await noJs.$$eval('.chooser a', (links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/zh-hans/',
      '/zh-hant/',
    ]);
    const page = await open('/');
    expect(page.url()).toBe(`${site.origin}/`);
    await page.click('.chooser a[hreflang="zh-Hans"]');
    await page.waitForURL(`${site.origin}/zh-hans/`);
    await page.goto(`${site.origin}/`);
    await page.waitForURL(`${site.origin}/zh-hans/`);
  });

  it('has a search box going to the search page of the script', async () => {
    const page = await open('/zh-hant/reports/2024-yanhu-speech-6cf5f85f/');
    await page.fill('.site-header input[name="q"]', '醫共體');
    await page.press('.site-header input[name="q"]', 'Enter');
    await page.waitForURL(/\/zh-hant\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('醫共體');
  });
});
