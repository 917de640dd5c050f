import { describe, expect, it } from 'vitest';
import {
  bodyBounds,
  endsSentence,
  hasStop,
  isHeadingLine,
  isParagraphLike,
  isSalutation,
  numberingRank,
  trimLine,
} from '../../../../src/ingest/clean/lines/shape.ts';

describe('line shape', () => {
  it('trims full-width indentation and ??? remnants of it', () => {
    expect(trimLine('\u3000\u3000会议指出。')).toBe('会议指出。');
    expect(trimLine('??? 2月27日上午，会议召开。')).toBe('2月27日上午，会议召开。');
    expect(trimLine('??發展')).toBe('??發展');
  });

  it('knows sentence stops in both punctuation widths', () => {
    expect(hasStop('会议召开。会议指出')).toBe(true);
    expect(hasStop('会议召开.会议指出')).toBe(true);
    expect(hasStop('增长1.5%')).toBe(false);
    expect(hasStop('融合?!敖强龙头')).toBe(false);
    expect(endsSentence('“十四五”规划收官。”')).toBe(true);
    expect(endsSentence('签订《责任书》;')).toBe(true);
    expect(endsSentence('推进卫生健康事业高质')).toBe(false);
  });

  it('reads numbering ranks, in the order official texts nest them', () => {
    expect(numberingRank('一、2023年工作回顾')).toBe(1);
    expect(numberingRank('（一）全面落实')).toBe(2);
    expect(numberingRank('(十)以主题教育为重点')).toBe(2);
    expect(numberingRank('1.立足城市战略定位')).toBe(3);
    expect(numberingRank('（2）加强管理')).toBe(3);
    expect(numberingRank('一是坚持党建引领')).toBe(3);
    expect(numberingRank('第一部分 总体要求')).toBe(0);
    expect(numberingRank('第一，竭力厚植比较优势，融入全省经济文化体系')).toBe(3);
    expect(numberingRank('第一章 总则')).toBe(0);
    expect(numberingRank('第一次会议')).toBeUndefined();
    expect(numberingRank('1.5亿元')).toBeUndefined();
    expect(numberingRank('第1篇 妇幼卫生工作总结')).toBeUndefined();
  });

  it('takes a numbered line for a heading only when it stands short or unpunctuated', () => {
    expect(isHeadingLine('（十）以主题教育为重点，全面加强党的建设')).toBe(true);
    expect(isHeadingLine('（一）卫生改革发展的目标和方向更加明确。')).toBe(true);
    expect(isHeadingLine('（一）牢牢把握“十二个坚持”。一是坚持党的全面领导。这是最大优势。')).toBe(false);
    expect(isHeadingLine('第二，构建现代产业体系，推动内生造血提质增效')).toBe(true);
    expect(isHeadingLine('第二，要强化责任担当。各级各部门要把思想和行动统一到会议精神上来。')).toBe(false);
  });

  it('tells body text from labels and salutations', () => {
    expect(isParagraphLike('会议由院长李凡民主持。')).toBe(true);
    expect(isParagraphLike('党风廉政建设 安全生产')).toBe(false);
    expect(isParagraphLike('一、要坚定理想信念，打造讲政治的医院')).toBe(false);
    expect(isSalutation('同志们：')).toBe(true);
    expect(isSalutation('各区、县(市)卫生计生局、各直属医疗卫生计生单位、各处室:')).toBe(true);
    expect(isSalutation('来源:')).toBe(false);
  });

  it('finds the body between page furniture', () => {
    const lines = ['首页 > 新闻', '标题', '', '会议召开。会议指出，要加强管理。', '会议要求，抓好落实。', '', '版权所有'];
    expect(bodyBounds(lines)).toEqual({ first: 3, last: 4 });
  });
});
