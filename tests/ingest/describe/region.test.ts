import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectEvidence } from '../../../src/lib/regions/resolve/evidence.ts';
import { explainReportRegion, resolveRegion } from '../../../src/ingest/describe/region.ts';
import { detectScript, toSimplified } from '../../../src/lib/script.ts';
import { emptyHints, type Hints } from '../../../src/ingest/types.ts';

const noHints: Hints = emptyHints();
const resolve = (text: string, hints: Partial<Hints> = {}) => resolveRegion({ text, hints: { ...noHints, ...hints } });

describe('resolveRegion: the issuer’s own name first', () => {
  it('takes a county-level city from the publishing site and implies its prefecture', () => {
    expect(resolve('3月22日，全市卫生健康工作会议召开。副市长出席会议并讲话。', { sites: ['宜都市融媒体中心'] })).toEqual({
      province: '湖北省',
      city: '宜昌市',
      county: '宜都市',
      code: '420581',
    });
  });

  it("keeps the institution the title names when the text speaks of the city it reports to", () => {
    const text = '2023年，我局坚持以人民健康为中心，各项工作稳步推进。在全市考核中位列第一。';
    expect(resolve(text, { titles: ['上城区卫生健康局2023年工作总结'] })).toMatchObject({ city: '杭州市', county: '上城区' });
    // A district body named in the lead of a city's meeting is a participant: the report is the city's.
    expect(resolve('3月1日，全市卫生健康工作会议召开。上城区卫生健康局作交流发言。全市各级卫生健康部门负责人参加会议。', { titles: ['全市卫生健康工作会议召开'] }).county).toBeUndefined();
  });

  it('tells a county from the prefecture it is named after', () => {
    const region = resolve('日前，我县召开2024年卫生健康工作会议。', { sites: ['衡阳县融媒体中心'] });
    expect(region).toEqual({ province: '湖南省', city: '衡阳市', county: '衡阳县', code: '430421' });
  });

  it('reads the institution at the start of the text', () => {
    expect(resolve('2025年，柞水县卫生健康局党委在县委、县政府的坚强领导下，全面推进各项工作。').county).toBe('柞水县');
    expect(resolve('3月1日上午，施秉县卫生健康局召开2024年全县卫生健康工作会议。')).toMatchObject({
      province: '贵州省',
      city: '黔东南苗族侗族自治州',
      county: '施秉县',
    });
  });

  it('reads the title’s subject, not other places in the title', () => {
    expect(resolve('报告说，我区加快推进医疗中心建设。', { titles: ['2024年新疆加快健康新疆建设'] })).toEqual({
      province: '新疆维吾尔自治区',
      code: '650000',
    });
    expect(resolve('全县卫生健康系统参加会议。', { titles: ['我县召开医共体建设推进会 借鉴深圳罗湖模式'] })).toEqual({});
  });

  it('gives a provincial institution its province only', () => {
    const text = '云南省精神病医院于3月27日召开党建暨年度工作大会。市卫健委领导、医院党委班子成员出席会议。';
    expect(resolve(text)).toEqual({ province: '云南省', code: '530000' });
  });

  it('converts Traditional hints', () => {
    expect(resolve('全縣衛生健康工作會議召開。', { issuers: ['柞水縣衛生健康局'] }).county).toBe('柞水县');
  });

  it('keeps only what conflicting issuers share (a compilation of regions)', () => {
    const text = '1月17日，安徽省卫生健康工作会议召开。2月12日，北京市卫生健康委组织召开媒体沟通会。';
    expect(resolve(text)).toEqual({});
  });

  it('does not take a cited upper body for the issuer', () => {
    const text =
      '根据《湖北省卫生健康委关于做好2024年卫生健康工作的通知》要求，3月4日，县卫健局召开2024年全县卫生健康工作会议。会议要求全面加强健康竹溪建设，推动健康竹溪高质量发展。';
    expect(resolve(text)).toEqual({ province: '湖北省', city: '十堰市', county: '竹溪县', code: '420324' });
  });

  it('does not take a visiting or partner institution for the issuer', () => {
    expect(resolve('3月5日，上海市第六人民医院专家团队来到我院开展义诊。我院全体职工参加。')).toEqual({});
    expect(resolve('我院与北京协和医院签订对口帮扶协议，全院职工参加。')).toEqual({});
    expect(resolve('我院召开年度工作会议。院长作工作报告，北京协和医院专家受邀作学术讲座。')).toEqual({});
  });

  it('counts a visitor named in full once, not once for each level of its name', () => {
    const visited = '8月23日，州爱卫办召开工作会议，大理市爱卫办参加。\n受援地新疆维吾尔自治区喀什地区疏附县卫生健康委员会一行到访交流。\n大理市各单位抓好落实。';
    expect(resolve(visited)).toMatchObject({ province: '云南省', city: '大理白族自治州' });
    const partner = collectEvidence('新疆维吾尔自治区喀什地区疏附县卫生健康委员会一行到访交流', 'body');
    expect(partner.map((e) => [e.role, e.weight])).toEqual([['partner', 0], ['partner', 0], ['partner', 0.5]]);
  });

  it('reads little into hospitals and reform models named after places', () => {
    expect(resolve('我院邀请瑞金医院、长海医院专家开展会诊，瑞金医院专家作专题讲座。')).toEqual({});
    expect(resolve('全县深化医改，推广三明医改经验，三明医改模式在我县落地。')).toEqual({});
    expect(resolve('我市加快建设武汉都市圈，推进武汉新城建设，联想（武汉）项目投产。')).toEqual({});
  });

  it('passes a partner role along an enumeration', () => {
    const text = '今年以来，我县积极对接杭州市、宁波市等地优质医疗资源，与浙江大学医学院附属第一医院建立合作关系。全县卫生健康系统要抓好落实。';
    expect(resolve(text)).toEqual({});
  });
});

