import { describe, expect, it } from 'vitest';
import type { Draft, Hints } from '../../../../src/ingest/types.ts';
import { bare, ingestDraft } from './corpus.ts';

interface Expectation {
  file: string;
  /** Sentences of real paragraphs (first and last included) that must survive. */
  present: string[];
  /** Noise that must not remain anywhere in the body. */
  absent?: string[];
  /** Noise lines that must not remain as blocks of their own. */
  absentBlocks?: string[];
  /** Hints that must be found (titles: the first one). */
  hints?: Partial<Hints>;
  title?: string;
}

const SEEDS: Expectation[] = [
  {
    file: 'seeds/000_6cf5f85fd8b20b86.txt',
    present: ['2025年1月15日,盐湖区医疗集团2024年度总结', '纪检组长段辰勃就2025年全面从严治党', '党委书记张海峰向受到表彰的先进集体', '坚持党建引领,推动集团事业高质量发展', '会议指出,坚决贯彻落实省市区各项决策部署', '为奋力谱写中国式现代化盐湖新篇章作出盐医贡献'],
    absent: ['【来源', '先进个人代表', '进步奖', 'PDCA案例竞赛一等奖'],
    absentBlocks: ['01', '02', '03', '优秀中层干部'],
    hints: { sites: ['运城市盐湖区人民医院'] },
  },
  {
    file: 'seeds/001_357e50fc12c2f53b.txt',
    present: ['2025年,柞水縣衛(wèi)生健康局黨委在縣委', '固本強(qiáng)壘,筑牢組織體系', '全年意識(shí)形態(tài)陣地穩(wěn)固', '為推進(jìn)健康柞水建設(shè)貢獻(xiàn)力量。'],
    absent: ['吳履山', '董沛', '責(zé)編', '張穎', '時(shí)雨'],
    hints: { authors: ['吴履山', '董沛'], editors: ['张颖', '时雨'] },
  },
  {
    file: 'seeds/002_33c3ffd91dac0067.txt',
    present: ['為深入貫徹落實(shí)黨的二十大精神', '會議在莊嚴(yán)的歌聲中拉開帷幕', '此次大會既是凝心聚力的思想洗禮'],
    absent: ['瀏覽', '浏览', '152次', '網站編輯', '網(wǎng)站編輯'],
    hints: { dates: ['2025-03-28'] },
  },
  {
    file: 'seeds/003_bcae989f22146c70.txt',
    present: ['同志们:', '这次会议的主要任务是', '2023年是全面贯彻党的XX大精神的开局之年', '一是提前完成年度招商引资1000万元的工作目标', '二是切实加强作风建设', '向中华人民共和国75周年华诞献礼。'],
    absent: ['爱美丽', '3124739', '");', '讲话稿'],
    title: '在2024年全市卫生健康暨党的建设工作会议上的讲话',
  },
  {
    file: 'seeds/004_15f4992ed55b5f76.txt',
    present: ['同志们:', '今天,我们召开传达学习贯彻全市三级干部会议精神会议', '所谓心中有信仰,脚下有力量', '“蜗牛奖”,就是对工作进度慢', '同志们,新的目标任务已经明确'],
    absent: ['休闲生活', '教育教学', '当前位置', '达达文档网', '相关热词搜索', '电脑上网', '本文已影响'],
    hints: { dates: ['2021-04-21'] },
    title: '在2021年全市三级干部会议精神大会上讲话',
  },
];

