import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../../src/lib/script.ts';
import { matchTexts } from '../../../src/lib/match-text.ts';
import { containment, groupDuplicates, isDuplicate, possibleDuplicates, shingleSignature, sketchOf } from '../../../src/ingest/write/shingles.ts';
import { OTHER_REPORT, REPORT_LINES, ROOT } from './fixtures.ts';

/** Signature of a report given as lines. */
function signatureOf(lines: readonly string[]) {
  return shingleSignature(matchTexts(lines));
}

const SIMPLIFIED = signatureOf(REPORT_LINES);
const TRADITIONAL = signatureOf(REPORT_LINES.map((line) => toTraditional(line)));
const REPOSTED = signatureOf(['首页 > 新闻中心 > 工作动态', '来源：某市卫生健康委员会 发布时间：2024-01-20 浏览次数：1024', ...REPORT_LINES.slice(0, -1), '责任编辑：王五', '上一篇：无 下一篇：无']);
const OTHER = signatureOf(OTHER_REPORT.split('\n'));

describe('duplicate detection', () => {
  it('takes the same report in the other script for a duplicate', () => {
    expect(containment(SIMPLIFIED, TRADITIONAL)).toBeGreaterThan(0.95);
    expect(isDuplicate(SIMPLIFIED, TRADITIONAL)).toBe(true);
  });

  it('takes a re-post with other furniture and a paragraph cut off for a duplicate', () => {
    expect(isDuplicate(SIMPLIFIED, REPOSTED)).toBe(true);
  });

  it('tells different reports apart, and does not judge texts too short to tell', () => {
    expect(containment(SIMPLIFIED, OTHER)).toBeLessThan(0.2);
    expect(isDuplicate(signatureOf(['同志们：']), signatureOf(['同志们：']))).toBe(false);
  });

  it('groups duplicates transitively, whatever the order of the inputs', () => {
    const signatures = [OTHER, TRADITIONAL, SIMPLIFIED, REPOSTED];
    expect(groupDuplicates(signatures)).toEqual([[0], [1, 2, 3]]);
    expect(groupDuplicates([...signatures].reverse())).toEqual([[0, 1, 2], [3]]);
  });
});

describe('sketches', () => {
  const seeds = join(ROOT, 'content/sources/seeds');
  const reports = readdirSync(seeds).map((name) => readFileSync(join(seeds, name), 'utf8').split('\n'));
  const sketches = reports.map((lines) => sketchOf(signatureOf(lines)));
  const traditional = sketchOf(signatureOf(reports[0]!.map((line) => toTraditional(line))));
  const halfReposted = sketchOf(signatureOf(reports[1]!.slice(0, Math.ceil(reports[1]!.length * 0.6))));

  it('keep the same sixteenth of the signature in every copy', () => {
    const signature = signatureOf(reports[0]!);
    expect(sketches[0]!.length).toBeGreaterThanOrEqual(10);
    expect(sketches[0]!.length).toBeLessThan(signature.length / 8);
    expect([...sketches[0]!].every((hash) => signature.includes(hash))).toBe(true);
    expect(containment(sketches[0]!, traditional)).toBeGreaterThan(0.9);
  });

  it('point a report at its copies among other reports', () => {
    const others = [...sketches.slice(1), traditional];
    // Seed 0 finds its Traditional copy (index 4); a cut re-post of seed 1 finds seed 1 (index 0).
    expect(possibleDuplicates([sketches[0]!, halfReposted], others)).toEqual([[4], [0]]);
  });

  it('need one shared hash when the smaller sketch is short, and rule nothing out when it is tiny', () => {
    const short = Uint32Array.of(64, 128, 192, 256, 320);
    const sharingOne = Uint32Array.of(320, 6400, 12800, 19200, 25600, 32000);
    const sharingNone = Uint32Array.of(640, 1280, 1920, 2560, 3200, 3840);
    const tiny = Uint32Array.of(7040, 7104);
    expect(possibleDuplicates([short], [sharingOne, sharingNone, tiny])).toEqual([[0, 2]]);
    expect(possibleDuplicates([tiny], [sharingOne, sharingNone, ...sketches])).toEqual([[0, 1, 2, 3, 4, 5, 6]]);
  });

  it('agree with the pairwise rule on random sketches', () => {
    let seed = 7;
    const random = () => (seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) >>> 0);
    const sketch = (size: number, pool: number) => Uint32Array.from(new Set(Array.from({ length: size }, () => random() % pool))).sort();
    const own = Array.from({ length: 40 }, (_, i) => sketch([2, 6, 40, 40][i % 4]!, 200));
    const others = Array.from({ length: 60 }, (_, j) => sketch([3, 7, 50, 50, 50][j % 5]!, 200));
    const shared = (a: Uint32Array, b: Uint32Array) => [...a].filter((hash) => b.includes(hash)).length;
    const rule = (a: Uint32Array, b: Uint32Array) => {
      const smaller = Math.min(a.length, b.length);
      return smaller < 4 || shared(a, b) >= (smaller < 10 ? 1 : 0.3 * smaller);
    };
    const expected = own.map((a) => others.flatMap((b, j) => (rule(a, b) ? [j] : [])));
    expect(possibleDuplicates(own, others)).toEqual(expected);
    expect(expected.some((list, i) => list.length > 0 && list.length < others.length && own[i]!.length >= 10)).toBe(true);
  });
});