describe('resolveRegion: agreement among mentions', () => {
  it('agrees on a city from its health brand', () => {
    const text = '2月14日，全市卫生健康工作电视电话会议召开。会议分析健康十堰建设新形势，要求加快健康十堰建设步伐。';
    expect(resolve(text)).toEqual({ province: '湖北省', city: '十堰市', code: '420300' });
  });

  it('does not let a hospital named after another city outweigh the city’s own name', () => {
    const text =
      '同志们：今天我们召开全市卫生健康工作会议，为健康瑞金建设做出新的更大贡献。我市医院与北京朝阳医院开展合作。要把健康瑞金建设摆在突出位置。';
    expect(resolve(text)).toMatchObject({ province: '江西省', city: '赣州市', county: '瑞金市' });
  });

  it('reads 全区 as an autonomous region when its bodies speak', () => {
    const text =
      '1月23日，2026年全区卫生健康工作会议在南宁召开。自治区副主席出席会议并讲话，自治区卫生健康委主任作工作报告。会议要求加快推进健康广西建设。';
    expect(resolve(text)).toEqual({ province: '广西壮族自治区', code: '450000' });
  });

  it('reads 全区 as a district when district bodies speak, and names none', () => {
    const text = '今天，我们召开全区卫生健康工作会议，全面落实全国、省、市卫生健康工作会议部署。全区卫生健康系统紧紧围绕区委、区政府决策部署。';
    expect(resolve(text)).toEqual({});
  });

  it('takes the province of a provincial meeting from its venue, not the venue’s city', () => {
    const text = '2017年1月21日，在哈尔滨市召开了2017年全省卫生工作会议。副省长做了重要讲话。哈尔滨市卫生计生委作交流发言。';
    expect(resolve(text)).toEqual({ province: '黑龙江省', code: '230000' });
    expect(resolve('2017年1月21日，在哈尔滨市召开了2017年全省卫生工作会议，副省长做了重要讲话。')).toEqual({ province: '黑龙江省', code: '230000' });
    expect(resolve('我院专家在杭州举行的学术会议上作报告。')).toEqual({});
  });

  it('stops at the prefecture when a 州 body speaks, even if its county-level city is named', () => {
    const text = '8月23日，州爱卫办召开工作会议，对州创建国家卫生城市工作进行专题研究。大理市对现存问题作了汇报，大理市将逐项整改。';
    expect(resolve(text, { issuers: ['州爱卫办'], sites: ['大理州人民政府门户网站'] })).toEqual({
      province: '云南省',
      city: '大理白族自治州',
      code: '532900',
    });
  });

  it('needs more than one plain mention', () => {
    expect(resolve('我市召开卫健系统部署会议，守住广东北大门。')).toEqual({});
  });

  it('gets nothing from anonymised names or unnamed scope words', () => {
    expect(resolve('在2024年全市卫生健康工作会议上的讲话。加快推动X市卫生健康事业高质量发展，XX区要抓好落实。')).toEqual({});
    expect(resolve('全县卫生健康系统要深入贯彻落实本县部署，我县卫生健康工作稳步推进。')).toEqual({});
  });

  it('takes where a national meeting that staff attended was held for a citation, not a venue', () => {
    const roles = (text: string) => collectEvidence(text, 'body').map((evidence) => [evidence.mention.name, evidence.role]);
    expect(roles('上半年，组织人员参加在广州市召开的全国卫生健康信息化工作会议。')).toEqual([['广州市', 'citation']]);
    expect(roles('3月1日，全市卫生健康工作会议在广州市召开。')).toEqual([['广州市', 'meeting-venue']]);
    // A meeting a national body holds, named far from 全国.
    expect(roles('全国卫生健康工作会议在北京召开后，国家卫生健康委在广东省深圳市召开现场推进会。').at(-1)).toEqual(['深圳市', 'citation']);
    expect(roles('5月，国家疾控局在杭州市举办培训班。')).toEqual([['杭州市', 'citation']]);
    // A local meeting on a national title stays a venue.
    expect(roles('3月1日，国家卫生城市复审迎检工作推进会在宁波市召开。')).toEqual([['宁波市', 'venue']]);
  });

  it('takes no region from the source of figures or pictures', () => {
    expect(resolve('2月14日，全市卫生健康工作会议召开。会议总结去年工作。\n（数据来源：浙江省统计局）')).toEqual({});
    const text = '全国卫生健康工作会议召开后，竹溪县卫生健康局迅速召开党组会议传达学习会议精神。全县卫生健康系统要抓好落实。\n图片来源：浙江省卫生健康委员会网站';
    expect(resolve(text).county).toBe('竹溪县');
  });

  it("takes the site owner's region only when the text gives none, and no company's or medium's", () => {
    const text = '2月16日，出席县十六届人大二次会议的代表们分组审议政府工作报告。';
    expect(resolve(text, { hosts: ['青阳县人大常委会'] })).toMatchObject({ province: '安徽省', city: '池州市' });
    // A province's site carries its cities' reports, and a site of another province no report of its own.
    const own = '全国卫生健康工作会议召开后，竹溪县卫生健康局迅速召开党组会议传达学习会议精神。全县卫生健康系统要抓好落实。';
    expect(resolve(own, { hosts: ['湖北省卫生健康委员会'] }).county).toBe('竹溪县');
    expect(resolve(own, { hosts: ['北京市卫生健康委员会'] }).county).toBe('竹溪县');
    // Document sites and portals carry any place's reports.
    expect(resolve(text, { hosts: ['北京百度网讯科技有限公司'] })).toEqual({});
    expect(resolve(text, { hosts: ['浙江在线新闻网'] })).toEqual({});
  });

  it('ignores place names in given names', () => {
    expect(resolve('市疾控中心主任张承德作总结点评，指出了县区疾控机构存在的问题。')).toEqual({});
    expect(resolve('深刻领悟吴建平书记讲话精神。组长唐海宁同志传达上级精神。表彰老同志李贵生、尹秀英，授予终身成就奖。')).toEqual({});
  });
});