const PAGES: Expectation[] = [
  { file: 'pages/002.txt', present: ['3月15日,全市卫生健康工作会议召开', '相关负责人参加会议。'], absent: ['会议现场', '(2)', '本文标题', '本文地址', '相关文章', '(张玲)', '阅读'], hints: { dates: ['2019-03-27'], authors: ['张玲'], urls: ['http://www.fm120.net/content/201903/032Ga022019.html'] }, title: '铜仁市卫生健康工作会议召开' },
  { file: 'pages/003.txt', present: ['3月22日,2019年全市卫生健康工作会议召开'], absent: ['云上宜都讯', '聂永钊', '相关阅读', '【创卫在行动'], hints: { authors: ['聂永钊'], dates: ['2019-03-25'] }, title: '全市卫生健康工作会议召' },
  { file: 'pages/006.txt', present: ['2月14日,全市衛(wèi)生健康工作電視電話會議召開', '推進(jìn)我市衛(wèi)生健康事業(yè)高質(zhì)量發(fā)展。'], absent: ['潘世新'], hints: { authors: ['潘世新'] } },
  { file: 'pages/008.txt', present: ['今天,我们在这里召开2024年全县卫生健康工作会议', '（一）牢牢把握“十二个坚持”'], absent: ['本站', '会员', '讲话致辞'], title: '在2024年全县卫生健康工作会议上的讲话' },
  { file: 'pages/011.txt', present: ['2023年,县卫生健康委坚持以习近平新时代中国特色社会主义思想为指导'], absent: ['索引号', '发布机构', '废止日期'], hints: { issuers: ['青阳县卫生健康委员会'], dates: ['2023-11-07'] }, title: '县卫健委2023年工作总结及2024年工作安排' },
  { file: 'pages/012.txt', present: ['日前,我县召开2024年卫生健康工作会议', '县领导凌晓林、罗轶达出席会议。'], absent: ['立即下载', '字号', '编辑', '三审', '监制', '点击查看全文', '回首页', '回顶部', '吕文煜'], hints: { dates: ['2024-04-19'], sites: ['衡阳县融媒体中心'], authors: ['吕文煜'], editors: ['李勇', '陈宇杰', '李建华', '黄承慧'] }, title: '我县召开2024年卫生健康工作会议 办好人民满意卫生事业 推进医疗服务体系高质量发展' },
  { file: 'pages/014.txt', present: ['3月4日,縣衛健局召開2024年衛生健康工作會議'], absent: ['竹溪新聞網訊', '鄒啟明', '責任編輯', '新聞報料'], hints: { sites: ['竹溪新闻网'], authors: ['邹启明', '汪敏', '张晓荣'], editors: ['涂慧'] } },
  { file: 'pages/017.txt', present: ['各区、县(市)卫生计生局', '2016年绍兴市卫生计生工作总结', '一、突出两个主题,深化医改促发展'], absentBlocks: ['绍兴市卫生计生委', '2017年2月22日'], hints: { issuers: ['绍兴市卫生计生委'], dates: ['2017-02-22'] }, title: '绍兴市卫生计生委关于印发2016年绍兴市卫生计生工作总结和2017年绍兴市卫生计生工作要点的通知' },
  { file: 'pages/019.txt', present: ['2023年,我局深入学习贯彻党的二十大精神', '一、工作总结'], absent: ['老金范文', 'laojinfanwen', '目录', '工作思路 29'], title: '卫生健康局2023年工作总结汇编(5篇)' },
  { file: 'pages/023.txt', present: ['11月7日,全市城乡基层治理', '把我们党建设得更加坚强有力。'], absentBlocks: ['|'] },
  { file: 'pages/024.txt', present: ['6月24日,由中國婦幼保健協(xié)會主辦'], absent: ['瀏(liú)覽(lǎn)量', '瀏覽量', '關閉'], hints: { dates: ['2022-06-27'] } },
  { file: 'pages/027.txt', present: ['卫生部党组书记、部长高强', '同志们:', '这次全国卫生工作会议是在卫生改革发展处于关键时刻召开的一次重要会议'], absent: ['网站首页', '您现在的位置', '大力加强中医药工作', '2007年卫生工作讲话'], hints: { dates: ['2007-01-08'] }, title: '全面贯彻落实六中全会精神探索中国特色卫生发展道路——在2007年全国卫生工作会议上的讲话' },
  { file: 'pages/028.txt', present: ['1月24日下午,國家衛生計生委宣傳司司長毛群安', '堅持預防為主 提升人民群眾健康素質'], absent: ['首頁', '攝', '人民政協網北京'], hints: { sites: ['人民政协网'], authors: ['张春莉'] }, title: '毛群安:七項舉措推進“健康中國”' },
  { file: 'pages/031.txt', present: ['4月16日下午,黄冈市疾控中心召开第一季度工作分析报告会议', '会前,中心副主任王红亮传达了近期省市相关文件和会议精神。'], absent: ['Copyright', 'ICP', '您当前所在位置', '浏览次数'], hints: { dates: ['2024-04-19'], hosts: ['黄冈市疾病预防控制中心'] }, title: '市疾控中心召开第一季度工作分析报告会议' },
  { file: 'pages/036.txt', present: ['1月18日,2025年福建省卫生健康工作会议在福州召开。', '会议指出'], absent: ['·'] },
  { file: 'pages/038.txt', present: ['2月27日上午,宣城市2025年衛生健康工作會議召開'], absent: ['???'] },
  { file: 'pages/039.txt', present: ['2月25日下午,全省衛(wèi)生健康工作會(huì)議在蘭州召開'], absent: ['圖為'], title: '全省衛生健康工作會議召開 何偉出席并講話' },
  { file: 'pages/043.txt', present: ['2月16日,出席县十六届人大二次会议的代表们分组审议政府工作报告。', '用实际行动书写现代化'], absent: ['蓉城代表团', '部队代表团', '主办单位', 'Copyright', '电话'], hints: { hosts: ['青阳县人大常委会'] } },
  { file: 'pages/052.txt', present: ['2026年2月5日上午,潞州区卫生健康和体育局党委'], absent: ['当前位置', '索引号', '字体大小', '发文机关'], hints: { issuers: ['长治市潞州区卫生健康和体育局'], dates: ['2026-02-05', '2026-02-06'] }, title: '区卫体局党委召开2025年度基层党组织书记抓党建工作述职评议会' },
  { file: 'pages/055.txt', present: ['2025年,在区委、区政府的坚强领导下', '一、2025年工作总结', '1.筑牢党建基点,彰显卫健担当。'], absentBlocks: ['1.筑牢党建基点', '二、2026年工作计划'], title: 'XX区卫生健康局2025年工作总结及2026年工作计划' },
  { file: 'pages/058.txt', present: ['1月23日,2026年全区卫生健康工作会议在南宁召开。'], absent: ['泰茂', '您好', '当前位置', '信息来源'], hints: { dates: ['2026-01-26'] }, title: '2026年全区卫生健康工作会议在南宁召开' },
  { file: 'pages/059.txt', present: ['今天,我们召开全区卫生健康工作会议', '二是基层卫生体系重塑升级。我们将'], absent: ['省略852字', '快文网', '更多相关文章', '民主生活会对照检查材料'], title: '在全区2026年卫生健康工作会议上的讲话' },
  { file: 'pages/061.txt', present: ['1月26日,2026年全国卫生健康系统医政、医疗应急、外事工作会议在京召开。'], absent: ['泰茂', 'ICP', '公网安备', '欢迎来到'], hints: { dates: ['2026-01-27'] } },
  { file: 'pages/063.txt', present: ['1月30日上午,自治区十四届人大二次会议在新疆人民会堂开幕。', '持续提升中医药服务能力。'], absent: ['图为会议现场', '刘翔', '来源', '编辑', '分享到', '兵团广播电视台'], hints: { authors: ['刘翔', '张磊', '谢龙'], editors: ['卿璟妍'], sites: ['石榴云', '新疆日报', '兵团广播电视台'], dates: ['2024-01-30'] }, title: '2024年新疆加快健康新疆建设' },
  { file: 'pages/064.txt', present: ['近日,新疆維吾爾自治區衛生健康委召開2019年衛生健康工作電視電話會議'], absent: ['首頁', '夏莉涓', '關鍵詞', '編輯'], hints: { authors: ['夏莉涓', '杨晶'], editors: ['董雨吉'] }, title: '新疆建設絲路經濟帶醫療中心' },
  { file: 'pages/066.txt', present: ['今天,我们召开全县卫生健康暨党风廉政工作会议'], absent: ['更新时间', '网友投稿'], title: '在全县卫生健康暨党风廉政工作会议上的讲话' },
  { file: 'pages/067.txt', present: ['3月1日上午,施秉县卫生健康局召开2024年卫生健康工作会议'], absent: ['贵州健康报', '浏览次数'], hints: { sites: ['贵州健康报'], dates: ['2024-03-01'] } },
  { file: 'pages/072.txt', present: ['八方歡歌慶佳節', '大會對2024年度醫(yī)院先進科室'], absent: ['楊瓊作《', '王緯作《'] },
  { file: 'pages/075.txt', present: ['1月6日,牟平区中医医院召开2024年度总结暨2025年度工作推进大会'], absent: ['本报讯', '全百惠', '推动业务水平再提升'], hints: { dates: ['2025-01-10'], authors: ['全百惠', '曲婧'] }, title: '牟平区中医医院召开总结暨工作推进大会' },
  { file: 'pages/078.txt', present: ['春华秋实又一载,砥砺奋进续新篇。', '副书记李月萍组织颁奖。'], absent: ['<p', 'ql-block', '</p>'], hints: { sites: ['翼城县人民医院'] }, title: '翼城县医疗集团召开2022年度工作总结暨表彰大会' },
  { file: 'pages/080.txt', present: ['2025年,我院在上级卫生健康部门的指导下'], absent: ['VIP', '原创力文档', '下载', '查看更多', '.docx'], title: '2025年妇幼保健院工作总结及2026年工作计划' },
  { file: 'pages/081.txt', present: ['2022年是安徽省妇幼卫生事业发展重要的一年'], absent: ['第1篇'], title: '妇幼卫生工作总结与工作计划' },
  { file: 'pages/082.txt', present: ['为加强全市妇幼健康业务质量监管', '推动全市妇幼健康事业高质量发展。'], absent: ['新闻公告', '您现在的位置', '分享到', '返回顶部', '邓惠文'], hints: { authors: ['邓惠文'], dates: ['2022-04-22'] } },
  { file: 'pages/085.txt', present: ['8月23日,州爱卫办召开工作会议', '州创卫办工作人员参加会议。'], absent: ['门户网站', '打印', '扫一扫'], absentBlocks: ['州爱卫办', '2023年8月24日'], hints: { issuers: ['州爱卫办'], dates: ['2023-08-24'] }, title: '州爱卫办专题研究爱卫组织管理和疾病防控与医疗卫生服务工作' },
  { file: 'pages/086.txt', present: ['湖卫健发〔2023〕1号', '现将《2023年全市卫生健康工作要点》下发给你们', '2023年全市卫生健康工作要点'], absent: ['当前位置', '政务频道'], absentBlocks: ['湖州市卫生健康委员会', '2023年4月26日'], hints: { issuers: ['湖州市卫生健康委员会'], dates: ['2023-05-04', '2023-04-26'] }, title: '湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知' },
  { file: 'pages/088.txt', present: ['4月9日,2021年黑龙江省妇幼健康工作电视电话会议在哈尔滨召开。'], absent: ['新浪新闻客户端', '特别声明', '权利保护声明', '供稿', '金台资讯'], hints: { dates: ['2021-04-12'], sites: ['新浪网', '国家卫健委妇幼司'] }, title: '2021年黑龙江省妇幼健康工作电视电话会议在哈尔滨召开' },
];

