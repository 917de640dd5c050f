import { describe, expect, it } from 'vitest';
import { usageIn } from '../../../../src/ingest/clean/text/document-usage.ts';
import { repairMojibake, repairMojibakeRule } from '../../../../src/ingest/clean/text/repair-mojibake.ts';
import { cleanCorpus, corpusText, runRules, wholeCorpus } from './corpus.ts';
import { loseByte, spliceAnnotation } from './garble.ts';

/** Repairs one line with the usage of a whole document. */
function repairIn(document: string, line: string): string {
  return repairMojibake(line, usageIn(document)).text;
}

describe('repairMojibake: the damage as it occurs', () => {
  it('reproduces the damage of the corpus with the test garbler (the model of what happened)', () => {
    expect(loseByte('融合。“建強(qiáng)龍頭”', 2)).toBe('融合?!敖◤?qiáng)龍頭”');
    expect(spliceAnnotation('以新換心', 2, 'lián')).toBe('以新?lián)Q心');
    expect(spliceAnnotation('科室帶頭人', 2, 'guī')).toBe('科室?guī)ь^人');
  });

  it('repairs a lost byte of a full stop and a lost byte of an annotated character', () => {
    const document = corpusText('seeds/001');
    expect(repairIn(document, '堅持黨建與業(yè)務(wù)深度融合?!敖◤?qiáng)龍頭”提升')).toBe('堅持黨建與業(yè)務(wù)深度融合。“建強(qiáng)龍頭”提升');
  });

  it('repairs runs where an annotation was spliced into a character', () => {
    expect(repairMojibake('縣醫院“以新?lián)Q心”、縣中醫醫院').text).toBe('縣醫院“以新換心”、縣中醫醫院');
    expect(repairMojibake('培養科室?guī)ь^人28名').text).toBe('培養科室帶頭人28名');
    expect(repairMojibake('勇挑重?fù)?dān),新的一年').text).toBe('勇挑重擔(dān),新的一年');
    expect(repairMojibake('征地?cái)U(kuò)建與項目').text).toBe('征地擴(kuò)建與項目');
  });

  it('reads folded full-width forms back (`m` was `ｍ`, `?` was `？`)', () => {
    const document = corpusText('seeds/002');
    expect(repairIn(document, '開展殯葬領(lǐng)域?qū)m?xiàng)整治')).toBe('開展殯葬領(lǐng)域專項(xiàng)整治');
    expect(repairIn(corpusText('seeds/001'), '守護衛生健康“生命線”??v深推進全面從嚴治黨')).toBe('守護衛生健康“生命線”。縱深推進全面從嚴治黨');
  });

  it('keeps the script of the text: the bytes held Traditional characters', () => {
    expect(repairIn(corpusText('pages/072.txt'), '溫馨與希望交織蔓延?;仡^看,我們')).toBe('溫馨與希望交織蔓延。回頭看,我們');
  });

  it('marks what the bytes cannot tell with □ and reports it as doubtful', () => {
    // Alone, a line cannot tell 。 from the other characters ending in A3, nor 強 from 彊 (both qiáng, both 8F…).
    const repair = repairMojibake('我們?!敖◤?qiáng)龍頭');
    expect(repair.text).toBe('我們□“建□龍頭');
    expect(repair.squares).toBe(2);
    expect(repair.doubtful).toBe(1);
  });
});

describe('repairMojibake: leaves other text alone', () => {
  it.each([
    ['a question', '這是為什麼?我們要想一想。'],
    ['a question and an exclamation', '真的嗎?!'],
    ['a URL', '詳見 http://www.example.com/a.php?id=3&b=4 網頁'],
    ['English', 'What is this? A test.'],
    ['indentation', '??? 2月27日上午,宣城市召開會議。'],
    ['lost characters between digits', '10:22:02??/??瀏覽量:??/??【關閉】'],
    ['a lost character without damage around it', '會議由?院長主持'],
  ])('%s', (_, line) => {
    expect(repairMojibake(line).text).toBe(line);
  });

  it('changes no line of the clean corpora', () => {
    for (const [file, text] of cleanCorpus()) {
      const draft = runRules(text, [repairMojibakeRule]);
      expect(draft.lines.join('\n'), file).toBe(text);
      expect(draft.messages, file).toEqual([]);
    }
  });

  it('changes only the lines with damage in the whole corpus', () => {
    const touched = wholeCorpus().flatMap(([file, text]) =>
      runRules(text, [repairMojibakeRule]).messages.map(() => file),
    );
    expect(new Set(touched)).toEqual(new Set([expect.stringMatching(/^001_/), expect.stringMatching(/^002_/), '072.txt']));
  });
});

