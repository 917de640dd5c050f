import { describe, expect, it } from 'vitest';
import { splitDateline, stripDateline } from '../../../../src/ingest/clean/lines/dateline.ts';

describe('datelines', () => {
  it('takes the medium and reporter off a news flash and keeps the sentence', () => {
    const split = splitDateline('云上宜都讯(融媒记者 聂永钊)3月22日，2019年全市卫生健康工作会议召开。');
    expect(split?.text).toBe('3月22日，2019年全市卫生健康工作会议召开。');
    expect(split?.hints.sites).toEqual(['云上宜都']);
    expect(split?.hints.authors).toEqual(['聂永钊']);
  });

  it('reads unbracketed reporters closed by 報道:', () => {
    const split = splitDateline('竹溪新聞網訊 記者 鄒啟明 通訊員 汪敏 張曉榮 報道:3月4日，縣衛健局召開會議。');
    expect(split?.text).toBe('3月4日，縣衛健局召開會議。');
    expect(split?.hints.sites).toEqual(['竹溪新闻网']);
    expect(split?.hints.authors).toEqual(['邹启明', '汪敏', '张晓荣']);
  });

  it('reads dispatches and bracketed reporters alone', () => {
    expect(splitDateline('人民政協網北京1月24日電(記者 張春莉) 1月24日下午，座談會舉行。')?.hints).toMatchObject({ sites: ['人民政协网'], authors: ['张春莉'] });
    expect(splitDateline('(記者夏莉涓 通訊員楊晶)近日，會議召開。')?.hints.authors).toEqual(['夏莉涓', '杨晶']);
    // Indented, as paragraphs of plain-text copies are.
    expect(splitDateline('\u3000\u3000(記者夏莉涓 通訊員楊晶)近日，會議召開。')).toMatchObject({ text: '近日，會議召開。', hints: { authors: ['夏莉涓', '杨晶'] } });
    expect(splitDateline('\t記者 鄒啟明 報道:3月4日，縣衛健局召開會議。')?.text).toBe('3月4日，縣衛健局召開會議。');
    expect(splitDateline('本报讯(YMG全媒体记者 全百惠 通讯员 曲婧)1月6日，大会召开。')?.hints).toMatchObject({ sites: [], authors: ['全百惠', '曲婧'] });
  });

  it('leaves ordinary first sentences alone', () => {
    expect(splitDateline('3月1日，我市召开卫健系统高质量发展暨重点工作部署会议。')).toBeUndefined();
    expect(splitDateline('（一）强化责任担当，全面高效履职。')).toBeUndefined();
  });

  it('works on the first paragraph of the body only', () => {
    const lines = ['标题', '本报讯(记者 张三)1月6日，大会召开。', '本报讯(记者 李四)后文。'];
    const result = stripDateline(lines);
    expect(result.lines).toEqual(['标题', '1月6日，大会召开。', '本报讯(记者 李四)后文。']);
    expect(result.hints.authors).toEqual(['张三']);
  });

  it('drops a dateline set on a line of its own above the story, bracketed or not', () => {
    const lines = ['全省卫生健康工作会议召开', '新华社北京1月26日电（记者张晓明）', '1月26日，全省卫生健康工作会议在杭州召开。', '会议强调，要深化医改。'];
    const result = stripDateline(lines);
    expect(result.lines).toEqual(['全省卫生健康工作会议召开', '1月26日，全省卫生健康工作会议在杭州召开。', '会议强调，要深化医改。']);
    expect(result.hints).toMatchObject({ sites: ['新华社'], authors: ['张晓明'] });
    expect(result.notes[0]?.note).toContain('新华社北京1月26日电');
    // With the page's date line between it and the story, and the medium in 【】.
    const flash = stripDateline(['标题', '【健康发布讯】', '2024-01-30 12:14:02', '1月30日上午，会议召开，部署全年重点工作。']);
    expect(flash.lines).toEqual(['标题', '2024-01-30 12:14:02', '1月30日上午，会议召开，部署全年重点工作。']);
    expect(flash.hints.sites).toEqual(['健康发布']);
    // A dispatch with its reporter unbracketed, and a medium's news with its programme.
    const dispatch = stripDateline(['全省卫生健康工作会议召开', '新华网北京1月26日电 记者张晓明', '1月26日，全省卫生健康工作会议在杭州召开。']);
    expect(dispatch.lines).toEqual(['全省卫生健康工作会议召开', '1月26日，全省卫生健康工作会议在杭州召开。']);
    expect(dispatch.hints).toMatchObject({ sites: ['新华网'], authors: ['张晓明'] });
    const news = stripDateline(['全国卫生健康工作会议召开', '央视网消息（新闻联播）：', '1月26日，全国卫生健康工作会议在京召开。']);
    expect(news.lines).toEqual(['全国卫生健康工作会议召开', '1月26日，全国卫生健康工作会议在京召开。']);
    expect(news.hints.sites).toEqual(['央视网']);
  });

  it('takes a dateline off the story too when one stands alone above it', () => {
    const result = stripDateline(['标题', '【健康发布讯】', '本报讯(记者 张三)1月6日，大会召开，部署全年重点工作。']);
    expect(result.lines).toEqual(['标题', '1月6日，大会召开，部署全年重点工作。']);
    expect(result.hints).toMatchObject({ sites: ['健康发布'], authors: ['张三'] });
  });

  it("takes the dateline off a story's first line that a fixed-width break left short, and joins what the break cut", () => {
    // Lines broken at 34 characters: the first one, its dateline off, is too short to read as a paragraph.
    const lines = [
      '牟平区中医医院召开总结暨工作推进大会',
      '',
      '本报讯（YMG全媒体记者 全百惠 通讯员 曲婧）1月6日，牟平区中医',
      '医院召开2024年度总结暨2025年度工作推进大会，牟平区卫生健康局',
      '、各医共体医院负责人，医院领导班子成员及党员、干部职工代表参加会议。',
      '',
      '在会上，医院主要负责人作了2024年工作总结报告，并对2025年工作',
      '进行布局。该院创新举措，创优争先，促进各领域工作降本节支、提质增效，',
    ];
    const result = stripDateline(lines);
    expect(result.lines.slice(0, 4)).toEqual([
      '牟平区中医医院召开总结暨工作推进大会',
      '',
      '1月6日，牟平区中医医院召开2024年度总结暨2025年度工作推进大会，牟平区卫生健康局',
      '、各医共体医院负责人，医院领导班子成员及党员、干部职工代表参加会议。',
    ]);
    expect(result.hints).toMatchObject({ authors: ['全百惠', '曲婧'] });
    // Not cut (no fixed width): the story starts at the first paragraph.
    const short = ['标题', '本报讯（记者 全百惠）1月6日，牟平区中医', '医院召开大会。'];
    expect(stripDateline(short).lines).toEqual(short);
  });

  it('keeps a headline that only starts like a dateline', () => {
    const lines = ['健康快讯：全省卫生健康工作会议召开', '1月6日，大会召开，部署全年重点工作。'];
    expect(stripDateline(lines).lines).toEqual(lines);
  });
});
