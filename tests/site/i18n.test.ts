import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENRES, MEETING_TYPES } from '../../src/lib/report-schema.ts';
import { t } from '../../src/i18n/t.ts';
import hans from '../../src/i18n/zh-hans.json';
import hant from '../../src/i18n/zh-hant.json';
import { genreLabel } from '../../src/utils/report-view.ts';
import { MEETING_TYPE_SLUGS } from '../../src/utils/taxonomy-slugs.ts';

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('UI strings', () => {
  it('have the same keys in both scripts', () => {
    expect(Object.keys(hant).sort()).toEqual(Object.keys(hans).sort());
  });

  it('have the same placeholders in both scripts, and no empty string', () => {
    for (const [key, value] of Object.entries(hans)) {
      expect(value.trim(), key).not.toBe('');
      expect(placeholders(hant[key as keyof typeof hant]), key).toEqual(placeholders(value));
    }
  });

  it('label every genre and meeting type in both scripts', () => {
    for (const genre of GENRES) {
      expect(genreLabel(genre, 'hans')).toBe(genre);
      expect(genreLabel(genre, 'hant')).not.toBe('');
    }
    for (const type of MEETING_TYPES) expect(t('hans', `meeting.${MEETING_TYPE_SLUGS[type]}` as 'meeting.annual')).toBe(type);
    expect(genreLabel('会议报道', 'hant')).toBe('會議報道');
  });

  it('fill placeholders and refuse a missing value', () => {
    expect(t('hant', 'report.quality.paragraph', { n: 3 })).toBe('第 3 段');
    expect(() => t('hans', 'report.quality.paragraph')).toThrow(/\{\{n\}\}/);
  });
});

/** Template part of an .astro file with comments removed. */
function visibleSource(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

describe('components', () => {
  it('hold no Chinese literals (UI text comes from the string files)', () => {
    const roots = ['src/components', 'src/layouts', 'src/pages'];
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.astro')) files.push(path);
      }
    };
    for (const root of roots) walk(root);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(visibleSource(file), file).not.toMatch(/\p{Script=Han}/u);
  });
});
