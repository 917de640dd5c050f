import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../../src/lib/report-schema.ts';
import { isAsGenerated, stampEntry } from '../../../src/ingest/write/fingerprint.ts';
import { buildFrontmatter, canonicalFrontmatter, dumpFrontmatter, FRONTMATTER_KEYS, splitEntry } from '../../../src/ingest/write/frontmatter.ts';
import type { Description } from '../../../src/ingest/types.ts';

const DESCRIPTION: Description = {
  title: '在2024年全市卫生健康工作会议上的讲话',
  date: '2024-03-04',
  year: 2024,
  coveredYear: 2023,
  region: { province: '湖北省', city: '十堰市', code: '420300' },
  institution: '十堰市卫生健康委员会',
  genre: '讲话',
  meetingTypes: ['年度工作会议'],
  speakers: ['张三'],
  authors: [],
  site: '十堰市卫生健康委员会网站',
  url: 'https://example.org/a?b=1',
  script: 'hans',
};

const SOURCE = { file: 'content/sources/a.txt', sha256: '0123456789012345', site: DESCRIPTION.site, url: DESCRIPTION.url, script: 'hans' as const, encoding: 'GB18030' };

describe('buildFrontmatter', () => {
  it('lists fields in the schema order, omits absent and empty ones, and validates', () => {
    const fields = buildFrontmatter(DESCRIPTION, 'GB18030', [SOURCE], []);
    expect(Object.keys(fields)).toEqual(['title', 'date', 'year', 'coveredYear', 'region', 'institution', 'genre', 'meetingTypes', 'speakers', 'script', 'encoding', 'sources']);
    expect(Object.keys(fields).every((key, i, keys) => FRONTMATTER_KEYS.indexOf(key as never) > FRONTMATTER_KEYS.indexOf(keys[i - 1] as never))).toBe(true);
    expect(reportSchema.safeParse(fields).success).toBe(true);
  });

  it('leaves out a region that cannot be determined rather than writing nulls', () => {
    const fields = buildFrontmatter({ ...DESCRIPTION, region: {}, title: undefined }, 'UTF-8', [SOURCE], []);
    expect(fields).not.toHaveProperty('region');
    expect(fields).not.toHaveProperty('title');
    expect(dumpFrontmatter(fields)).not.toMatch(/null|~/);
  });
});

describe('dumpFrontmatter', () => {
  it('quotes every string, so dates, codes and hashes stay strings in any YAML reader', () => {
    const text = dumpFrontmatter(buildFrontmatter(DESCRIPTION, 'GB18030', [{ ...SOURCE, sha256: '1e23456789012345' }], []));
    expect(text).toContain('date: "2024-03-04"\n');
    expect(text).toContain('  code: "420300"\n');
    expect(text).toContain('    sha256: "1e23456789012345"\n');
    expect(text).toContain('year: 2024\n');
    const parsed = yaml.load(text) as Record<string, unknown>;
    expect(parsed.date).toBe('2024-03-04');
    expect((parsed.sources as { sha256: unknown }[])[0]!.sha256).toBe('1e23456789012345');
  });

  it('is deterministic and reorders hand-ordered fields', () => {
    const fields = buildFrontmatter(DESCRIPTION, 'UTF-8', [SOURCE], []);
    const shuffled = Object.fromEntries(Object.entries(fields).reverse());
    expect(dumpFrontmatter(canonicalFrontmatter(shuffled))).toBe(dumpFrontmatter(fields));
  });
});

describe('fingerprint', () => {
  const text = stampEntry(dumpFrontmatter(buildFrontmatter(DESCRIPTION, 'UTF-8', [SOURCE], [])), '<P id="p-a">\n  正文\n</P>\n');

  it('closes the frontmatter with a generated line that the schema accepts', () => {
    const entry = splitEntry(text)!;
    expect(entry.fields.generated).toMatch(/^[0-9a-f]{16}$/);
    expect(reportSchema.safeParse(entry.fields).success).toBe(true);
    expect(entry.body).toBe('<P id="p-a">\n  正文\n</P>\n');
  });

  it('recognises the entry as written, and any edit as a hand edit', () => {
    expect(isAsGenerated(text)).toBe(true);
    expect(isAsGenerated(text.replace('正文', '正文（已校对）'))).toBe(false);
    expect(isAsGenerated(text.replace('湖北省', '河北省'))).toBe(false);
    expect(isAsGenerated(text.replace(/generated: .*\n/, ''))).toBe(false);
    expect(isAsGenerated('no frontmatter')).toBe(false);
  });
});
