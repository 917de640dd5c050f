import { describe, expect, it } from 'vitest';
import { bodyMentions } from '../../../src/ingest/describe/institution/body-names.ts';
import { expandAbbreviations, fullBodyName } from '../../../src/ingest/describe/institution/full-name.ts';
import { resolveInstitution } from '../../../src/ingest/describe/institution/index.ts';
import { findMeetingNames } from '../../../src/ingest/describe/meeting-names.ts';
import type { Genre, Region } from '../../../src/lib/report-schema.ts';
import type { Hints } from '../../../src/ingest/types.ts';
import { contextOf } from './context-of.ts';

const TONGREN: Region = { province: '贵州省', city: '铜仁市' };
const QINGYANG: Region = { province: '安徽省', city: '池州市', county: '青阳县' };
const RUIJIN: Region = { province: '江西省', city: '赣州市', county: '瑞金市' };

const institutionOf = (genre: Genre, text: string, region: Region = {}, hints: Partial<Hints> = {}) => {
  const context = contextOf(text, hints, region);
  return resolveInstitution(context, genre, findMeetingNames(context));
};

describe('expandAbbreviations and fullBodyName', () => {
  it('expands the usual abbreviations', () => {
    expect(expandAbbreviations('秦皇岛市疾控中心（卫生监督所）')).toBe('秦皇岛市疾病预防控制中心');
    expect(expandAbbreviations('绍兴市卫生计生委')).toBe('绍兴市卫生和计划生育委员会');
    expect(expandAbbreviations('湖州市卫生健康委')).toBe('湖州市卫生健康委员会');
    expect(expandAbbreviations('湖州市卫生健康委员会')).toBe('湖州市卫生健康委员会');
    expect(expandAbbreviations('某县卫健局')).toBe('某县卫生健康局');
  });

  it('puts the region in place of the level prefix', () => {
    expect(fullBodyName('县卫健委', QINGYANG)).toBe('青阳县卫生健康委员会');
    expect(fullBodyName('市卫生健康局', TONGREN)).toBe('铜仁市卫生健康局');
    expect(fullBodyName('州爱卫办', { province: '云南省', city: '大理白族自治州' })).toBe('大理白族自治州爱国卫生运动委员会办公室');
    expect(fullBodyName('自治区卫生健康委', { province: '广西壮族自治区' })).toBe('广西壮族自治区卫生健康委员会');
    expect(fullBodyName('市卫生健康委', { province: '北京市' })).toBe('北京市卫生健康委员会');
    // 市 of a county-level city is the city itself.
    expect(fullBodyName('市卫健委', RUIJIN)).toBe('瑞金市卫生健康委员会');
    expect(fullBodyName('县十六届人大', QINGYANG)).toBe('青阳县人民代表大会');
    expect(fullBodyName('市政府', TONGREN)).toBe('铜仁市人民政府');
  });

  it('gives up rather than guess', () => {
    expect(fullBodyName('市卫健委', {})).toBeUndefined();
    expect(fullBodyName('县卫健局', TONGREN)).toBeUndefined();
    expect(fullBodyName('卫生健康局', TONGREN)).toBeUndefined();
    expect(fullBodyName('XX区卫生健康局', TONGREN)).toBeUndefined();
  });

  it('keeps names that are complete', () => {
    expect(fullBodyName('云南省精神病医院', {})).toBe('云南省精神病医院');
    expect(fullBodyName('卫生部', {})).toBe('卫生部');
    expect(fullBodyName('国家卫生健康委', {})).toBe('国家卫生健康委员会');
  });
});

