/**
 * Builds everything search needs from the built site: reads each report's
 * pages in both scripts, indexes the Simplified one's words with Pagefind
 * (once per report, in bundles indexed while the next pages are read),
 * writes the per-report result files in both scripts and the two catalogs.
 * Runs after `astro build` (see src/integrations/search-index.ts).
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Script } from '../../lib/report-schema.ts';
import { reportHref } from '../hrefs.ts';
import { scriptSegment, SITE_SCRIPTS } from '../locale.ts';
import { encodedIndexedConvertibleChars } from './convertible-chars.ts';
import { bundleWriter } from './pagefind-bundles.ts';
import { adjustPagefindRuntime } from './pagefind-runtime.ts';
import { readReportPage, type ReportPage } from './report-page.ts';
import { assertAligned, resultFiles, textFileStarts } from './result-files.ts';
import { searchCatalog, type CatalogReport } from './search-catalog.ts';
import { addSearchPreloads } from './search-page-preloads.ts';
import { catalogPath, resultHeadPath, resultTextPath } from './search-paths.ts';
import { CODE_POINTS, markShownChars, searchCharMarks, searchRecord } from './search-record.ts';

/** What the build did, for its log line. */
export interface SearchIndexStats {
  reports: number;
  bundles: number;
  /** Index positions (words) written. */
  positions: number;
  files: number;
}

/** Writes a JSON file into the site, adding it to the hash of everything written. */
function writeJson(dist: string, path: string, value: unknown, written?: Hash): void {
  const json = JSON.stringify(value);
  writeFileSync(join(dist, path), json);
  written?.update(path).update(json);
}

/** Ids of the reports the site has pages for. */
function reportIds(dist: string): string[] {
  const dir = join(dist, scriptSegment('hans'), 'reports');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

function readPage(dist: string, id: string, script: Script): ReportPage {
  const path = join(dist, reportHref(script, id), 'index.html');
  try {
    return readReportPage(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}

/** Builds the search index and files into `dist` (the built site); `positionsPerBundle` defaults to pagefind-bundles.ts's. */
export async function buildSearchIndex(dist: string, positionsPerBundle?: number): Promise<SearchIndexStats> {
  const reports: Record<Script, CatalogReport[]> = { hans: [], hant: [] };
  const writer = bundleWriter(dist, positionsPerBundle);
  const stats: SearchIndexStats = { reports: 0, bundles: 0, positions: 0, files: 0 };
  const written = createHash('sha256');
  const shown = new Uint8Array(CODE_POINTS);
  for (const id of reportIds(dist)) {
    const pages = { hans: readPage(dist, id, 'hans'), hant: readPage(dist, id, 'hant') };
    const record = searchRecord(pages.hans);
    markShownChars(pages.hans, shown);
    assertAligned(pages.hans, record, pages.hant, id);
    const fileStarts = textFileStarts(pages.hans.blocks);
    mkdirSync(join(dist, dirname(resultHeadPath(id, 'hans'))), { recursive: true });
    const place = await writer.add(record.content, record.words);
    for (const script of SITE_SCRIPTS) {
      const { head, texts } = resultFiles(pages[script], record, fileStarts);
      writeJson(dist, resultHeadPath(id, script), head, written);
      texts.forEach((text, n) => writeJson(dist, resultTextPath(id, script, n), text, written));
      stats.files += 1 + texts.length;
      reports[script].push({ id, ...place, length: record.length, titleEnd: record.titleEnd, facets: pages[script].facets });
    }
    stats.reports++;
  }
  const { bundles, positions } = await writer.finish();
  adjustPagefindRuntime(dist, bundles);

  // Changes with any indexed record (page ids hash their content), any result file or the indexed characters' list.
  const pages = bundles.map((bundle) => bundle.page);
  const indexedConvertible = encodedIndexedConvertibleChars(searchCharMarks(shown));
  const version = written.update(pages.join(' ')).update(indexedConvertible).digest('hex').slice(0, 12);
  mkdirSync(join(dist, dirname(catalogPath('hans'))), { recursive: true });
  for (const script of SITE_SCRIPTS) {
    writeJson(dist, catalogPath(script), searchCatalog(reports[script], bundles.map((bundle) => bundle.path), pages, version, indexedConvertible));
    addSearchPreloads(dist, script, version, bundles);
  }
  return { ...stats, bundles: bundles.length, positions, files: stats.files + SITE_SCRIPTS.length };
}
