/**
 * A broken hand edit fails the build, naming the entry's file and the field:
 * the content collection validates every entry's frontmatter with the schema
 * ingest writes by (src/lib/report-schema.ts); likewise a broken curation
 * of formulations (content/formulations.yml).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './harness/build-site.ts';

const FIXTURE = 'tests/fixtures/site/reports/2024-yanhu-speech-6cf5f85f.mdx';
const folders: string[] = [];

/** A new content folder holding the fixture report as `reports/hand-edited.mdx`. */
function contentFolder(): { content: string; file: string } {
  const content = mkdtempSync(join(tmpdir(), 'huibian-broken-'));
  folders.push(content);
  const file = join(content, 'reports', 'hand-edited.mdx');
  cpSync(FIXTURE, file);
  return { content, file };
}

/** A content folder holding the fixture report with one frontmatter line replaced. */
function contentWithEdit(pattern: RegExp, replacement: string): { content: string; file: string } {
  const { content, file } = contentFolder();
  const source = readFileSync(file, 'utf8');
  expect(source).toMatch(pattern);
  writeFileSync(file, source.replace(pattern, replacement));
  return { content, file };
}

/** The message of the build of `content`, which must fail. */
function buildFailure(content: string): string {
  try {
    buildSite(content);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the build succeeded');
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('a broken hand edit', () => {
  it.each([
    ['a genre outside the list', /^genre: .*$/m, 'genre: "演讲"', 'genre: Invalid option'],
    ['a year written in words', /^year: .*$/m, 'year: "二〇二四"', 'year: Expected type'],
    ['a malformed date', /^date: .*$/m, 'date: "2024-13-45"', 'date: Expected a date as YYYY-MM-DD or YYYY-MM'],
    ['an unknown field', /^year: .*$/m, 'yaer: 2024', 'Unrecognized key: "yaer"'],
  ])('fails the build naming the file and the field (%s)', (_, pattern, replacement, problem) => {
    const { content, file } = contentWithEdit(pattern, replacement);
    const message = buildFailure(content);
    expect(message).toContain('Fixture site build failed');
    expect(message).toContain(file);
    expect(message).toContain(problem);
  });
});

describe('a broken curation of formulations', () => {
  it.each([
    ['a hidden formulation with a note', '一体:\n  hidden: true\n  note: 碎片\n', 'note: A hidden formulation has no page to show a note on'],
    ['fields that are not a mapping', '分级诊疗: 基层首诊\n', 'the fields of “分级诊疗” are a mapping'],
  ])('fails the build naming the file and the problem (%s)', (_, curation, problem) => {
    const { content } = contentFolder();
    writeFileSync(join(content, 'formulations.yml'), curation);
    const message = buildFailure(content);
    expect(message).toContain('Fixture site build failed');
    expect(message).toContain('formulations.yml');
    expect(message).toContain(problem);
  });
});