describe('resolveInstitution for news', () => {
  it('takes the organiser of the first sentences', () => {
    expect(institutionOf('会议报道', '3月4日，县卫健局召开2024年卫生健康工作会议。', { ...QINGYANG })).toBe('青阳县卫生健康局');
    expect(institutionOf('会议报道', '为深入贯彻落实精神，云南省精神病医院于3月27日召开年度工作大会。')).toBe('云南省精神病医院');
    expect(institutionOf('会议报道', '3月12日上午，秦皇岛市疾控中心（卫生监督所）召开业务工作视频会议。')).toBe('秦皇岛市疾病预防控制中心');
    expect(institutionOf('会议报道', '1月23日，宿迁市钟吾医院、宿迁市康复医院2025年新春年会圆满举办。')).toBe('宿迁市钟吾医院');
    expect(institutionOf('会议报道', '6月24日，由中国妇幼保健协会主办的经验交流网络视频会胜利召开。')).toBe('中国妇幼保健协会');
  });

  it('takes no space a source left inside a body\'s name (an issuer cut by a PDF extraction)', () => {
    const summary = '2023年，县卫生健康委坚持以人民健康为中心，各项工作取得新成效。';
    expect(institutionOf('工作总结', summary, QINGYANG, { issuers: ['青阳 县卫生健康委员会'] })).toBe('青阳县卫生健康委员会');
  });

  it('takes the organiser of the first meeting the lead tells of, not of another one it names', () => {
    const news = '3月4日，县卫健局召开2024年卫生健康工作会议。\n全国卫生健康工作会议在北京召开后，国家卫生健康委在广东省深圳市召开现场推进会。';
    expect(institutionOf('会议报道', news, QINGYANG)).toBe('青阳县卫生健康局');
    // The first meeting's organiser unnamed, the meeting's level known: no body of another level stands in.
    const unnamed = '2月14日，全市卫生健康工作电视电话会议召开。副市长出席会议并讲话。\n全国卫生健康工作会议在北京召开后，国家卫生健康委在广东省深圳市召开现场推进会。';
    expect(institutionOf('会议报道', unnamed, TONGREN)).toBeUndefined();
    expect(findMeetingNames(contextOf(unnamed, {}, TONGREN))).not.toContain('全国卫生健康工作会议');
    // A meeting the lead only refers to (召开的…精神) is not its first; one that opens is.
    const relayed = '为贯彻落实省卫健委召开的全省卫生健康工作会议精神，3月1日，青阳县人民医院召开2024年度工作总结大会。';
    expect(institutionOf('会议报道', relayed, QINGYANG)).toBe('青阳县人民医院');
    const opened = '1月30日，自治区十四届人大二次会议在新疆人民会堂开幕。\n全国卫生健康工作会议召开后，国家卫生健康委在深圳召开现场推进会。';
    expect(institutionOf('会议报道', opened, { province: '新疆维吾尔自治区' })).not.toBe('国家卫生健康委员会');
  });

  it('takes the body that gives the work report', () => {
    expect(institutionOf('会议报道', '3月15日，全市卫生健康工作会议召开。\n会上，市卫生健康局作了系统全面的工作报告。', TONGREN)).toBe('铜仁市卫生健康局');
    expect(institutionOf('会议报道', '1月30日，自治区人大会议开幕。自治区主席代表自治区人民政府向大会作政府工作报告。', { province: '新疆维吾尔自治区' }))
      .toBe('新疆维吾尔自治区人民政府');
  });

  it('takes the congress whose session it reports', () => {
    expect(institutionOf('会议报道', '2月16日，出席县十六届人大二次会议的代表们分组审议政府工作报告。', QINGYANG)).toBe('青阳县人民代表大会');
  });

  it('names 我院 by the hospital the text names', () => {
    const text = '座谈会9月15日到我院进行现场观摩。\n专家表示，华西医院党建工作思路明确。\n华西医院作为标杆单位。';
    expect(institutionOf('会议报道', text)).toBe('华西医院');
    expect(institutionOf('会议报道', '我院召开第一季度妇幼健康工作例会。院长讲话。')).toBeUndefined();
    expect(institutionOf('会议报道', '1月10日，我院召开年度工作总结大会。', {}, { sites: ['运城市盐湖区人民医院'] })).toBe('运城市盐湖区人民医院');
    // Another hospital named as often as the one that could be 我院: no guess.
    expect(institutionOf('会议报道', '我院与协和医院签约。\n华西医院专家出席。\n华西医院表示。协和医院表示。')).toBeUndefined();
  });

  it('takes the health administration of the meeting level', () => {
    expect(institutionOf('会议报道', '1月18日，2025年福建省卫生健康工作会议在福州召开。省卫健委党组书记、主任杨闽红出席会议并讲话。', { province: '福建省' }))
      .toBe('福建省卫生健康委员会');
    expect(institutionOf('会议报道', '1月26日，2026年全国卫生健康系统医政工作会议在京召开。国家卫生健康委副主任郑哲出席会议并讲话。'))
      .toBe('国家卫生健康委员会');
    expect(institutionOf('会议报道', '1月18日，2025年全省卫生健康工作会议在福州召开。福建省卫生健康委员会党组书记、主任杨闽红出席会议并讲话。', { province: '福建省' }))
      .toBe('福建省卫生健康委员会');
  });

  it('is absent when the organiser is not named or the name cannot be completed', () => {
    expect(institutionOf('会议报道', '日前，我县召开2024年卫生健康工作会议。副县长刘礼根要求，全县上下要坚定信心。', QINGYANG)).toBeUndefined();
    expect(institutionOf('会议报道', '3月1日，我市召开卫健系统工作部署会议。市卫生健康局领导班子参加会议。', { province: '广东省' })).toBeUndefined();
  });

  it('takes no body named as the source of figures for the institution', () => {
    const news = '2月14日，全市卫生健康工作电视电话会议召开。副市长出席会议并讲话。\n资料来源：国家卫生健康委统计信息中心';
    expect(institutionOf('会议报道', news)).toBeUndefined();
  });

  it('takes no national body a local report relays for its own', () => {
    const speech = '同志们：\n今天，我们召开2024年全县卫生健康工作会议。\n会议传达学习了国家卫生健康委和国家疾控局有关会议精神。';
    expect(institutionOf('讲话', speech)).toBeUndefined();
  });
});

