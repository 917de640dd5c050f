import { describe, expect, it } from 'vitest';
import { extractHeadline } from '../../../../src/ingest/clean/lines/headline.ts';

const speech = ['同志们：', '今天，我们召开全市卫生健康工作会议，主要任务是总结工作、部署任务。'];
const news = ['3月15日，全市卫生健康工作会议召开。市政府副市长刘岚出席会议并讲话。', '会议要求，抓好落实。'];

describe('headline', () => {
  it('moves the title above a speech to hints, the one nearest the body first', () => {
    const result = extractHeadline(['在2024年全市卫生健康工作会议上的讲话稿', '', '在2024年全市卫生健康工作会议上的讲话', '', ...speech]);
    expect(result.hints.titles).toEqual(['在2024年全市卫生健康工作会议上的讲话', '在2024年全市卫生健康工作会议上的讲话稿']);
    expect(result.lines).toEqual(['', '', ...speech]);
  });

  it('keeps a kicker (引题) apart from the headline under it, set close or a blank line apart, in either script', () => {
    expect(extractHeadline(['凝心聚力谋发展', '牟平区中医医院召开总结暨工作推进大会', '', ...news]).hints.titles[0]).toBe('牟平区中医医院召开总结暨工作推进大会');
    // Under a kicker alone, a body's name is the headline, not its byline.
    expect(extractHeadline(['推動業務水平再提升', '', '新疆建設絲路經濟帶醫療中心', '', ...news]).hints.titles[0]).toBe('新疆建設絲路經濟帶醫療中心');
    // A subtitle under a headline that names a place or an event still joins it.
    expect(extractHeadline(['廣東省深化醫改', '何偉出席並講話', '', ...news]).hints.titles[0]).toBe('廣東省深化醫改 何偉出席並講話');
    expect(extractHeadline(['全省卫生健康工作会议召开', '何伟出席并讲话', '', ...news]).hints.titles[0]).toBe('全省卫生健康工作会议召开 何伟出席并讲话');
  });

  it("takes a headline's English translation under it out of the text, not into the title", () => {
    const result = extractHeadline(['全市卫生健康工作会议召开', 'Municipal Health Work Conference Held', '', ...news]);
    expect(result.hints.titles).toEqual(['全市卫生健康工作会议召开']);
    expect(result.lines).toEqual(['', ...news]);
    // English in the body stays.
    expect(extractHeadline(['全市卫生健康工作会议召开', '', 'The meeting was held.', ...news]).lines).toContain('The meeting was held.');
  });

  it('takes no piece of a paragraph broken at a fixed width for a title', () => {
    // A PDF extraction breaks the lead paragraph every 30 characters; the pieces without a stop look like titles.
    const lead = '\u3000\u30003月22日，2019年全市卫生健康工作会议召开，会议传达各级卫生健康工作会议精神，安排部署卫生健康各项工作。副市长覃扬波参加会议并讲话。会议要求，全市卫生健康系统要凝心聚力，坚定推动卫生健康事业高质量发展。';
    const pieces = Array.from({ length: Math.ceil(lead.length / 30) }, (_, i) => lead.slice(i * 30, i * 30 + 30));
    const lines = ['全市卫生健康工作会议召开', '', ...pieces];
    const result = extractHeadline(lines);
    expect(result.hints.titles).toEqual(['全市卫生健康工作会议召开']);
    expect(result.lines).toEqual(lines.slice(1));
  });

  it('takes a headline broken at the width of a hard-wrapped page for one title', () => {
    // A PDF extraction breaks every line at 34 characters, the headline's too; its last piece is shorter.
    const title = '施秉县卫生健康局召开2024年全县卫生健康工作会议暨卫生健康系统党建和党风廉政建设工作会议';
    const lead = '3月1日上午，施秉县卫生健康局召开2024年卫生健康工作会议。会议传达学习了全国、全省卫生健康工作会议精神，宣读了县领导的批示，总结了2023年全县卫生健康工作，安排部署了2024年重点工作任务。';
    const wrap = (text: string): string[] => Array.from({ length: Math.ceil(text.length / 34) }, (_, i) => text.slice(i * 34, i * 34 + 34));
    const lines = [...wrap(title), '', ...wrap(lead)];
    const result = extractHeadline(lines);
    expect(result.hints.titles).toEqual([title]);
    expect(result.lines).toEqual(lines.slice(2));
  });

  it('takes no two broken pieces with a comma for a headline', () => {
    const lead = '3月22日上午全市卫生健康工作会议在市政府会议中心召开，会议传达各级卫生健康工作会议精神并安排部署';
    const rest = '会议强调，各级各部门要提高政治站位，压实工作责任，确保各项任务落地见效。'.repeat(3);
    const lines = [lead.slice(0, 34), lead.slice(34), '', ...news, ...(rest.match(/.{1,34}/gu) ?? [])];
    expect(extractHeadline(lines).hints.titles).toEqual([]);
  });

  it("takes a page title's headline without the site's name after underscores, a hyphen or a bar", () => {
    // A scrape saves the page's title (headline_column_site) above its text, which repeats the headline.
    const headline = '在2024年全县卫生健康工作会议上的讲话';
    expect(extractHeadline([`${headline}_讲话稿_中国卫生健康信息门户网站`, headline, ...speech]).hints.titles).toEqual([headline]);
    expect(extractHeadline([`${headline}_湖北省卫生健康委员会门户网站`, headline, ...speech]).hints.titles).toEqual([headline]);
    // After a hyphen or bar set close, when the part after it names a site; a year range stays.
    expect(extractHeadline([`${headline}-健康发布网`, '', ...speech]).hints.titles).toEqual([headline]);
    expect(extractHeadline(['2023-2024年卫生健康工作要点', '', ...speech]).hints.titles).toEqual(['2023-2024年卫生健康工作要点']);
  });

  it('takes a headline set apart by blank lines for a title, though list items below share its width', () => {
    const title = '全面贯彻落实六中全会精神探索中国特色卫生发展道路';
    const items = ['1.2024年全县卫生健康重点工作任务分解表', '2.2024年全县卫生健康工作考核细则明细', '3.2024年全县卫生健康系统责任清单目录'];
    const lines = ['', title, '', ...speech, ...items];
    expect(extractHeadline(lines).hints.titles).toEqual([title]);
  });

  it('takes off how the page presents the report after the headline', () => {
    expect(extractHeadline(['在2024年全县卫生健康工作会议上的讲话（全文）', '', ...speech]).hints.titles).toEqual(['在2024年全县卫生健康工作会议上的讲话']);
    expect(extractHeadline(['2025年卫生院工作总结（节选）', '', ...speech]).hints.titles).toEqual(['2025年卫生院工作总结（节选）']);
    for (const note of ['（图）', '(图)', '[图]', '【组图】', '（附视频）', '（多圖）']) {
      expect(extractHeadline([`全县卫生健康工作会议召开${note}`, '', ...speech]).hints.titles, note).toEqual(['全县卫生健康工作会议召开']);
    }
  });

  it('takes a date set beside the headline for a date hint, not part of the title', () => {
    for (const line of ['全县卫生健康工作会议召开\u30002024-03-01', '2024-03-01 全县卫生健康工作会议召开', '全县卫生健康工作会议召开（2024年3月1日）', '[2024/3/1] 全县卫生健康工作会议召开']) {
      const { hints } = extractHeadline([line, '', ...speech]);
      expect(hints.titles, line).toEqual(['全县卫生健康工作会议召开']);
      expect(hints.dates, line).toEqual(['2024-03-01']);
    }
    expect(extractHeadline(['2024年全县卫生健康工作会议召开', '', ...speech]).hints.titles).toEqual(['2024年全县卫生健康工作会议召开']);
  });

  it('takes off title marks around a whole headline, not those inside one', () => {
    expect(extractHeadline(['《2023年卫生院工作总结》', '', ...speech]).hints.titles).toEqual(['2023年卫生院工作总结']);
    expect(extractHeadline(['《“健康中国2030”规划纲要》解读', '', ...speech]).hints.titles).toEqual(['《“健康中国2030”规划纲要》解读']);
    expect(extractHeadline(['《条例》与《办法》学习要点', '', ...speech]).hints.titles).toEqual(['《条例》与《办法》学习要点']);
  });

  it("keeps the title above an editor's note, and reads the byline below the note as above the body", () => {
    const result = extractHeadline(['市疾控中心召开第一季度工作分析报告会议', '编者按：为展示基层卫生健康工作成效，本网特刊发此文，以飨读者。', '2024-04-19', ...news]);
    expect(result.hints.titles).toEqual(['市疾控中心召开第一季度工作分析报告会议']);
    expect(result.hints.dates).toEqual(['2024-04-19']);
    expect(result.lines).toEqual(['编者按：为展示基层卫生健康工作成效，本网特刊发此文，以飨读者。', ...news]);
  });

  it("reads a 导读, 摘要 or 核心提示 above the body as an editor's note, bracketed or not", () => {
    for (const note of ['【导读】近日，本网推出基层卫生健康工作系列报道，敬请关注。', '摘要：本文介绍了基层卫生健康工作的主要做法和成效。', '[核心提示] 全市卫生健康工作会议部署今年十项重点任务。']) {
      const result = extractHeadline(['市疾控中心召开第一季度工作分析报告会议', note, '2024-04-19', ...news]);
      expect(result.hints, note).toMatchObject({ titles: ['市疾控中心召开第一季度工作分析报告会议'], dates: ['2024-04-19'] });
    }
  });

  it("keeps a work report's review heading in the body when the page starts there, in either script, and takes a title above it", () => {
    const review = ['刚刚过去的2023年，是全面贯彻党的二十大精神的开局之年，我们坚持稳中求进，全州经济回升向好。', '一年来，我们主要做了以下工作。'];
    for (const heading of ['2023年工作回顾', '2023年政府工作回顧', '过去五年工作回顾']) {
      const result = extractHeadline([heading, '', ...review]);
      expect(result.hints.titles).toEqual([]);
      expect(result.lines).toEqual([heading, '', ...review]);
    }
    const titled = extractHeadline(['政府工作报告', '', '2023年工作回顾', '', ...review]);
    expect(titled.hints.titles).toEqual(['政府工作报告']);
    expect(titled.lines).toContain('2023年工作回顾');
  });

  it('merges a title repeated on the next line', () => {
    const result = extractHeadline(['在2024年全县卫生健康工作会议上的讲话', '在2024年全县卫生健康工作会议上的讲话', ...speech]);
    expect(result.hints.titles).toEqual(['在2024年全县卫生健康工作会议上的讲话']);
  });

  it('joins a subtitle a page sets apart under its title, not a version of the same title', () => {
    // An HTML page's <h1> and <h2>, read as lines with a blank line between.
    expect(extractHeadline(['全省衛生健康工作會議召開', '', '何偉出席并講話', '', ...news]).hints.titles).toEqual(['全省衛生健康工作會議召開 何偉出席并講話']);
    expect(extractHeadline(['推动业务水平再提升', '', '牟平区中医医院召开总结暨工作推进大会', '', ...news]).hints.titles[0]).toBe('牟平区中医医院召开总结暨工作推进大会');
  });

  it('joins a two-line headline with a space and a dash subtitle without one', () => {
    expect(extractHeadline(['全省衛生健康工作會議召開', '何偉出席并講話', '', ...news]).hints.titles).toEqual(['全省衛生健康工作會議召開 何偉出席并講話']);
    const speechTitle = ['全面贯彻落实六中全会精神探索中国特色卫生发展道路', '', '——在2007年全国卫生工作会议上的讲话', '', '卫生部党组书记、部长高强', ...speech];
    const result = extractHeadline(speechTitle);
    expect(result.hints.titles).toEqual(['全面贯彻落实六中全会精神探索中国特色卫生发展道路——在2007年全国卫生工作会议上的讲话']);
    expect(result.lines).toContain('卫生部党组书记、部长高强');
  });

  it('joins a title broken after 关于印发 without a space', () => {
    expect(extractHeadline(['湖州市卫生健康委关于印发', '', '2023年全市卫生健康工作要点的通知', '各区县卫生健康局，委属各单位，委机关各处室：', '现将要点下发给你们，请认真贯彻执行。']).hints.titles).toEqual([
      '湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知',
    ]);
  });

  it('joins a title wrapped inside a word, before a conjunction or inside 在…上的讲话 without a space', () => {
    // Word and PDF copies break a long title over two lines wherever the width ends.
    const wrapped: [string, string][] = [
      ['2026年全国卫生健康系统医政、医', '疗应急、外事工作会议召开'],
      ['牟平区中医医院召开总', '结暨工作推进大会'],
      ['翼城县医疗集团召开2022年', '度工作总结暨表彰大会'],
      ['2025年妇幼保健院工作总结', '及2026年工作计划'],
      ['在全县卫生健康暨党风廉政', '工作会议上的讲话'],
    ];
    for (const [first, rest] of wrapped) expect(extractHeadline([first, rest, '', ...news]).hints.titles, first).toEqual([first + rest]);
    // A rest that looks like an organisation's name alone is no byline here.
    const traditional = extractHeadline(['新疆建設絲路經', '濟帶醫療中心', '', ...news]);
    expect(traditional.hints.titles).toEqual(['新疆建設絲路經濟帶醫療中心']);
    expect(traditional.hints.sites).toEqual([]);
    // A subtitle starts a phrase (or a speech's occasion) of its own; a speaker under a title stays in the body.
    expect(extractHeadline(['2024年工作总结', '全面推进健康中国建设', '', ...news]).hints.titles).toEqual(['2024年工作总结 全面推进健康中国建设']);
    expect(extractHeadline(['凝心聚力谋发展', '在全市卫生健康工作会议上的讲话', '', ...speech]).hints.titles).toEqual(['凝心聚力谋发展 在全市卫生健康工作会议上的讲话']);
    expect(extractHeadline(['在全市卫生健康工作会议上的讲话', '市卫生健康委主任张晓明', ...speech]).lines).toContain('市卫生健康委主任张晓明');
    // Digits and letters at a break fall inside no Chinese word (the segmenter takes `01XX` for one).
    expect(extractHeadline(['转载时间：2029-06-01', 'XX区卫生健康局2025年工作总结', '', ...speech]).hints.titles[0]).not.toContain('01XX');
  });

  it('strips column tags, 第1篇 prefixes, file extensions and trailing bars, and notes the tag', () => {
    const tagged = extractHeadline(['【创卫在行动 】全市卫生健康工作会议召', ...news]);
    expect(tagged.hints.titles).toEqual(['全市卫生健康工作会议召']);
    expect(tagged.notes.map((n) => n.note).join()).toContain('【创卫在行动】');
    expect(extractHeadline(['第1篇 妇幼卫生工作总结与工作计划', ...news]).hints.titles).toEqual(['妇幼卫生工作总结与工作计划']);
    expect(extractHeadline(['2025年妇幼保健院工作总结.docxVIP', ...news]).hints.titles).toEqual(['2025年妇幼保健院工作总结']);
    expect(extractHeadline(['绍兴市卫生计生委关于印发工作要点的通知 |', ...news]).hints.titles).toEqual(['绍兴市卫生计生委关于印发工作要点的通知']);
  });

  it('takes an organisation under the headline for its site and keeps document numbers', () => {
    const result = extractHeadline(['翼城县医疗集团召开2022年度工作总结暨表彰大会', '', '翼城县人民医院', '', '湖卫健发〔2023〕1号', ...news]);
    expect(result.hints.sites).toEqual(['翼城县人民医院']);
    expect(result.lines).toContain('湖卫健发〔2023〕1号');
  });

  it('leaves salutations, headings and texts without a headline alone', () => {
    expect(extractHeadline(news).lines).toEqual(news);
    const headed = ['一、总体情况', ...news];
    expect(extractHeadline(headed).lines).toEqual(headed);
    expect(extractHeadline(speech).hints.titles).toEqual([]);
  });

  it('removes copies of the title further down', () => {
    const result = extractHeadline(['铜仁市卫生健康工作会议召开', ...news, '铜仁市卫生健康工作会议召开']);
    expect(result.lines).toEqual(news);
  });

  it('keeps a subtitle without a title above it in the body', () => {
    const lines = ['人民代表大会第二次会议上', '池州市人民政府市长  朱浩东', '各位代表：', '现在，我代表市人民政府向大会报告工作，请予审议。'];
    expect(extractHeadline(lines).lines).toEqual(lines);
  });
});
