import { describe, expect, it } from 'vitest';
import { describe as describeDraft, describeContext } from '../../../src/ingest/describe/index.ts';
import { createDraft } from '../../../src/ingest/types.ts';
import { contextOf } from './context-of.ts';

describe('describeContext', () => {
  it('drops the years of a re-posted old report whose era contradicts its title', () => {
    const text = '（一）以解放思想为主线\n为隆重庆祝中国共产党成立87周年，开展了建党87周年庆祝活动。';
    const described = describeContext(contextOf(text, { titles: ['2025年卫生局党务工作总结'] }));
    expect(described.genre).toBe('工作总结');
    expect(described.year).toBeUndefined();
    expect(described.coveredYear).toBeUndefined();
  });

  it('gives summaries and work reports no meeting types, news its meeting types', () => {
    const summary = describeContext(contextOf('2023年，县卫生健康委召开工作会议12次。', { titles: ['县卫健委2023年工作总结'] }));
    expect(summary.meetingTypes).toEqual([]);
    const news = describeContext(contextOf('3月1日上午，施秉县卫生健康局召开2024年卫生健康工作会议暨卫生健康系统党建和党风廉政建设工作会议。'));
    expect(news.meetingTypes).toEqual(['年度工作会议', '党建工作会议', '党风廉政建设会议']);
  });

  it('keeps month precision when the lead gives only the month', () => {
    expect(describeContext(contextOf('2023年3月，县卫健局召开全县卫生健康工作会议。')).date).toBe('2023-03');
  });
});

describe('describe', () => {
  it('reads a Traditional draft in Simplified and keeps its title Traditional', () => {
    const draft = createDraft('t.txt', 'txt', 'UTF-8', '');
    draft.blocks = [{ type: 'paragraph', text: '2月25日下午，全省衛生健康工作會議在蘭州召開。省政府副省長何偉出席會議並講話，省衛生健康委主任郭玉芬作2020年衛生健康工作報告並安排部署2021年重點工作。' }];
    draft.hints.titles = ['全省衛生健康工作會議召開 何偉出席并講話'];
    const described = describeDraft(draft);
    expect(described.script).toBe('hant');
    expect(described.title).toBe('全省衛生健康工作會議召開 何偉出席并講話');
    expect(described.date).toBe('2021-02-25');
    expect(described.genre).toBe('会议报道');
    expect(described.speakers).toEqual(['何伟', '郭玉芬']);
    expect(described.meetingTypes).toEqual(['年度工作会议']);
  });

  it('reads full-width digits as digits', () => {
    const draft = createDraft('f.txt', 'txt', 'UTF-8', '');
    draft.blocks = [{ type: 'paragraph', text: '３月１５日，全市卫生健康工作会议召开，总结２０２３年工作，部署２０２４年重点任务。' }];
    draft.hints.titles = ['２０２４年全市卫生健康工作会议召开'];
    const described = describeDraft(draft);
    expect(described.year).toBe(2024);
    expect(described.meetingTypes).toEqual(['年度工作会议']);
  });
});