describe('resolveRegion: national reports', () => {
  it('gives national meetings and bodies no region', () => {
    expect(resolve('1月26日，2026年全国卫生健康系统医政工作会议在京召开。国家卫生健康委副主任出席会议并讲话。北京市卫生健康委参加。')).toEqual({});
    expect(resolve('现在，我代表国务院，向大会报告政府工作。北京、上海、广东等地经济总量持续增长。')).toEqual({});
  });

  it('does not take a local report conveying a national meeting for a national one', () => {
    const text = '全国卫生健康工作会议召开后，竹溪县卫生健康局迅速召开党组会议传达学习会议精神。全县卫生健康系统要抓好落实。';
    expect(resolve(text).county).toBe('竹溪县');
  });

  it('does not take a local report for a national one when its lead tells of a national meeting after its own', () => {
    const text = '1月6日，牟平区中医医院召开2024年度总结暨2025年度工作推进大会，牟平区卫生健康局负责人参加会议。\n国家卫生健康委在广东省深圳市召开现场推进会。';
    expect(resolve(text)).toMatchObject({ province: '山东省', city: '烟台市', county: '牟平区' });
  });

  it('says why', () => {
    const explained = explainReportRegion({ text: '由中国妇幼保健协会主办的经验交流会召开。', hints: noHints });
    expect(explained.method).toBe('national');
    expect(explained.region).toEqual({});
  });
});

interface Label {
  file: string;
  province: string | null;
  city: string | null;
  county: string | null;
  accept?: { province?: string; city?: string; county?: string };
}

const FIELDS = ['province', 'city', 'county'] as const;

/** Region of a corpus file read as describe reads it: converted to Simplified, no hints (furniture left in the text). */
function regionOfFile(path: string) {
  const raw = readFileSync(path, 'utf8');
  const text = detectScript(raw) === 'hant' ? toSimplified(raw) : raw;
  return resolve(text);
}

function score(corpus: string) {
  const folder = new URL(`../../../../shared/corpus/${corpus}/`, import.meta.url);
  const labels: Label[] = readFileSync(new URL('labels.jsonl', folder), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const tally = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, wrong: 0 }]));
  for (const label of labels) {
    const region = regionOfFile(fileURLToPath(new URL(label.file, folder)));
    for (const field of FIELDS) {
      const got = region[field] ?? null;
      const right = got === label[field] || (got !== null && got === label.accept?.[field]);
      if (right) tally[field]!.right++;
      else if (got !== null) tally[field]!.wrong++;
    }
  }
  return { n: labels.length, tally };
}

describe('corpus checks against the labels', () => {
  it('gets every seed’s region exactly', () => {
    const { n, tally } = score('seeds');
    for (const field of FIELDS) expect(tally[field]!.right, field).toBe(n);
  });

  it('pages: at least 0.9 per level, at most 1 wrong province and 2 wrong cities', () => {
    const { n, tally } = score('pages');
    for (const field of FIELDS) expect(tally[field]!.right / n, field).toBeGreaterThanOrEqual(0.9);
    expect(tally.province!.wrong).toBeLessThanOrEqual(1);
    expect(tally.city!.wrong).toBeLessThanOrEqual(2);
  });

  it('2024 government work reports: province ≥ 0.95, city ≥ 0.9', () => {
    const { n, tally } = score('govreports-2024');
    expect(tally.province!.right / n).toBeGreaterThanOrEqual(0.95);
    expect(tally.city!.right / n).toBeGreaterThanOrEqual(0.9);
  });
});
