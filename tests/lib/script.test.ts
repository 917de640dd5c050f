import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectScript, toSimplified, toTraditional } from '../../src/lib/script.ts';

interface OpenCcCase { id: string; mode: 's2tw' | 's2t' | 't2s' | 'tw2s'; input: string; expected: string }
const cases: OpenCcCase[] = readFileSync(new URL('../../../shared/conversion/opencc-cases.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));

describe('OpenCC test cases', () => {
  it('has the cases to check against', () => {
    expect(cases.filter((c) => c.mode === 's2tw').length).toBeGreaterThan(50);
    expect(cases.filter((c) => c.mode === 'tw2s').length).toBeGreaterThan(20);
  });

  it.each(cases.filter((c) => c.mode === 's2tw'))('s2tw $id keeps what opencc-js gets right', ({ input, expected }) => {
    expect(toTraditional(input)).toBe(expected);
  });

  it.each(cases.filter((c) => c.mode === 'tw2s'))('tw2s $id', ({ input, expected }) => {
    expect(toSimplified(input, 'tw')).toBe(expected);
  });

  // opencc-js itself fails 3 of the t2s cases (rare characters); we must not lose any other.
  it('t2s: at least the 52 cases opencc-js passes', () => {
    const passed = cases.filter((c) => c.mode === 't2s' && toSimplified(c.input, 't') === c.expected);
    expect(passed.length).toBeGreaterThanOrEqual(52);
  });
});

describe('toTraditional corrections for official text', () => {
  it.each([
    ['范先生', '范先生'],
    ['范长江', '范長江'],
    ['余秋雨', '余秋雨'],
    ['折合人民币', '折合人民幣'],
    ['子丑寅卯', '子丑寅卯'],
    ['余书记强调', '余書記強調'],
    ['范县卫生健康局', '范縣衛生健康局'],
  ])('%s → %s', (input, expected) => {
    expect(toTraditional(input)).toBe(expected);
  });

  // The phrase dictionary's longest match across a word boundary (生发, 全干, 庆历, 食面, 新征, 金链, 明了).
  it.each([
    ['推进卫生健康事业发展', '推進衛生健康事業發展'],
    ['增强内生发展动力，厚植发展优势', '增強內生發展動力，厚植發展優勢'],
    ['补助资金发放，按时足额发放', '補助資金發放，按時足額發放'],
    ['总发电量', '總發電量'],
    ['被发明、被发掘、被发表', '被發明、被發掘、被發表'],
    ['健全干部交流机制，建设一流干部学院', '健全幹部交流機制，建設一流幹部學院'],
    ['重庆历史文化名城，中国历代绘画', '重慶歷史文化名城，中國歷代繪畫'],
    ['稳定粮食面积，解决问题和面临的挑战', '穩定糧食面積，解決問題和面臨的挑戰'],
    ['奋进新征程', '奮進新征程'],
    ['防范资金链风险', '防範資金鏈風險'],
    ['为高质量发展指明了前进方向', '為高質量發展指明了前進方向'],
    ['做好困难群众和困境儿童帮扶', '做好困難群眾和困境兒童幫扶'],
    ['以学促干的长效机制，实干快干，大干快干，敢快干', '以學促幹的長效機制，實幹快幹，大幹快幹，敢快幹'],
    ['建成10个中心，3个中型水库', '建成10個中心，3個中型水庫'],
    ['对标对表，源和面源污染', '對標對表，源和面源汙染'],
    ['阳光采购，开展采煤沉陷区治理', '陽光採購，開展採煤沉陷區治理'],
    ['经受较大冲击，更加注重质量，租购并举', '經受較大衝擊，更加注重質量，租購並舉'],
  ])('%s → %s', (input, expected) => {
    expect(toTraditional(input)).toBe(expected);
  });

  it('keeps the forms these corrections must not touch', () => {
    expect(toTraditional('头发生长，美容美发行业，理发店，银发经济')).toBe('頭髮生長，美容美髮行業，理髮店，銀髮經濟');
    expect(toTraditional('粮食烘干，经费包干制，冻干食品，快干漆')).toBe('糧食烘乾，經費包乾制，凍乾食品，快乾漆');
    expect(toTraditional('农历日历，简单明了，一目了然，面包，金链子，长征')).toBe('農曆日曆，簡單明瞭，一目瞭然，麵包，金鍊子，長征');
    expect(toTraditional('个中滋味，风采，神采，对冲风险')).toBe('箇中滋味，風采，神采，對沖風險');
  });

  it('keeps 範 and 餘 where they are right', () => {
    expect(toTraditional('规范示范范围，其余240余人')).toBe('規範示範範圍，其餘240餘人');
  });

  it('keeps known personal names with their surname character', () => {
    expect(toTraditional('党委书记余海峰讲话', ['余海峰'])).toBe('黨委書記余海峰講話');
  });

  it('uses Taiwan forms, not the vocabulary converter', () => {
    expect(toTraditional('信息化项目着力推进')).toBe('信息化項目著力推進');
  });
});

describe('toSimplified', () => {
  it('reads Taiwan forms (著 as a particle) and OpenCC standard forms', () => {
    expect(toSimplified('為群眾著力推進衛生健康工作')).toBe('为群众着力推进卫生健康工作');
    expect(toSimplified('羣衆裏爲着')).toBe('群众里为着');
  });

  it('reads Hong Kong forms, which the Taiwan and standard conversions leave (衞生 stayed 衞生)', () => {
    expect(toSimplified('湖州市衞生健康委員會召開全市衞生健康工作會議，敍述工作')).toBe('湖州市卫生健康委员会召开全市卫生健康工作会议，叙述工作');
  });
});

describe('detectScript', () => {
  it('tells Simplified from Traditional', () => {
    expect(detectScript('全市卫生健康工作会议召开')).toBe('hans');
    expect(detectScript('全市衛生健康工作會議召開')).toBe('hant');
  });

  it('follows the majority in mixed text', () => {
    expect(detectScript('會議指出，過去一年衛生健康系統認真落實 卫生')).toBe('hant');
  });
});
