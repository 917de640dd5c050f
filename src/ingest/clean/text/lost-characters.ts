/**
 * lost-characters: `?` left where a character could not be decoded.
 *
 * A run of `?` at the start of a line stood for full-width indentation and
 * becomes it again. A `?` inside Chinese text that does not end a question
 * stood for a lost character: it becomes □ so that readers see the gap (a
 * lost character that kept its pinyin annotation, `?(qiáng)`, too). A `?`
 * that ends a question stays, for normalize-punctuation to make full-width;
 * so do `?` in URLs and in English.
 */
import type { CleanRule } from '../../types.ts';
import { PINYIN_LETTERS } from './pinyin-readings.ts';
import { lineMessage, rewriteLine } from './rewrite-line.ts';

export const RULE_ID = 'lost-characters';

/** `?` standing for indentation: two or more, or one before a space, at the line start. */
const INDENTATION = /^[ \t\u3000]*(?:\?{2,}|\?(?=[ \t\u3000]))[? \t\u3000]*/;
/** A lost character with the annotation it had, its `(` kept or swallowed. */
const ANNOTATED_LOST = new RegExp(`\\?\\(?[${PINYIN_LETTERS}]{1,6}\\)`, 'gu');
const QUESTION_RUN = /\?+/g;
const URL = /(?:https?:\/\/|www\.)[\x21-\x7e]+/gi;
const HAN = /\p{Script=Han}/u;
const ASCII_LETTER = /[A-Za-z]/;
/** Words that make a clause a question. */
const INTERROGATIVE = /[吗嗎呢么麼怎谁誰哪几幾何岂豈]|多少|是否|难道|難道|可否|能否|是不是|有没有|有沒有|對不對|对不对/;
/** What may follow a question mark at the end of a question. */
const AFTER_QUESTION = /^(?:$|[\s”’」』）)】》!！?？])/;
/** Where a clause starts: after the last sentence or clause mark. */
const CLAUSE_END = /[。！？!?；;，,]/g;

/** Result of repairing one line. */
export interface LostCharacterRepair {
  text: string;
  /** Indentation `?` removed. */
  indentation: number;
  /** Characters marked □. */
  lost: number;
}

/** The clause before `index`: from the last sentence or clause mark on. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  let start = 0;
  for (const match of before.matchAll(CLAUSE_END)) start = match.index + 1;
  return before.slice(start);
}

/** Whether the `?` run at `index` (of `length`) ends a question. */
function endsQuestion(text: string, index: number, length: number): boolean {
  return INTERROGATIVE.test(clauseBefore(text, index)) || AFTER_QUESTION.test(text.slice(index + length));
}

/** Whether the `?` run at `index` belongs to English text or a URL. */
function isAsciiQuestion(text: string, index: number, length: number, urls: ReadonlyArray<readonly [number, number]>): boolean {
  if (urls.some(([start, end]) => index >= start && index < end)) return true;
  const before = text[index - 1] ?? '';
  const after = text[index + length] ?? '';
  return ASCII_LETTER.test(before) && !HAN.test(after);
}

/** Repairs the `?` of one line. */
export function repairLostCharacters(line: string): LostCharacterRepair {
  const result: LostCharacterRepair = { text: line, indentation: 0, lost: 0 };
  if (!line.includes('?')) return result;
  // Each `?` becomes the full-width space it stood for: the line keeps its indentation and its width on the page.
  let text = line.replace(INDENTATION, (indent) => {
    result.indentation = [...indent].filter((char) => char === '?').length;
    return indent.replaceAll('?', '\u3000');
  });
  text = text.replace(ANNOTATED_LOST, () => {
    result.lost++;
    return '□';
  });
  const urls = [...text.matchAll(URL)].map((match) => [match.index, match.index + match[0].length] as const);
  result.text = text.replace(QUESTION_RUN, (run, index: number) => {
    if (isAsciiQuestion(text, index, run.length, urls)) return run;
    const before = text[index - 1] ?? '';
    if (before !== '' && endsQuestion(text, index, run.length)) return run;
    result.lost += run.length;
    return '□'.repeat(run.length);
  });
  return result;
}

/** The rule: one 'doubtful' message per line with lost characters, one 'removed' message for indentation. */
export const lostCharactersRule: CleanRule = (draft) => {
  let indentation = 0;
  draft.lines.forEach((line, index) => {
    if (!line.includes('?')) return;
    const repair = repairLostCharacters(line);
    rewriteLine(draft, index, repair.text);
    indentation += repair.indentation;
    if (repair.lost > 0) {
      lineMessage(draft, { rule: RULE_ID, kind: 'doubtful', note: `缺失字符 ${repair.lost} 个，以□标出` }, repair.text);
    }
  });
  if (indentation > 0) {
    draft.messages.push({ rule: RULE_ID, kind: 'removed', note: `删除行首代替缩进的问号 ${indentation} 个` });
  }
};