/** Checks one ingested corpus file against its expectation. */
function check(draft: Draft, expected: Expectation): void {
  const body = bare(draft.blocks.map((block) => block.text).join(''));
  for (const sentence of expected.present) expect(body, `keeps「${sentence}」`).toContain(bare(sentence));
  const raw = draft.blocks.map((block) => block.text).join('\n');
  for (const noise of expected.absent ?? []) expect(raw.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/g, ''), `drops「${noise}」`).not.toContain(noise.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/g, ''));
  const blockTexts = draft.blocks.map((block) => block.text.trim());
  for (const noise of expected.absentBlocks ?? []) expect(blockTexts, `drops the line「${noise}」`).not.toContain(noise);
  for (const [kind, values] of Object.entries(expected.hints ?? {}) as [keyof Hints, string[]][]) {
    for (const value of values) expect(draft.hints[kind], `${kind} hint ${value}`).toContain(value);
  }
  if (expected.title) expect(bare(draft.hints.titles[0] ?? '')).toBe(bare(expected.title));
}

describe('seeds through read → clean → structure', () => {
  it.each(SEEDS)('$file keeps every real paragraph and none of the noise', async (expected) => {
    check(await ingestDraft(expected.file), expected);
  });

  it('seed 003 keeps its speech headings with their depths', async () => {
    const draft = await ingestDraft('seeds/003_bcae989f22146c70.txt');
    const headings = draft.blocks.filter((block) => block.type === 'heading');
    expect(headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(['一、2023年工作回顾', '二、2024年工作安排']);
    const depth3 = headings.filter((h) => h.depth === 3).map((h) => bare(h.text));
    expect(depth3).toHaveLength(19);
    expect(depth3).toContain(bare('（十）以主题教育为重点，全面加强党的建设'));
    expect(depth3).toContain(bare('（九）聚焦自身建设，着力提升履职尽责能力'));
    expect(draft.blocks.filter((block) => block.type === 'paragraph' && /^[一二三四]是/.test(block.text)).length).toBeGreaterThan(20);
  });

  it('seed 003 is noted as anonymised', async () => {
    const draft = await ingestDraft('seeds/003_bcae989f22146c70.txt');
    expect(draft.messages.some((m) => m.rule === 'note-anonymised' && m.kind === 'doubtful')).toBe(true);
  });

  it('every removal is reported as a message', async () => {
    const draft = await ingestDraft('seeds/004_15f4992ed55b5f76.txt');
    const rules = new Set(draft.messages.filter((m) => m.kind === 'removed').map((m) => m.rule));
    expect([...rules]).toEqual(expect.arrayContaining(['strip-navigation', 'strip-related-links', 'extract-bylines', 'extract-headline']));
  });
});

describe('pages through read → clean → structure', () => {
  it.each(PAGES)('$file', async (expected) => {
    check(await ingestDraft(expected.file), expected);
  });

  it('pages/059 flags the paywall cut', async () => {
    const draft = await ingestDraft('pages/059.txt');
    expect(draft.messages.some((m) => m.kind === 'flagged' && m.note.includes('852'))).toBe(true);
  });
});
