/**
 * `npm run ingest -- [options] <files or folders…>`
 *
 * Turns raw reports into MDX entries (or, with --json, prints what it found).
 * Bad inputs are reported on stderr with the file and the reason; the others
 * are still processed; the exit status is non-zero when any input failed.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFile } from './pipeline.ts';
import { formatOf } from './read/index.ts';
import { toJsonRecord } from './write/json.ts';

const USAGE = `usage: npm run ingest -- [--json] [--out DIR] <files or folders…>

  --json       write nothing; print one JSON object per ingested input
  --out DIR    where entries are written (default: content/reports)
  -h, --help   show this help`;

/** Expands folders into the ingestible files they contain (sorted, recursive). */
async function expandInputs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(path, { recursive: true })).sort();
      files.push(...names.map((name) => join(path, name)).filter((file) => formatOf(file)));
    } else {
      files.push(path);
    }
  }
  return files;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      out: { type: 'string', default: 'content/reports' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const inputs = await expandInputs(positionals);
  let failed = 0;
  for (const source of inputs) {
    try {
      const ingested = await ingestFile(source);
      if (values.json) process.stdout.write(`${JSON.stringify(toJsonRecord(ingested))}\n`);
    } catch (error) {
      failed++;
      console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.error(`ingest: ${inputs.length - failed} of ${inputs.length} inputs ingested, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
