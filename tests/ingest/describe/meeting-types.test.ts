import { describe, expect, it } from 'vitest';
import { findMeetingNames } from '../../../src/ingest/describe/meeting-names.ts';
import { meetingTypesOf, typesOfMeeting } from '../../../src/ingest/describe/meeting-types.ts';
import { contextOf } from './context-of.ts';

describe('findMeetingNames', () => {
  it('finds the meeting held, not the meetings referred to', () => {
    const context = contextOf('3月4日，县卫健局召开2024年卫生健康工作会议，会议传达学习了全国、全省卫生健康工作会议精神。');
    expect(findMeetingNames(context)).toEqual(['2024年卫生健康工作会议']);
  });

  it('finds the subject of 召开 and the occasion of a speech', () => {
    expect(findMeetingNames(contextOf('1月18日，2025年福建省卫生健康工作会议在福州召开。'))).toEqual(['2025年福建省卫生健康工作会议']);
    expect(findMeetingNames(contextOf('同志们：', { titles: ['在全县卫生健康暨党风廉政工作会议上的讲话'] })))
      .toEqual(['全县卫生健康暨党风廉政工作会议']);
  });

  it('ignores a bare meeting noun and a speech only referred to', () => {
    expect(findMeetingNames(contextOf('座谈会在厚德楼多功能厅举行。'))).toEqual([]);
    expect(findMeetingNames(contextOf('深刻领悟书记在全市三级干部会上的讲话精神。'))).toEqual([]);
  });
});

describe('typesOfMeeting', () => {
  it('gives each 暨-joined meeting its type', () => {
    expect(typesOfMeeting('盐湖区医疗集团2024年度总结和2025年工作动员部署会暨党风廉政建设及安全生产工作会议'))
      .toEqual(expect.arrayContaining(['年度工作会议', '党风廉政建设会议', '安全生产会议']));
    expect(typesOfMeeting('2024年全县卫生健康工作会议暨卫生健康系统党建和党风廉政建设工作会议').sort())
      .toEqual(['党建工作会议', '党风廉政建设会议', '年度工作会议'].sort());
    expect(typesOfMeeting('全县卫生健康暨党风廉政工作会议').sort()).toEqual(['党风廉政建设会议', '年度工作会议'].sort());
  });

  it('takes summary, commendation and deployment meetings for the year meeting', () => {
    expect(typesOfMeeting('2023年度工作总结暨表彰大会').sort()).toEqual(['年度工作会议', '表彰大会'].sort());
    expect(typesOfMeeting('2024年度总结暨2025年度工作推进大会')).toEqual(['年度工作会议']);
    expect(typesOfMeeting('卫健系统高质量发展暨2023年重点工作部署会议')).toEqual(['年度工作会议']);
    expect(typesOfMeeting('2025年新春年会')).toEqual(['年度工作会议']);
  });

  it('calls quarterly, sector and topical meetings 专题会议', () => {
    expect(typesOfMeeting('第一季度工作分析报告会议')).toEqual(['专题会议']);
    expect(typesOfMeeting('2021年黑龙江省妇幼健康工作电视电话会议')).toEqual(['专题会议']);
    expect(typesOfMeeting('2026年全国卫生健康系统医政、医疗应急、外事工作会议')).toEqual(['专题会议']);
    expect(typesOfMeeting('2025年全市疾控（监督）业务工作视频会议')).toEqual(['专题会议']);
  });

  it('knows party-building, conveying and staff meetings', () => {
    expect(typesOfMeeting('2025年度基层党组织书记抓党建工作述职评议会')).toEqual(['党建工作会议']);
    expect(typesOfMeeting('全国公立医院党建工作推进座谈会')).toEqual(['党建工作会议']);
    expect(typesOfMeeting('传达学习贯彻全市三级干部会议精神会议')).toEqual(['传达学习会议']);
    expect(typesOfMeeting('全县卫生健康系统学习贯彻党的二十届三中全会精神宣讲会')).toEqual(['传达学习会议']);
    expect(typesOfMeeting('医院第三届职工代表大会第二次会议')).toEqual(['职工代表大会']);
    expect(typesOfMeeting('全市三级干部会议')).toEqual(['三级干部会议']);
  });

  it('gives congress sessions and party plenums no type', () => {
    expect(typesOfMeeting('自治区十四届人大二次会议')).toEqual([]);
    expect(typesOfMeeting('党的二十届三中全会')).toEqual([]);
  });
});

describe('meetingTypesOf', () => {
  it('adds 表彰大会 when the lead says the meeting commended people, in schema order', () => {
    expect(meetingTypesOf(['2025年新春年会'], '大会对2024年度先进科室进行了表彰。')).toEqual(['年度工作会议', '表彰大会']);
    expect(meetingTypesOf([], '进行了表彰')).toEqual([]);
  });

  it('takes a meeting of no kind held to convey a spirit for a 传达学习会议', () => {
    expect(meetingTypesOf(['党组会议'], '3月12日，市卫健委召开党组会议，传达学习全国两会精神。')).toEqual(['传达学习会议']);
    // A meeting of its own kind that also conveys stays what it is.
    expect(meetingTypesOf(['2019年全市卫生健康工作会议'], '2019年全市卫生健康工作会议召开，会议传达各级卫生健康工作会议精神。'))
      .toEqual(['年度工作会议']);
  });
});
