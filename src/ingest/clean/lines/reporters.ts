/**
 * Reporter groups of bylines and datelines: `融媒记者 聂永钊`,
 * `記者夏莉涓 通訊員楊晶`, ` 吳履山 董沛`, `国家卫健委妇幼司供稿`.
 */
import { emptyHints, personName, siteName } from './hints.ts';
import type { Hints } from '../../types.ts';
import { wordsPattern } from './keyword-pattern.ts';

/** A reporter's title before the name (`本报记者`, `融媒记者`, `实习生`): the byline keys of reporters too. */
export const REPORTER_TITLES = [
  '融媒体记者', '融媒记者', '全媒体记者', '全媒记者', '见习记者', '实习记者', '特约记者', '首席记者', '本报记者', '本台记者', '本网记者',
  '记者', '特约通讯员', '通讯员', '实习生',
] as const;
/** How a medium's name ends (`澎湃新闻`, `湖北日报`, `人民网`, `央视网`), a pattern's source in either script. */
export const MEDIUM_END = `(?:${wordsPattern(['新闻', '日报', '晚报', '时报', '报', '网', '电视台', '台', '社', '客户端', '融媒体中心'])})`;
/** Role words around reporters' names. */
const ROLE_SOURCE = wordsPattern([...REPORTER_TITLES, '摄影', '摄像', '报道', '撰文', '文/图', '图/文', '文图', '图文', '摄']);
/** True when the text names a reporter's role. */
export const HAS_ROLE = new RegExp(ROLE_SOURCE, 'u');
const ROLES = new RegExp(ROLE_SOURCE, 'gu');
/** The end of a contributing organisation: `…供稿`. */
const CONTRIBUTED = /^(.{2,30}?)\s*(?:供稿|供圖|供图|提供)$/u;

/** The names in a reporter group as hints (authors, or a contributing site); undefined when it is not a byline. */
export function parseReporterGroup(group: string, requireRole = false): Hints | undefined {
  const hints = emptyHints();
  const text = group.trim();
  const contributed = CONTRIBUTED.exec(text);
  if (contributed) {
    const site = siteName(contributed[1] ?? '');
    if (site) hints.sites.push(site);
    return site ? hints : undefined;
  }
  if (requireRole && !HAS_ROLE.test(text)) return undefined;
  const parts = text.replace(ROLES, ' ').replace(/[A-Za-z0-9]+/g, ' ').split(/[\s\u3000、，,/:：]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 6) return undefined;
  for (const part of parts) {
    const name = personName(part);
    if (!name || name.length > 4) return undefined;
    hints.authors.push(name);
  }
  return hints;
}
