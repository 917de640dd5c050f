import { describe, expect, it } from 'vitest';
import { isPersonName } from '../../../src/ingest/describe/person-names.ts';
import { findSpeakers } from '../../../src/ingest/describe/speakers.ts';
import type { Genre } from '../../../src/lib/report-schema.ts';
import { contextOf } from './context-of.ts';

const speakersOf = (text: string, genre: Genre = '会议报道', titles: string[] = []) => findSpeakers(contextOf(text, { titles }), genre);

describe('isPersonName', () => {
  it('knows names by their surnames, and minority names by their dot', () => {
    expect(isPersonName('刘岚')).toBe(true);
    expect(isPersonName('欧阳修文')).toBe(true);
    expect(isPersonName('艾尔肯·吐尼亚孜')).toBe(true);
    expect(isPersonName('医师张')).toBe(false);
    expect(isPersonName('王局长')).toBe(false);
    expect(isPersonName('x同志')).toBe(false);
  });
});

describe('findSpeakers', () => {
  it('finds people who speak, without their titles', () => {
    expect(speakersOf('3月15日，全市卫生健康工作会议召开。市政府副市长刘岚出席会议并讲话。')).toEqual(['刘岚']);
    expect(speakersOf('党委书记张海峰首先传达了公报。纪检组长段辰勃就党风廉政建设工作进行安排部署。')).toEqual(['张海峰', '段辰勃']);
    expect(speakersOf('在哈尔滨召开了全省卫生工作会议，孙东升副省长做了重要讲话，赵忠厚党组书记做了报告。')).toEqual(['孙东升', '赵忠厚']);
    expect(speakersOf('医务科主任刘春辉、护理部主任赵红霞分别汇报落实工作计划安排。')).toEqual(['刘春辉', '赵红霞']);
  });

  it('leaves out people who only attend', () => {
    expect(speakersOf('县领导凌晓林、罗轶达出席会议。')).toEqual([]);
    expect(speakersOf('集团党委书记张海峰及领导班子出席会议。宿迁市钟吾医院院长杨琼出席活动，总结过往。')).toEqual([]);
  });

  it('reads a speech byline and a speech title, and no anonymised speaker', () => {
    expect(speakersOf('卫生部党组书记、部长高强\n同志们：', '讲话')).toEqual(['高强']);
    expect(speakersOf('同志们：', '讲话', ['高强在2007年全国卫生工作会议上的讲话'])).toEqual(['高强']);
    expect(speakersOf('同志们：\n刚才，x同志作了全县卫生健康工作报告。', '讲话')).toEqual([]);
    expect(speakersOf('政府工作报告\n市长  马  军\n各位代表：', '工作报告')).toEqual(['马军']);
    // A byline hung from the title by a dash, or set in brackets.
    expect(speakersOf('——市卫生健康委党组书记、主任 张晓明\n同志们：', '讲话')).toEqual(['张晓明']);
    expect(speakersOf('（卫生部部长 高强同志）\n同志们：', '讲话')).toEqual(['高强']);
  });

  it('finds none in a summary', () => {
    expect(speakersOf('3月30日，我厅召开全省会议。高开焰厅长出席会议并作了重要讲话。', '工作总结')).toEqual([]);
  });
});
