/**
 * The real corpus (../shared/corpus) ingested with the real CLI into a
 * temporary folder, and the ground truth of "a report contains a term":
 * entries read with ingest's own MDX parser, terms tested with plain
 * `includes` on each block's match text (the definition, see
 * src/utils/topics/corpus-text.ts: Traditional originals converted,
 * Simplified ones as written). Shared by the analysis test and the built-site test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { matchTexts, stripToMatch } from '../../../src/lib/match-text.ts';
import { reportSchema } from '../../../src/lib/report-schema.ts';
import { splitEntry } from '../../../src/ingest/write/frontmatter.ts';
import { parseBody } from '../../../src/ingest/write/mdx-body.ts';
import type { ReportEntry, TopicEntry } from '../../../src/utils/topics/corpus-analysis.ts';
import { curatedEntries, readTopicFiles } from '../../../src/utils/topics/collection-files.ts';
import type { CuratedEntry } from '../../../src/utils/topics/curated-formulations.ts';
import { termMatchText } from '../../../src/utils/topics/subject-matches.ts';
import { runCli, tempDir } from '../../ingest/write/fixtures.ts';

/** The project's curation of formulations. */
export const CURATED_FORMULATIONS = 'content/formulations.yml';
const CORPUS = ['seeds', 'pages', 'govreports-2024/txt'].map((part) => join('../shared/corpus', part));

/** A report of the ground truth: its id, script and blocks (anchor, match text) as ingest reads them. */
export interface TruthReport {
  id: string;
  script: string;
  blocks: Array<{ anchor: string; match: string }>;
}

/** The ingested corpus: its content folder (holding `reports/`), entries and ground truth. */
export interface IngestedCorpus {
  content: string;
  entries: ReportEntry[];
  truth: TruthReport[];
}

/** The entries of a folder of `<id>.mdx` files, read with ingest's own parser, by id. */
export function readReportEntries(dir: string): ReportEntry[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const { fields, body } = splitEntry(readFileSync(join(dir, name), 'utf8'))!;
      return { id: name.replace(/\.mdx$/, ''), data: reportSchema.parse(fields), body };
    });
}

/** Ingests the real corpus into a new temporary content folder. */
export function ingestCorpus(): IngestedCorpus {
  const out = join(tempDir('huibian-topics-'), 'reports');
  const run = runCli(['--out', out, '--overrides', join(out, '..', 'overrides'), ...CORPUS]);
  if (run.status !== 0) throw new Error(`ingest failed (${run.status}): ${run.stderr}`);
  const entries = readReportEntries(out);
  const truth: TruthReport[] = [];
  for (const { id, data, body } of entries) {
    const blocks = parseBody(body ?? '');
    const texts = blocks.map((block) => block.text);
    const matches = data.script === 'hant' ? matchTexts(texts) : texts.map((text) => stripToMatch(text.normalize('NFKC')));
    truth.push({ id, script: data.script, blocks: blocks.map((block, i) => ({ anchor: block.anchor, match: matches[i]! })) });
  }
  return { content: dirname(out), entries, truth };
}

/** The curated topics of content/topics. */
export function curatedTopics(): TopicEntry[] {
  return readTopicFiles('content/topics');
}

/** The project's curated formulations (content/formulations.yml), or those of a curation file's `text`, validated as the collection does. */
export function curatedFormulations(text = readFileSync(CURATED_FORMULATIONS, 'utf8'), filePath = CURATED_FORMULATIONS): CuratedEntry[] {
  return curatedEntries(text, filePath);
}

/** Ids of the reports with a block containing one of `terms`, by plain substring, sorted. */
export function reportsContaining(truth: readonly TruthReport[], terms: readonly string[]): string[] {
  const keys = terms.map(termMatchText);
  return truth
    .filter((report) => report.blocks.some((block) => keys.some((key) => block.match.includes(key))))
    .map((report) => report.id)
    .sort();
}
