/**
 * The ingest CLI as a user runs it: a subprocess on temporary inputs and
 * output folders.
 */
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../src/lib/script.ts';
import { MAX_INPUT_BYTES } from '../../src/ingest/read/index.ts';
import { INDEX_FILE } from '../../src/ingest/write/archive-index.ts';
import { parseBody } from '../../src/ingest/write/mdx-body.ts';
import { splitEntry } from '../../src/ingest/write/frontmatter.ts';
import { OTHER_REPORT, REPORT, REPORT_LINES, ROOT, readEntries, runCli, tempDir } from './write/fixtures.ts';

/** A workspace: an input folder, an output folder and an overrides folder. */
function workspace() {
  const root = tempDir();
  const inputs = join(root, 'in');
  mkdirSync(inputs);
  return { root, inputs, out: join(root, 'reports'), overrides: join(root, 'overrides') };
}

/** Writes an input file and returns its path. */
function put(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs ingest into a workspace's output and overrides folders. */
function ingest(space: ReturnType<typeof workspace>, ...args: string[]) {
  return runCli(['--out', space.out, '--overrides', space.overrides, ...args]);
}

/** The frontmatter fields and blocks of an entry text. */
function entryOf(text: string) {
  const { fields, body } = splitEntry(text)!;
  return { fields, blocks: parseBody(body) };
}

/** The only entry of an output folder. */
function onlyEntry(out: string): { name: string; text: string } {
  const entries = [...readEntries(out)];
  expect(entries).toHaveLength(1);
  return { name: entries[0]![0], text: entries[0]![1] };
}

describe('ingest CLI', () => {
  it('writes one entry per report, named by its bytes, the same bytes under another path giving the same id', () => {
    const space = workspace();
    const report = put(space.inputs, 'report.txt', REPORT);
    const run = ingest(space, report);
    expect(run.status).toBe(0);
    const { name, text } = onlyEntry(space.out);
    const sha256 = createHash('sha256').update(REPORT).digest('hex');
    expect(name).toBe(`${sha256.slice(0, 12)}.mdx`);
    const { fields, blocks } = entryOf(text);
    expect(blocks.map((block) => block.text)).toEqual(REPORT_LINES);
    expect(fields.sources).toEqual([{ file: report, sha256: sha256.slice(0, 16), script: 'hans', encoding: 'UTF-8' }]);

    const elsewhere = workspace();
    const copy = join(elsewhere.inputs, 'renamed.txt');
    copyFileSync(report, copy);
    expect(ingest(elsewhere, copy).status).toBe(0);
    expect(onlyEntry(elsewhere.out).name).toBe(name);
    expect(run.stderr).toMatch(/1 of 1 inputs ingested; entries: 1 new/);
  });

  it('changes no byte and rewrites no file when run again on the same inputs (in worker threads or not)', () => {
    const space = workspace();
    const inputs = [put(space.inputs, 'a.txt', REPORT), put(space.inputs, 'b.txt', OTHER_REPORT)];
    expect(ingest(space, '--workers', '2', ...inputs).status).toBe(0);
    const before = readEntries(space.out);
    const times = [...before.keys()].map((name) => statSync(join(space.out, name)).mtimeMs);
    const again = ingest(space, '--workers', '0', ...inputs);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/0 new, 0 updated, 2 unchanged/);
    expect(readEntries(space.out)).toEqual(before);
    expect([...before.keys()].map((name) => statSync(join(space.out, name)).mtimeMs)).toEqual(times);
  });

  it('keeps the anchors of unchanged paragraphs and of a repaired one when the source file is replaced', () => {
    const space = workspace();
    const damaged = REPORT_LINES.map((line, i) => (i === 2 ? line.replace('社区卫生服务', '社区鍗敓鏈嶅姟') : line));
    const source = put(space.inputs, 'report.txt', damaged.join('\n'));
    expect(ingest(space, source).status).toBe(0);
    const first = onlyEntry(space.out);
    const oldAnchors = entryOf(first.text).blocks.map((block) => block.anchor);

    put(space.inputs, 'report.txt', [...REPORT_LINES, '三、保障措施：加强组织领导，压实工作责任，强化督导考核，确保各项任务落到实处。'].join('\n'));
    const run = ingest(space, source);
    expect(run.status).toBe(0);
    const second = onlyEntry(space.out);
    expect(second.name).toBe(first.name);
    const blocks = entryOf(second.text).blocks;
    expect(blocks.slice(0, -1).map((block) => block.anchor)).toEqual(oldAnchors);
    expect(oldAnchors).not.toContain(blocks.at(-1)!.anchor);
    expect(blocks[2]!.text).toBe(REPORT_LINES[2]);
  });

  it('applies an override over what ingest derives, keeps it on re-ingest, and refuses an invalid one naming file and field', () => {
    const space = workspace();
    const source = put(space.inputs, 'report.txt', REPORT);
    expect(ingest(space, source).status).toBe(0);
    const { name } = onlyEntry(space.out);
    const id = name.slice(0, -4);
    mkdirSync(space.overrides);
    const overrideFile = put(space.overrides, `${id}.yml`, 'title: 2023年全市卫生健康工作报告\ndate: 2024-01-20\nregion:\n  province: 湖北省\n  city: 十堰市\n');

    expect(ingest(space, source).status).toBe(0);
    const applied = onlyEntry(space.out).text;
    expect(entryOf(applied).fields).toMatchObject({ title: '2023年全市卫生健康工作报告', date: '2024-01-20', region: { province: '湖北省', city: '十堰市' } });
    const again = ingest(space, source);
    expect(again.stderr).toMatch(/1 unchanged/);
    expect(onlyEntry(space.out).text).toBe(applied);

    put(space.overrides, `${id}.yml`, 'date: 2024-13-20\n');
    const invalid = ingest(space, source);
    expect(invalid.status).not.toBe(0);
    expect(invalid.stderr).toContain(`${overrideFile}: date:`);
    expect(onlyEntry(space.out).text).toBe(applied);
  });

  it('does not overwrite an entry edited by hand, says how to proceed, and replaces it with --force', () => {
    const space = workspace();
    const source = put(space.inputs, 'report.txt', REPORT);
    expect(ingest(space, source).status).toBe(0);
    const { name, text } = onlyEntry(space.out);
    const edited = text.replace('健康素养水平', '健康素养水平（校对）');
    writeFileSync(join(space.out, name), edited);

    const run = ingest(space, source);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${join(space.out, name)} was edited by hand`);
    expect(run.stderr).toMatch(/--force/);
    expect(run.stderr).toContain(join(space.overrides, name.replace('.mdx', '.yml')));
    expect(run.stderr).toMatch(/1 kept \(edited by hand\)/);
    expect(readFileSync(join(space.out, name), 'utf8')).toBe(edited);

    const forced = ingest(space, '--force', source);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(space.out, name), 'utf8')).toBe(text);
  });

  it('makes one entry of a report in both scripts and of a re-post, with every source recorded', () => {
    const space = workspace();
    const simplified = put(space.inputs, 'simplified.txt', REPORT);
    const traditional = put(space.inputs, 'traditional.txt', toTraditional(REPORT));
    const reposted = put(space.inputs, 'reposted.txt', `来源：某市卫生健康委员会网站  浏览次数：321\n${REPORT}责任编辑：王五\n`);
    const run = ingest(space, traditional, reposted, simplified);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/2 duplicates merged/);
    const { fields, blocks } = entryOf(onlyEntry(space.out).text);
    expect(fields.script).toBe('hans');
    expect(blocks.map((block) => block.text)).toContain(REPORT_LINES[1]);
    const sources = fields.sources as { file: string; script: string }[];
    expect(sources).toHaveLength(3);
    expect(sources.map((source) => source.file).sort()).toEqual([reposted, simplified, traditional].sort());
    expect(sources.find((source) => source.file === traditional)?.script).toBe('hant');
  });

  it('attaches a later duplicate to the existing entry, keeping its id', () => {
    const space = workspace();
    const traditional = put(space.inputs, 'traditional.txt', toTraditional(REPORT));
    expect(ingest(space, traditional).status).toBe(0);
    const first = onlyEntry(space.out);
    const simplified = put(space.inputs, 'simplified.txt', REPORT);
    const run = ingest(space, simplified);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/1 updated/);
    const second = onlyEntry(space.out);
    expect(second.name).toBe(first.name);
    expect((entryOf(second.text).fields.sources as { file: string }[]).map((source) => source.file)).toEqual([traditional, simplified]);
    expect(entryOf(second.text).blocks).toEqual(entryOf(first.text).blocks);
  });

  it('keeps an archive index beside the entries, which a later duplicate is found through and a damaged one is rebuilt from the entries', () => {
    const space = workspace();
    const seeds = join(ROOT, 'content/sources/seeds');
    const [first, second] = readdirSync(seeds).map((name) => readFileSync(join(seeds, name), 'utf8'));
    const reports = [put(space.inputs, 'first.txt', first!), put(space.inputs, 'second.txt', second!)];
    expect(ingest(space, ...reports).status).toBe(0);
    const indexOf = () => JSON.parse(readFileSync(join(space.out, INDEX_FILE), 'utf8')) as { version: number; entries: Record<string, { sources: { file: string }[]; sketch?: string }> };
    const firstId = Object.keys(indexOf().entries).find((id) => indexOf().entries[id]!.sources[0]!.file === reports[0]);
    expect(Object.values(indexOf().entries).every((record) => typeof record.sketch === 'string')).toBe(true);

    const copy = put(space.inputs, 'copy.txt', toTraditional(first!));
    const run = ingest(space, copy);
    expect(run.stderr).toMatch(/0 new, 1 updated/);
    expect(indexOf().entries[firstId!]!.sources.map((source) => source.file)).toEqual([reports[0], copy]);
    const entries = readEntries(space.out);

    writeFileSync(join(space.out, INDEX_FILE), '{"version":1,"entr');
    const again = ingest(space, copy);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/0 new, 0 updated, 1 unchanged/);
    expect(readEntries(space.out)).toEqual(entries);
    expect(Object.keys(indexOf().entries).sort()).toEqual([...entries.keys()].map((name) => name.slice(0, -4)).sort());
  });

  it('reports each bad input with its file and reason, still writes the others, and exits non-zero', () => {
    const space = workspace();
    const good = put(space.inputs, 'good.txt', REPORT);
    const empty = put(space.inputs, 'empty.txt', '');
    const binary = put(space.inputs, 'binary.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const undecodable = put(space.inputs, 'undecodable.txt', new Uint8Array(2048).fill(0xff));
    const notReport = put(space.inputs, 'not-a-report.txt', 'hello world\nthis is not a report at all\n');
    const large = join(space.inputs, 'large.txt');
    const fd = openSync(large, 'w');
    ftruncateSync(fd, MAX_INPUT_BYTES + 1);
    closeSync(fd);
    const missing = join(space.inputs, 'missing.txt');

    const run = ingest(space, empty, binary, good, undecodable, notReport, large, missing);
    expect(run.status).toBe(1);
    const errors = run.stderr.split('\n').filter((line) => line.startsWith('error: '));
    for (const bad of [empty, binary, undecodable, notReport, large, missing]) {
      expect(errors.some((line) => line.startsWith(`error: ${bad}: `) && line.length > `error: ${bad}: `.length)).toBe(true);
    }
    expect(errors).toHaveLength(6);
    expect(run.stderr).toMatch(/ingest: 1 of 7 inputs ingested; entries: 1 new.*; 6 failed/);
    expect(entryOf(onlyEntry(space.out).text).blocks.map((block) => block.text)).toEqual(REPORT_LINES);
    // Not a terminal: no progress bar.
    expect(run.stderr).not.toMatch(/\r|\u001b\[/);
  });

  it('with --json writes nothing and prints one record per ingested input', () => {
    const space = workspace();
    const simplified = put(space.inputs, 'simplified.txt', REPORT);
    const traditional = put(space.inputs, 'traditional.txt', toTraditional(REPORT));
    const other = put(space.inputs, 'other.txt', OTHER_REPORT);
    const run = ingest(space, '--json', simplified, traditional, other, join(space.inputs, 'missing.txt'));
    expect(run.status).toBe(1);
    const records = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((record) => record.source)).toEqual([simplified, traditional, other]);
    for (const record of records) {
      expect(Object.keys(record)).toEqual(['source', 'id', 'title', 'date', 'year', 'coveredYear', 'region', 'institution', 'genre', 'meetingTypes', 'script', 'encoding', 'speakers', 'paragraphs', 'warnings']);
      expect(Object.keys(record.region as object)).toEqual(['province', 'city', 'county', 'code']);
      expect(record.id).toMatch(/^[0-9a-f]{12}$/);
    }
    expect(records[0]!.id).toBe(records[1]!.id);
    expect(records[2]!.id).not.toBe(records[0]!.id);
    expect(records[0]!.paragraphs).toEqual(REPORT_LINES);
    expect(records[1]!.script).toBe('hant');
    expect(() => statSync(space.out)).toThrow();
  });
});
