/**
 * invisible-characters: characters a reader cannot see but search and
 * matching trip over. Zero-width characters, soft hyphens, direction marks
 * and a BOM inside the text go; no-break and typographic spaces become
 * ordinary spaces. The full-width space U+3000 stays: it indents paragraphs.
 */
import type { CleanRule } from '../../types.ts';
import { rewriteLine } from './rewrite-line.ts';

export const RULE_ID = 'invisible-characters';

const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f]/g;
const PRE_CHECK = /[\u00a0\u00ad\u180e\u2000-\u200f\u202a-\u202f\u205f-\u2064\u2066-\u2069\ufeff]/;

/** Result of cleaning one text. */
export interface InvisibleRepair {
  text: string;
  removed: number;
  spaces: number;
}

/** Removes invisible characters and turns no-break and typographic spaces into spaces. */
export function removeInvisibleCharacters(text: string): InvisibleRepair {
  const result: InvisibleRepair = { text, removed: 0, spaces: 0 };
  if (!PRE_CHECK.test(text)) return result;
  result.text = text
    .replace(INVISIBLE, () => {
      result.removed++;
      return '';
    })
    .replace(ODD_SPACE, () => {
      result.spaces++;
      return ' ';
    });
  return result;
}

/** The rule: cleans every line, one file-level message with the counts. */
export const invisibleCharactersRule: CleanRule = (draft) => {
  let removed = 0;
  let spaces = 0;
  draft.lines.forEach((line, index) => {
    const repair = removeInvisibleCharacters(line);
    removed += repair.removed;
    spaces += repair.spaces;
    rewriteLine(draft, index, repair.text);
  });
  const parts = [removed > 0 ? `删除不可见字符 ${removed} 个` : '', spaces > 0 ? `特殊空格改为普通空格 ${spaces} 个` : ''].filter(Boolean);
  if (parts.length > 0) draft.messages.push({ rule: RULE_ID, kind: 'repaired', note: parts.join('，') });
};