describe('repairMojibake on the corpus', () => {
  it('leaves seed 001 without a damaged run, with its repaired phrases', () => {
    const text = runRules(corpusText('seeds/001'), [repairMojibakeRule]).lines.join('\n');
    expect(text).toContain('深度融合。“建強(qiáng)龍頭”');
    expect(text).toContain('基層行”。“余人才”蓄積');
    expect(text).toContain('“以新換心”');
    expect(text).toContain('科室帶頭人');
    expect(text).toContain('“生命線”。縱深推進');
    expect(text).not.toMatch(/\?/);
    expect(text).not.toMatch(/[◤ь敖坝嗳瞬拧毙罘仡]/);
  });

  it('weighs a lost mark by the body only, not by the page furniture around it', () => {
    // Page 072 loses a byte of a full stop (`蔓延?;仡^看`), where more than one mark fits; the menus and
    // footers of a scraped page around the body must not make the choice doubtful.
    const body = corpusText('pages/072').trimEnd().split('\n');
    const furniture = ['首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流', '当前位置：首页 > 新闻动态 > 工作动态', '字号：大 中 小', '浏览次数：1024'];
    const footer = ['【打印本页】【关闭窗口】', '上一篇：关于做好节日期间值班工作的通知', '下一篇：我委召开专题会议部署重点工作', '版权所有 © 2024 本网站 保留所有权利', '网站标识码：1234567890  备案号：京ICP备12345678号'];
    for (const lines of [body, [...furniture, ...body, ...footer]]) {
      const text = runRules(lines.join('\n'), [repairMojibakeRule]).lines.join('\n');
      expect(text).toContain('交織蔓延。回頭看');
      expect(text).not.toContain('□');
    }
  });

  it('leaves one message per repaired line, quoting the line', () => {
    const draft = runRules(corpusText('seeds/002'), [repairMojibakeRule]);
    expect(draft.messages).toHaveLength(3);
    for (const message of draft.messages) {
      expect(message).toMatchObject({ rule: 'repair-mojibake', kind: 'repaired' });
      expect(message.note).toMatch(/修复乱码 \d+ 处/);
      expect(draft.lines).toContain(message.text);
    }
  });
});

describe('repairMojibake on simulated damage', () => {
  // Every 7th Chinese character of seed 002's clean lines loses its lead byte, one at a time.
  const document = corpusText('seeds/002');
  const lines = document.split('\n').filter((line) => line.length > 40 && !line.includes('?'));
  const cases = lines.flatMap((line) =>
    Array.from({ length: Math.floor((line.length - 10) / 7) }, (_, k) => 5 + 7 * k)
      .filter((index) => line.charCodeAt(index) >= 0x80)
      .map((index) => ({ line, garbled: loseByte(line, index) }))
      .filter(({ line, garbled }) => garbled !== line),
  );

  it('restores most runs exactly and almost never writes a wrong character', () => {
    let exact = 0;
    let wrong = 0;
    for (const { line, garbled } of cases) {
      const repaired = repairIn(document, garbled);
      if (repaired === line) exact++;
      else if (repaired !== garbled && !repaired.includes('□')) wrong++;
    }
    console.log(`simulated damage: ${cases.length} runs, ${exact} restored exactly, ${wrong} wrong`);
    expect(cases.length).toBeGreaterThan(100);
    expect(exact / cases.length).toBeGreaterThan(0.35);
    expect(wrong / cases.length).toBeLessThan(0.03);
  });
});
