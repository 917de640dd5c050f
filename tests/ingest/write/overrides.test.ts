import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOverride, loadOverride, OverrideError } from '../../../src/ingest/write/overrides.ts';
import { tempDir } from './fixtures.ts';

/** An overrides folder holding one `<id>.yml` with `text`. */
function overrideFolder(text: string): string {
  const dir = join(tempDir(), 'overrides');
  mkdirSync(dir);
  writeFileSync(join(dir, 'abc123def456.yml'), text);
  return dir;
}

describe('overrides', () => {
  it('reads fields (dates stay strings) and replaces the derived ones; null removes a field', async () => {
    const dir = overrideFolder('title: 新标题\ndate: 2024-03-04\nregion:\n  province: 湖北省\ninstitution: null\n');
    const override = await loadOverride(dir, 'abc123def456');
    expect(override?.fields).toEqual({ title: '新标题', date: '2024-03-04', region: { province: '湖北省' }, institution: null });
    const merged = applyOverride({ title: '旧标题', region: { province: '河北省', city: '石家庄市' }, institution: '某局', genre: '讲话' }, override);
    expect(merged).toEqual({ title: '新标题', date: '2024-03-04', region: { province: '湖北省' }, genre: '讲话' });
  });

  it('is absent when there is no file', async () => {
    expect(await loadOverride(tempDir(), 'abc123def456')).toBeUndefined();
  });

  it.each([
    ['date: 2024-13-01\n', 'date'],
    ['region:\n  code: 4201\n', 'region.code'],
    ['genre: 新闻\n', 'genre'],
    ['regoin:\n  province: 湖北省\n', 'regoin'],
    ['sources: []\n', 'sources'],
    ['title: [unclosed\n', '(YAML)'],
  ])('refuses %j, naming the file and the field %s', async (text, field) => {
    const dir = overrideFolder(text);
    const error = await loadOverride(dir, 'abc123def456').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OverrideError);
    expect((error as Error).message.startsWith(`${join(dir, 'abc123def456.yml')}: ${field}:`)).toBe(true);
  });
});
