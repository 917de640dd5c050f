import { describe, expect, it } from 'vitest';
import { lostCharactersRule, repairLostCharacters } from '../../../../src/ingest/clean/text/lost-characters.ts';
import { cleanCorpus, corpusText, runRules } from './corpus.ts';

describe('repairLostCharacters', () => {
  it('gives `?` that stood for indentation back as full-width spaces, keeping the line as wide as the page set it', () => {
    expect(repairLostCharacters('??? 2月27日上午,宣城市召開會議。')).toMatchObject({ text: '\u3000\u3000\u3000 2月27日上午,宣城市召開會議。', indentation: 3, lost: 0 });
    expect(repairLostCharacters('?? 會議指出')).toMatchObject({ text: '\u3000\u3000 會議指出', indentation: 2 });
    expect(repairLostCharacters('??會議指出').text).toBe('\u3000\u3000會議指出');
  });

  it('marks a character lost inside Chinese text with □', () => {
    expect(repairLostCharacters('會議由?院長主持')).toMatchObject({ text: '會議由□院長主持', lost: 1 });
    expect(repairLostCharacters('全面加強??建設工作')).toMatchObject({ text: '全面加強□□建設工作', lost: 2 });
    expect(repairLostCharacters('?院召開會議').text).toBe('□院召開會議');
  });

  it('marks lost separators between numbers and text', () => {
    expect(repairLostCharacters('10:22:02??/??瀏覽量:??/??【關閉】')).toMatchObject({ text: '10:22:02□□/□□瀏覽量:□□/□□【關閉】', lost: 8 });
  });

  it('marks a lost character that kept its annotation, and drops the annotation', () => {
    expect(repairLostCharacters('增?(qiáng)基層').text).toBe('增□基層');
    expect(repairLostCharacters('增?qiáng)基層').text).toBe('增□基層');
  });

  it.each([
    ['after an interrogative', '這是為什麼?我們要想一想', '這是為什麼?我們要想一想'],
    ['at the end of a line', '工作做得怎樣?', '工作做得怎樣?'],
    ['before a closing quote', '他說“能行?”', '他說“能行?”'],
    ['with an exclamation mark', '難道不是這樣?!', '難道不是這樣?!'],
    ['a question with 是否', '是否已經完成?請回答', '是否已經完成?請回答'],
  ])('keeps a question mark %s', (_, line, expected) => {
    expect(repairLostCharacters(line)).toMatchObject({ text: expected, lost: 0 });
  });

  it.each([
    ['a URL', '詳見 http://www.example.com/a.php?id=3 網頁'],
    ['English', 'What is this? A test.'],
  ])('leaves %s alone', (_, line) => {
    expect(repairLostCharacters(line).text).toBe(line);
  });
});

describe('lostCharactersRule', () => {
  it('reports indentation once per file and lost characters per line', () => {
    const draft = runRules('??? 第一段\n??? 第二段\n會議由?院長主持', [lostCharactersRule]);
    expect(draft.lines).toEqual(['\u3000\u3000\u3000 第一段', '\u3000\u3000\u3000 第二段', '會議由□院長主持']);
    expect(draft.messages).toEqual([
      { rule: 'lost-characters', kind: 'doubtful', note: '缺失字符 1 个，以□标出', text: '會議由□院長主持' },
      { rule: 'lost-characters', kind: 'removed', note: '删除行首代替缩进的问号 6 个' },
    ]);
  });

  it('cleans the indentation of page 038', () => {
    const draft = runRules(corpusText('pages/038.txt'), [lostCharactersRule]);
    expect(draft.lines.join('\n')).not.toContain('?');
    expect(draft.lines.slice(0, 4).every((line) => /^\u3000+ ?[會2]/.test(line))).toBe(true);
  });

  it('changes nothing in the clean corpora', () => {
    for (const [file, text] of cleanCorpus()) {
      expect(runRules(text, [lostCharactersRule]).lines.join('\n'), file).toBe(text);
    }
  });
});
