import { describe, expect, it } from 'vitest';
import { flagSpamRule } from '../../../../src/ingest/clean/text/flag-spam.ts';
import { halfWidthAlphanumericsRule } from '../../../../src/ingest/clean/text/half-width-alphanumerics.ts';
import { textRules } from '../../../../src/ingest/clean/text/index.ts';
import { invisibleCharactersRule } from '../../../../src/ingest/clean/text/invisible-characters.ts';
import { letterSpacingRule } from '../../../../src/ingest/clean/text/letter-spacing.ts';
import { lostCharactersRule } from '../../../../src/ingest/clean/text/lost-characters.ts';
import { normalizePunctuationRule } from '../../../../src/ingest/clean/text/normalize-punctuation.ts';
import { repairMojibakeRule } from '../../../../src/ingest/clean/text/repair-mojibake.ts';
import { stripPinyinRule } from '../../../../src/ingest/clean/text/strip-pinyin.ts';
import { cleanCorpus, corpusText, runRules } from './corpus.ts';

/** Text up to the width of its punctuation, digits and letters and the kind of its spaces. */
function canonical(text: string): string {
  return text
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/(?<=[0-9])[．－／](?=[0-9])/g, (mark) => String.fromCharCode(mark.charCodeAt(0) - 0xfee0))
    .replace(/[，；：！？（）。]/g, (mark) => ({ '，': ',', '；': ';', '：': ':', '！': '!', '？': '?', '（': '(', '）': ')', '。': '.' })[mark]!)
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')
    .replace(/[,;.!?](?=[,;.!?])/g, '');
}

describe('textRules', () => {
  it('closes letter spacing before the repairs that read words, mojibake repair before strip-pinyin and half-width digits, and lost characters before punctuation', () => {
    expect(textRules).toEqual([
      invisibleCharactersRule,
      letterSpacingRule,
      repairMojibakeRule,
      stripPinyinRule,
      flagSpamRule,
      lostCharactersRule,
      halfWidthAlphanumericsRule,
      normalizePunctuationRule,
    ]);
  });

  it('leaves seed 001 clean: no annotation, no damaged run, the repaired phrases in place', () => {
    const draft = runRules(corpusText('seeds/001'));
    const text = draft.lines.join('\n');
    expect(text).toContain('深度融合。“建強龍頭”提升縣級醫療能力');
    expect(text).toContain('基層行”。“余人才”蓄積發展動能');
    expect(text).toContain('縣醫院“以新換心”');
    expect(text).toContain('培養科室帶頭人28名');
    expect(text).toContain('“生命線”。縱深推進全面從嚴治黨');
    expect(text).not.toMatch(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/u);
    expect(text).not.toMatch(/[?□◤ь]/u);
  });

  it('keeps the notes attached: a message quotes a line as it finally reads', () => {
    for (const name of ['seeds/001', 'seeds/002', 'pages/072.txt', 'pages/024.txt']) {
      const draft = runRules(corpusText(name));
      for (const message of draft.messages) if (message.text !== undefined) expect(draft.lines, name).toContain(message.text);
    }
  });

  it('changes the clean corpora only in the width of punctuation, digits and letters and the kind of spaces', () => {
    for (const [file, text] of cleanCorpus()) {
      const draft = runRules(text);
      expect(canonical(draft.lines.join('\n')), file).toBe(canonical(text));
      expect(draft.messages.every((m) => ['normalize-punctuation', 'invisible-characters', 'half-width-alphanumerics'].includes(m.rule)), file).toBe(true);
    }
  });

  it('is cheap on long clean reports', () => {
    const reports = cleanCorpus().map(([, text]) => text);
    for (const text of reports) runRules(text);
    // CPU time, not wall time: other test files run on the same cores.
    const start = process.cpuUsage();
    for (const text of reports) runRules(text);
    const used = process.cpuUsage(start);
    const perReport = (used.user + used.system) / 1000 / reports.length;
    // The whole pipeline has 10 ms per report on one core (200 reports/s on 2 cores).
    expect(perReport).toBeLessThan(5);
  });
});
