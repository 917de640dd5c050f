import { describe, expect, it } from 'vitest';
import { checkSpam, flagSpamRule } from '../../../../src/ingest/clean/text/flag-spam.ts';
import { ADVERT_CUES, ADVERT_TOPICS, SPAM_WORDS } from '../../../../src/ingest/clean/text/spam-vocabulary.ts';
import { toTraditional } from '../../../../src/lib/script.ts';
import { runRules, wholeCorpus } from './corpus.ts';

describe('checkSpam', () => {
  it.each([
    ['a casino advert with a link', '澳门新葡京娱乐场官网注册送88元彩金，www.xpj8888.com'],
    ['a betting advert', 'bet365体育在线投注，百家乐真人荷官，秒到账'],
    ['a lottery platform', '时时彩、六合彩、北京赛车 彩票平台 注册即送'],
    ['a loan advert', '无抵押贷款 秒下款 黑户贷款 加微信咨询'],
    ['a porn advert', '裸聊 成人视频 一夜情 点击进入'],
    ['a Traditional casino advert', '澳門新葡京娛樂場官網註冊送彩金'],
    ['a bare spam link', 'https://www.amxpj888.com/register'],
  ])('removes a whole line of spam: %s', (_, line) => {
    expect(checkSpam(line)).toMatchObject({ text: '', wholeLine: true });
  });

  it('replaces a casino name that took the place of an institution', () => {
    const check = checkSpam('近日，澳门新葡京娱乐场召开2024年度工作会议，全院职工参加会议并听取工作报告。');
    expect(check).toEqual({
      text: '近日，□召开2024年度工作会议，全院职工参加会议并听取工作报告。',
      phrases: ['澳门新葡京娱乐场'],
      wholeLine: false,
    });
  });

  it('replaces spam words inside a Traditional sentence', () => {
    expect(checkSpam('會議指出，太陽城集團要持續深化醫藥衛生體制改革，推動公立醫院高質量發展。').text).toBe(
      '會議指出，□要持續深化醫藥衛生體制改革，推動公立醫院高質量發展。',
    );
  });

  it('replaces an injected link and its advert inside a sentence', () => {
    expect(checkSpam('全年完成门诊量28.6万人次，皇冠体育官网 www.hg8888.com 同比增长12%，住院人次稳步上升，群众满意度持续提高。').text).toBe(
      '全年完成门诊量28.6万人次，□ 同比增长12%，住院人次稳步上升，群众满意度持续提高。',
    );
  });

  // The search tries the pattern only where a word's first two characters stand: every word must still be found.
  const everySpamWord = [...SPAM_WORDS, ...ADVERT_TOPICS.flatMap((topic) => ADVERT_CUES.map((cue) => topic + cue))].flatMap((word) => [word, toTraditional(word)]);
  it('finds every spam word in either script, inside a sentence and at its ends', () => {
    for (const word of everySpamWord) {
      for (const line of [`会议强调${word}，要持续深化医药卫生体制改革，推动公立医院高质量发展`, `${word}：会议强调要持续深化改革`, `会议强调要持续深化改革${word}`]) {
        const check = checkSpam(line);
        expect(check.phrases, line).not.toEqual([]);
        expect(check.text, line).not.toContain(word);
      }
    }
  });

  it.each([
    '严厉打击黄赌毒、盗抢骗等各类违法犯罪活动',
    '规范体育彩票和福利彩票销售管理',
    '全市存款、贷款余额分别突破20万亿元和11万亿元，新增小额贷款公司2家',
    '向关心和支持上海发展的香港、澳门特别行政区同胞致以敬意',
    '加强文化娱乐场所和网吧的消防安全检查',
    '推出智慧体育APP，建设体育公园',
    '本文地址:http://www.fm120.net/content/201903',
    '创业担保贷款、职业培训补贴等稳就业政策',
  ])('keeps real report text: %s', (line) => {
    expect(checkSpam(line)).toEqual({ text: line, phrases: [], wholeLine: false });
  });
});

describe('flagSpamRule', () => {
  it('removes spam lines, marks inline spam and flags both', () => {
    const draft = runRules(['一、工作回顾', '澳门新葡京娱乐场官网注册送88元彩金', '近日，澳门新葡京娱乐场召开2024年度工作会议，全院职工参加。'].join('\n'), [flagSpamRule]);
    expect(draft.lines).toEqual(['一、工作回顾', '近日，□召开2024年度工作会议，全院职工参加。']);
    expect(draft.messages.map(({ kind }) => kind)).toEqual(['flagged', 'flagged']);
    expect(draft.messages[0]!.note).toContain('删除疑似垃圾广告行');
    expect(draft.messages[1]).toMatchObject({ text: '近日，□召开2024年度工作会议，全院职工参加。' });
    expect(draft.messages[1]!.note).toContain('澳门新葡京娱乐场');
  });

  it('finds no spam anywhere in the corpus (seeds, pages, government reports)', () => {
    const flagged = wholeCorpus().flatMap(([file, text]) => runRules(text, [flagSpamRule]).messages.map((m) => `${file}: ${m.note}`));
    expect(flagged).toEqual([]);
  });
});
