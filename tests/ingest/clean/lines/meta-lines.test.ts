import { describe, expect, it } from 'vitest';
import { extractMetaLines, parseMetaLine } from '../../../../src/ingest/clean/lines/meta-lines.ts';

describe('bylines, dates and counters', () => {
  it('reads a Traditional date/source/counter line', () => {
    const meta = parseMetaLine('日期:2025年03月28日 來源:網站編輯 瀏覽:152次');
    expect(meta?.hints.dates).toEqual(['2025-03-28']);
    expect(meta?.hints.sites).toEqual([]);
    expect(meta?.strong).toBe(true);
  });

  it("is no byline: a dateline with the story's first words after it", () => {
    expect(parseMetaLine('本报讯（YMG全媒体记者 全百惠 通讯员 曲婧）1月6日，牟平区中医')).toBeUndefined();
    // Reporters in brackets before the page's date and source are a byline still.
    expect(parseMetaLine('（记者 张晓明）2024-01-26 10:00 来源：健康报')?.hints.sites).toEqual(['健康报']);
  });

  it("takes a byline run onto the headline's line off it, keeping the headline", () => {
    const line = '市疾控中心召开第一季度工作分析报告会议  来源：健康报  发布时间：2024-04-16';
    expect(parseMetaLine(line)).toBeUndefined();
    const result = extractMetaLines([line, '', '4月16日下午，黄冈市疾控中心召开第一季度工作分析报告会议。中心领导班子成员参加。']);
    expect(result.lines[0]).toBe('市疾控中心召开第一季度工作分析报告会议');
    expect(result.hints).toMatchObject({ sites: ['健康报'], dates: ['2024-04-16'] });
  });

  it("reads a newspaper's edition line: the paper and the issue's date", () => {
    expect(parseMetaLine('《健康报》（2019年03月15日 第 04 版）')).toMatchObject({ strong: true, hints: { sites: ['健康报'], dates: ['2019-03-15'] } });
    expect(parseMetaLine('人民日报 2024-03-01 第4版')).toMatchObject({ hints: { sites: ['人民日报'], dates: ['2024-03-01'] } });
    expect(parseMetaLine('《健康报》（2019年03月15日）发表了评论文章')).toBeUndefined();
  });

  it('reads editors with spaced keys and the 三审 chain', () => {
    expect(parseMetaLine('编 辑:李勇 责任编辑:陈宇杰')?.hints.editors).toEqual(['李勇', '陈宇杰']);
    expect(parseMetaLine('三 审:李建华 监 制: 黄承慧')?.hints.editors).toEqual(['李建华', '黄承慧']);
    expect(parseMetaLine('責(zé)編:張穎')?.hints.editors).toEqual(['张颖']);
  });

  it('reads sources, authors, urls and titles', () => {
    expect(parseMetaLine('【来源:运城市盐湖区人民医院】')?.hints.sites).toEqual(['运城市盐湖区人民医院']);
    expect(parseMetaLine('来源/石榴云/新疆日报')?.hints.sites).toEqual(['石榴云', '新疆日报']);
    expect(parseMetaLine('作者:吕文煜')?.hints.authors).toEqual(['吕文煜']);
    // Where a platform says the account posted from is no source.
    for (const line of ['原创 健康发布 发表于北京', '健康发布 发表于北京', '健康发布 2024-01-26 18:30 IP属地：北京']) expect(parseMetaLine(line)?.hints.sites, line).toEqual(['健康发布']);
    expect(parseMetaLine('IP属地：湖北')?.hints).toMatchObject({ sites: [], authors: [] });
    expect(parseMetaLine('会议发表于北京日报')).toBeUndefined();
    expect(parseMetaLine('作者：张三 发表于 2024-01-26')?.hints).toMatchObject({ authors: ['张三'], dates: ['2024-01-26'] });
    // A reporters' byline under a headline: a newspaper's own (本报记者), a medium's, interns.
    expect(parseMetaLine('本报记者 张晓明')).toMatchObject({ hints: { authors: ['张晓明'] }, strong: true });
    expect(parseMetaLine('澎湃新闻记者 张晓明 实习生 李建国')?.hints).toMatchObject({ sites: ['澎湃新闻'], authors: ['张晓明', '李建国'] });
    expect(parseMetaLine('澎湃新聞記者 張曉明 實習生 李建國')?.hints).toMatchObject({ sites: ['澎湃新闻'], authors: ['张晓明', '李建国'] });
    expect(parseMetaLine('张晓明在会上强调，本报记者要深入基层。')).toBeUndefined();
    // A news app's mark and time before the account: the date, not the name after it (it may be where the account posted from).
    expect(parseMetaLine('原创2024-01-26 18:30·健康发布')).toMatchObject({ hints: { dates: ['2024-01-26'], sites: [] }, strong: true });
    // Where a repost or a paper says it comes from: 本文转自, the author's body.
    expect(parseMetaLine('本文转自：健康发布')?.hints.sites).toEqual(['健康发布']);
    expect(parseMetaLine('作者单位：青阳县卫生健康委员会')?.hints.sites).toEqual(['青阳县卫生健康委员会']);
    // Weibo's byline: the client it was posted from, and the site's address.
    expect(parseMetaLine('健康发布 2024-01-26 18:30 来自 微博 weibo.com')).toMatchObject({ hints: { dates: ['2024-01-26'], sites: ['健康发布'] }, strong: true });
    // When the reader printed or saved the page is no date of the report.
    for (const line of ['打印日期：2029-06-01　浏览：123次', '打印時間：2029-06-01 10:30', '采集时间：2029-06-01']) expect(parseMetaLine(line)?.hints.dates, line).toEqual([]);
    // The site's owner: who runs the site, not who published the story.
    expect(parseMetaLine('主办：北京市卫生健康委员会')?.hints).toMatchObject({ sites: [], hosts: ['北京市卫生健康委员会'] });
    expect(parseMetaLine('本文地址:http://www.fm120.net/content/201903/032Ga022019.html')?.hints.urls).toEqual([
      'http://www.fm120.net/content/201903/032Ga022019.html',
    ]);
    expect(parseMetaLine('本文标题:铜仁市卫生健康工作会议召开 - 健康新闻')?.hints.titles).toEqual(['铜仁市卫生健康工作会议召开']);
  });

  it('reads dated header lines with a site and residue', () => {
    const dated = parseMetaLine('2019-03-25 10:33   宜都市融媒体中心  ');
    expect(dated?.hints.dates).toEqual(['2019-03-25']);
    expect(dated?.hints.sites).toEqual(['宜都市融媒体中心']);
    expect(parseMetaLine('2021年04月12日 17:11 新浪网 作者 金台资讯')?.hints.sites).toEqual(['新浪网']);
    expect(parseMetaLine('时间:2021-04-21 12:19:35 来源:达达文档网 本文已影响 达达文档网手机站')?.hints.sites).toEqual(['达达文档网']);
    expect(parseMetaLine('爱美丽 分享 时间:')).toBeDefined();
  });

  it('reads weekday headers, one-character keys and bracketed editors', () => {
    expect(parseMetaLine('2024年3月5日 星期二')?.hints.dates).toEqual(['2024-03-05']);
    expect(parseMetaLine('文/图：张三')?.hints.authors).toEqual(['张三']);
    expect(parseMetaLine('[责任编辑：张三]')?.hints.editors).toEqual(['张三']);
    expect(parseMetaLine('发布时间：2024-01-01 来源：某市卫健委 作者：本站编辑 字号：[大 中 小]')?.hints).toMatchObject({ dates: ['2024-01-01'], sites: ['某市卫健委'] });
  });

  it("reads a platform's byline without keys: names, the time posted and where from", () => {
    const posted = parseMetaLine('原创 秭归卫健 秭归县卫生健康局 2024年03月01日 18:30 湖北');
    expect(posted?.hints).toMatchObject({ dates: ['2024-03-01'], sites: ['秭归县卫生健康局'] });
    expect(posted?.strong).toBe(true);
    expect(parseMetaLine('健康宜昌 2024-03-01 18:30')?.hints).toMatchObject({ dates: ['2024-03-01'], sites: ['健康宜昌'] });
    // Scraped before the page's script filled in the time.
    expect(parseMetaLine('原创 秭归卫健 秭归县卫生健康局')?.hints.sites).toEqual(['秭归县卫生健康局']);
    expect(parseMetaLine('原創 秭歸衛健 秭歸縣衛生健康局 2024年03月01日 18:30 發表於湖北')?.hints).toMatchObject({ dates: ['2024-03-01'], sites: ['秭归县卫生健康局'] });
    for (const line of ['健康宜昌 2024-03-01 10:23 · 湖北 官方账号', '健康宜昌 · 2024年3月1日 10:23', '健康宜昌 2024-03-01 10:23 发布于湖北']) {
      expect(parseMetaLine(line)?.hints, line).toMatchObject({ dates: ['2024-03-01'], sites: ['健康宜昌'] });
    }
    // A keyed field is read by its key: the site is 健康宜昌, not `来源：健康宜昌`.
    expect(parseMetaLine('来源：健康宜昌 2024-03-01 10:23')?.hints.sites).toEqual(['健康宜昌']);
    expect(parseMetaLine('原创话剧《白衣执甲》在市大剧院首演')).toBeUndefined();
  });

  it("takes a document site's upload fields for metadata of the copy, not of the report", () => {
    for (const line of ['上传时间：2023-05-06 09:12', '上传人：ks****88', '文档页数：12 页', '下载积分：3']) {
      const meta = parseMetaLine(line);
      expect(meta?.strong, line).toBe(true);
      expect(meta?.hints.dates, line).toEqual([]);
    }
  });

  it("takes a repost's 原标题 line out without making it the title", () => {
    const meta = parseMetaLine('原标题：全省卫生健康工作会议召开');
    expect(meta?.hints.titles).toEqual([]);
    expect(extractMetaLines(['铜仁市卫生健康工作会议召开', '原标题：全省卫生健康工作会议召开', '3月15日，全市卫生健康工作会议召开。']).lines).toEqual([
      '铜仁市卫生健康工作会议召开',
      '3月15日，全市卫生健康工作会议召开。',
    ]);
  });

  it('does not take a site update time for a date', () => {
    expect(parseMetaLine('更新时间:2026-03 来源:网友投稿')?.hints.dates).toEqual([]);
  });

  it('is not fooled by body sentences', () => {
    expect(parseMetaLine('时间：2024年3月1日上午，全县卫生健康工作会议召开，会议总结了2023年工作。')).toBeUndefined();
    expect(parseMetaLine('（2024年1月29日在杭州市第十四届人民代表大会第四次会议上）')).toBeUndefined();
    expect(parseMetaLine('3月12日上午，秦皇岛市疾控中心召开会议。')).toBeUndefined();
  });

  it('removes byline lines around the body, and counters anywhere', () => {
    const lines = ['2019-03-27 11:11来源:网络整理 阅读 : 61 次', '会议召开。会议指出，要加强管理。', '浏览:152次', '会议要求，抓好落实。', '编辑:陈宇杰'];
    const result = extractMetaLines(lines);
    expect(result.lines).toEqual(['会议召开。会议指出，要加强管理。', '会议要求，抓好落实。']);
    expect(result.hints.dates).toEqual(['2019-03-27']);
    expect(result.hints.editors).toEqual(['陈宇杰']);
  });

  it('keeps a dated line inside the body', () => {
    const lines = ['会议召开。会议指出，要加强管理。', '2023年12月31日', '会议要求，抓好落实。'];
    expect(extractMetaLines(lines).lines).toEqual(lines);
  });
});
