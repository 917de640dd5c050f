import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../../src/lib/script.ts';
import { anchorBase, assignAnchors, type OldAnchor } from '../../../src/ingest/write/anchors.ts';
import { matchTexts } from '../../../src/lib/match-text.ts';
import { REPORT_LINES } from './fixtures.ts';

/** Anchor keys of texts, as compose-entry builds them. */
function keysOf(texts: readonly string[]) {
  const match = matchTexts(texts);
  return texts.map((text, i) => ({ text, match: match[i]! }));
}

/** The old blocks of an entry anchored from `texts`. */
function anchored(texts: readonly string[], anchors: readonly string[]): OldAnchor[] {
  const match = matchTexts(texts);
  return texts.map((_, i) => ({ anchor: anchors[i]!, match: match[i]! }));
}

describe('matchTexts', () => {
  it('folds script, width, case, whitespace and punctuation', () => {
    const [a, b] = matchTexts(['2023年，全市卫生健康系统 “坚持” 以人民健康为中心。', '２０２３年,全市衛生健康系統"堅持"以人民健康為中心']);
    expect(a).toBe('2023年全市卫生健康系统坚持以人民健康为中心');
    expect(b).toBe(a);
  });
});

describe('assignAnchors', () => {
  it('gives p- and six base-36 characters, the same for the same text', () => {
    const anchors = assignAnchors(keysOf(REPORT_LINES));
    for (const anchor of anchors) expect(anchor).toMatch(/^p-[0-9a-z]{6}$/);
    expect(new Set(anchors).size).toBe(REPORT_LINES.length);
    expect(assignAnchors(keysOf(REPORT_LINES))).toEqual(anchors);
  });

  it('gives a paragraph the same anchor in Simplified and in Traditional script', () => {
    const traditional = REPORT_LINES.map((line) => toTraditional(line));
    expect(traditional).not.toEqual(REPORT_LINES);
    expect(assignAnchors(keysOf(traditional))).toEqual(assignAnchors(keysOf(REPORT_LINES)));
  });

  it('numbers repeated paragraphs', () => {
    const [first, second, third] = assignAnchors(keysOf(['同上。', '同上', '同上！']));
    expect(second).toBe(`${first}-2`);
    expect(third).toBe(`${first}-3`);
  });

  it('anchors a paragraph of punctuation only by its text', () => {
    const [stars, dashes] = assignAnchors(keysOf(['＊＊＊', '———']));
    expect(stars).not.toBe(dashes);
    expect(stars).toBe(anchorBase({ match: '', text: '＊＊＊' }));
  });

  it('keeps the anchors of unchanged paragraphs when others are added, removed or moved', () => {
    const oldAnchors = ['p-aaaaaa', 'p-bbbbbb', 'p-cccccc', 'p-dddddd', 'p-eeeeee', 'p-ffffff', 'p-gggggg', 'p-hhhhhh'];
    const old = anchored(REPORT_LINES, oldAnchors);
    const texts = ['新增的导语段落，介绍会议召开的时间和地点以及参会人员。', ...REPORT_LINES.slice(0, 3), ...REPORT_LINES.slice(4).reverse()];
    const anchors = assignAnchors(keysOf(texts), old);
    expect(anchors.slice(1)).toEqual([...oldAnchors.slice(0, 3), ...oldAnchors.slice(4).reverse()]);
    expect(anchors[0]).toBe(anchorBase(keysOf(texts)[0]!));
  });

  it('keeps the anchor of a paragraph whose mojibake was repaired, through similarity', () => {
    const damaged = REPORT_LINES.map((line, i) => (i === 2 ? line.replace('社区卫生服务', '社区鍗敓鏈嶅姟').replace('获得感', '鑾峰緱�') : line));
    const oldAnchors = damaged.map((_, i) => `p-old00${i}`);
    const anchors = assignAnchors(keysOf(REPORT_LINES), anchored(damaged, oldAnchors));
    expect(anchors).toEqual(oldAnchors);
  });

  it('gives a new paragraph a new anchor, never one the old entry had', () => {
    const old = anchored(['第一段正文内容，讲述工作回顾。'], ['p-keep01']);
    const anchors = assignAnchors(keysOf(['完全不同的新段落，部署明年重点任务。']), old);
    expect(anchors[0]).not.toBe('p-keep01');
    expect(anchors[0]).toMatch(/^p-[0-9a-z]{6}$/);
  });

  it('does not let a new anchor take an old one with the same base', () => {
    const key = keysOf(['同一段文字。'])[0]!;
    const base = anchorBase(key);
    const old = [{ anchor: base, match: '别的段落' }];
    expect(assignAnchors([key], old)).toEqual([`${base}-2`]);
  });
});
