/**
 * A broken hand edit fails the build, naming the entry's file and the field:
 * the content collection validates every entry's frontmatter with the schema
 * ingest writes by (src/lib/report-schema.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './harness/build-site.ts';

const FIXTURE = 'tests/fixtures/site/reports/2024-yanhu-speech-6cf5f85f.mdx';
const folders: string[] = [];

/** A content folder holding the fixture report with one frontmatter line replaced. */
function contentWithEdit(pattern: RegExp, replacement: string): { content: string; file: string } {
  const content = mkdtempSync(join(tmpdir(), 'huibian-broken-'));
  folders.push(content);
  const file = join(content, 'reports', 'hand-edited.mdx');
  cpSync(FIXTURE, file);
  const source = readFileSync(file, 'utf8');
  expect(source).toMatch(pattern);
  writeFileSync(file, source.replace(pattern, replacement));
  return { content, file };
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
    let message = '';
    try {
      buildSite(content);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('Fixture site build failed');
    expect(message).toContain(file);
    expect(message).toContain(problem);
  });
});
