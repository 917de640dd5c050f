import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../../src/lib/script.ts';
import { matchTexts } from '../../../src/lib/match-text.ts';
import { containment, groupDuplicates, isDuplicate, shingleSignature } from '../../../src/ingest/write/shingles.ts';
import { OTHER_REPORT, REPORT_LINES } from './fixtures.ts';

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
