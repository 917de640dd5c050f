/** The fixture reports' frontmatter, read from the files, so tests compute what listings must show. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitEntry } from '../../../src/ingest/write/frontmatter.ts';
import { reportSchema, type ReportFrontmatter } from '../../../src/lib/report-schema.ts';

/** One fixture report: its id (file name) and validated frontmatter. */
export interface FixtureReport {
  id: string;
  data: ReportFrontmatter;
}

/** Every report of a content folder (`reports/*.mdx`), validated as the site validates it. */
export function fixtureReports(content = 'tests/fixtures/site'): FixtureReport[] {
  const dir = join(content, 'reports');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const entry = splitEntry(readFileSync(join(dir, name), 'utf8'));
      if (!entry) throw new Error(`${name}: no frontmatter`);
      return { id: name.replace(/\.mdx$/, ''), data: reportSchema.parse(entry.fields) };
    });
}

/** The year a fixture belongs to (its year, else its date's), as a string; undefined without either. */
export function fixtureYear(report: FixtureReport): string | undefined {
  return report.data.year !== undefined ? String(report.data.year) : report.data.date?.slice(0, 4);
}