describe('bodyMentions', () => {
  it('takes no kind of hospital without its place, and no date unit, for a name', () => {
    expect(bodyMentions('2025年妇幼保健院工作总结及2026年工作计划')).toEqual([]);
    expect(bodyMentions('人民医院和中医医院')).toEqual([]);
    expect(bodyMentions('2025年青阳县人民医院工作总结')).toEqual(['青阳县人民医院']);
    expect(bodyMentions('会议传达学习了国家卫生健康委精神')).toEqual(['国家卫生健康委']);
  });
});

describe('resolveInstitution for speeches, reports and summaries', () => {
  it('takes the body a speaker represents, or the byline, or the level administration', () => {
    expect(institutionOf('讲话', '同志们：\n在这里，我代表市卫生健康委对大家表示感谢。', TONGREN)).toBe('铜仁市卫生健康委员会');
    expect(institutionOf('讲话', '卫生部党组书记、部长高强\n同志们：')).toBe('卫生部');
    expect(institutionOf('讲话', '同志们：', TONGREN, { titles: ['副市长刘岚在全市卫生健康工作会议上的讲话'] })).toBe('铜仁市人民政府');
    expect(institutionOf('讲话', '同志们：\n今天召开全市三级干部会议精神传达会议。\n卫健委党史学习教育方案已经下发。', RUIJIN, { titles: ['在全市会议上的讲话'] }))
      .toBe('瑞金市卫生健康委员会');
  });

  it('takes the government a work report is delivered for', () => {
    expect(institutionOf('工作报告', '各位代表：\n现在，我代表市人民政府向大会报告工作。', TONGREN)).toBe('铜仁市人民政府');
    expect(institutionOf('工作报告', '各位代表：\n现在，我代表上海市人民政府，向大会报告工作。')).toBe('上海市人民政府');
    expect(institutionOf('工作报告', '2023年工作回顾\n我州经济加快发展。我州坚持…', { province: '四川省', city: '阿坝藏族羌族自治州' }))
      .toBe('阿坝藏族羌族自治州人民政府');
  });

  it('takes a summary issuer, signature, headline subject or opening subject', () => {
    expect(institutionOf('工作总结', '2023年，县卫生健康委坚持…', QINGYANG, { issuers: ['青阳县卫生健康委员会'] })).toBe('青阳县卫生健康委员会');
    expect(institutionOf('工作总结', '现予以下发。\n绍兴市卫生计生委\n2017年2月22日')).toBe('绍兴市卫生和计划生育委员会');
    expect(institutionOf('工作总结', '现将要点下发给你们。', {}, { titles: ['湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知'] }))
      .toBe('湖州市卫生健康委员会');
    expect(institutionOf('工作总结', '2025年，柞水县卫生健康局党委在县委、县政府的坚强领导下，取得显著成效。')).toBe('柞水县卫生健康局党委');
    expect(institutionOf('工作总结', '2022年是妇幼卫生事业发展重要的一年，我厅深化改革。\n省卫生厅制订了办法。\n省卫生厅、财政厅联合召开了启动会。', { province: '安徽省' }))
      .toBe('安徽省卫生厅');
  });

  it('is absent for anonymised or unnamed bodies', () => {
    expect(institutionOf('工作总结', '2025年，在区委、区政府的坚强领导下，区卫生健康局以…', {}, { titles: ['XX区卫生健康局2025年工作总结'] })).toBeUndefined();
    expect(institutionOf('工作总结', '2025年，我院在上级卫生健康部门的指导下…', {}, { titles: ['2025年妇幼保健院工作总结'] })).toBeUndefined();
  });
});
