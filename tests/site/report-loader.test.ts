import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/lib/report-schema.ts';
import { readEntryText } from '../../src/utils/report-loader.ts';

describe('readEntryText', () => {
  it('reads an entry ingest wrote: frontmatter valid against the schema, body from the first block', () => {
    const { data, body } = readEntryText(readFileSync('content/reports/160bd6e99ae3.mdx', 'utf8'), '160bd6e99ae3.mdx');
    expect(reportSchema.parse(data).title).toBe('在2024年全市卫生健康暨党的建设工作会议上的讲话');
    expect(body.startsWith('<P id="p-tco6pb">')).toBe(true);
    expect(body.endsWith('</P>')).toBe(true);
  });

  it('reads YAML as Astro does: an unquoted date stays text, numbers are numbers', () => {
    const { data } = readEntryText('---\ndate: 2024-02-20\nyear: 2024\n---\n\n<P id="p-a">\n  正文\n</P>\n', 'x.mdx');
    expect(data).toEqual({ date: '2024-02-20', year: 2024 });
  });

  it('fails with the file named when there is no frontmatter or text lies outside the blocks', () => {
    expect(() => readEntryText('<P id="p-a">\n  正文\n</P>\n', 'a.mdx')).toThrow(/^a\.mdx: /);
    expect(() => readEntryText('---\nyear: 2024\n---\n\n<P id="p-a">\n  正文\n</P>\n\n手改的一行\n', 'b.mdx')).toThrow(/b\.mdx: .*手改的一行/);
  });
});
