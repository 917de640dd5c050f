/**
 * Builds everything search needs from the built site: reads each report's
 * pages in both scripts, indexes the Simplified one with Pagefind (once per
 * report), writes the per-report result files in both scripts and the two
 * catalogs. Runs after `astro build` (see src/integrations/search-index.ts).
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Script } from '../../lib/report-schema.ts';
import { reportHref } from '../hrefs.ts';
import { scriptSegment, SITE_SCRIPTS } from '../locale.ts';
import { bundleWriter } from './pagefind-bundles.ts';
import { readReportPage, type ReportPage } from './report-page.ts';
import { assertAligned, resultFiles, textFileStarts } from './result-files.ts';
import { searchCatalog, type CatalogReport } from './search-catalog.ts';
import { catalogPath, resultHeadPath, resultTextPath } from './search-paths.ts';
import { searchRecord } from './search-record.ts';

/** What the build did, for its log line. */
export interface SearchIndexStats {
  reports: number;
  bundles: number;
  /** Word–page pairs indexed. */
  pairs: number;
  files: number;
}

/** Writes a JSON file into the site, adding it to the hash of everything written. */
function writeJson(dist: string, path: string, value: unknown, written?: Hash): void {
  const file = join(dist, path);
  const json = JSON.stringify(value);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, json);
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

/** Builds the search index and files into `dist` (the built site). */
export async function buildSearchIndex(dist: string): Promise<SearchIndexStats> {
  const reports: Record<Script, CatalogReport[]> = { hans: [], hant: [] };
  const writer = bundleWriter(dist);
  const stats: SearchIndexStats = { reports: 0, bundles: 0, pairs: 0, files: 0 };
  const written = createHash('sha256');
  for (const id of reportIds(dist)) {
    const pages = { hans: readPage(dist, id, 'hans'), hant: readPage(dist, id, 'hant') };
    assertAligned(pages.hans, pages.hant, id);
    const record = searchRecord(pages.hans);
    const fileStarts = textFileStarts(pages.hans.blocks);
    for (const script of SITE_SCRIPTS) {
      const { head, texts } = resultFiles(pages[script], record, fileStarts);
      writeJson(dist, resultHeadPath(id, script), head, written);
      texts.forEach((text, n) => writeJson(dist, resultTextPath(id, script, n), text, written));
      stats.files += 1 + texts.length;
      reports[script].push({ id, page: '', length: record.length, titleEnd: record.titleEnd, facets: pages[script].facets });
    }
    await writer.add({ url: reportHref('hans', id), content: record.content, words: record.words, distinctWords: record.distinctWords });
    stats.reports++;
    stats.pairs += record.distinctWords;
  }
  const { bundles, pageIds } = await writer.finish();

  // Changes with any indexed record (page ids hash their content) or any result file.
  const version = written.update([...pageIds.values()].join(' ')).digest('hex').slice(0, 12);
  for (const script of SITE_SCRIPTS) {
    const listed = reports[script].map((report) => ({ ...report, page: pageIds.get(reportHref('hans', report.id))! }));
    writeJson(dist, catalogPath(script), searchCatalog(listed, bundles, version));
  }
  return { ...stats, bundles: bundles.length, files: stats.files + SITE_SCRIPTS.length };
}
