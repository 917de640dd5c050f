/**
 * Site footers: ICP records, copyright lines (their year is the site's, not
 * the report's), 主办单位, the address/telephone lines and a government
 * site's badges (`党政机关`) next to them.
 * The site's owner named there becomes a host hint.
 */
import { emptyHints, siteName } from './hints.ts';
import { dropLines, lineRule, type LineOutcome } from './line-rule.ts';
import { wordsPattern } from './keyword-pattern.ts';
import { bodyBounds, hasStop, inEdgeZone, readable } from './shape.ts';

/** Marks of a site footer. */
const FOOTER_MARK = new RegExp(
  `ICP|©|Copyright|All Rights Reserved|\\(c\\)\\s*\\d{4}|${wordsPattern([
    '版权所有', '公网安备', '备案号', '备案序号', '网站标识码', '技术支持', '主办单位', '承办单位', '协办单位', '建设单位', '运维单位',
    '网站地图', '联系我们', '网站声明', '隐私政策', '许可证编号', '信息服务备案', '最佳浏览', '分辨率', '位访客', '访问人次',
    '总访问量', '今日访问',
  ])}`,
  'iu',
);
/** Badges and links a government site sets in its footer, alone on a line (`党政机关`, `我为政府网站找错`). */
const BADGE = new RegExp(`^(?:${wordsPattern(['党政机关', '我为政府网站找错', '政府网站找错', '适老化服务', '无障碍浏览', '长者模式'])})$`, 'u');
/** Contact lines that stand next to footers. */
const CONTACT = new RegExp(`^(?:${wordsPattern(['地址', '电话', '联系电话', '传真', '邮编', '邮箱', '电子邮箱', '投稿邮箱', '联系方式', '服务热线', '新闻热线', '报料热线', '值班电话', '监督电话', '举报电话'])}|E-?mail)\\s*[:：]`, 'iu');
/** The owner named in a footer: `主办单位:青阳县人大常委会`, `© 2021 黄冈市疾病预防控制中心 版权所有`. */
const OWNER = new RegExp(`(?:${wordsPattern(['主办单位', '主办'])})\\s*[:：]\\s*(\\S+)|(?:©|Copyright)[\\s©\\d\\-–]*(\\p{Script=Han}\\S*?)\\s*(?:${wordsPattern(['版权所有'])})`, 'iu');

/** Longest footer line. */
const LINE_MAX = 300;

/** True when the line is part of a site footer (given whether it stands around the body). */
export function isFooterLine(line: string, atEdge: boolean): boolean {
  if (line.length > LINE_MAX) return false;
  const text = readable(line);
  if (text === '') return false;
  if (FOOTER_MARK.test(text)) return atEdge || !hasStop(text);
  return atEdge && ((CONTACT.test(text) && !hasStop(text)) || BADGE.test(text));
}

/** Removes site footers; their owner becomes a host hint. */
export function stripCopyrightFooters(lines: readonly string[]): LineOutcome {
  const bounds = bodyBounds(lines);
  const hints = emptyHints();
  const drop = new Set<number>();
  lines.forEach((line, i) => {
    if (!isFooterLine(line, inEdgeZone(i, bounds))) return;
    drop.add(i);
    const owner = OWNER.exec(readable(line));
    const name = siteName(owner?.[1] ?? owner?.[2] ?? '');
    if (name) hints.hosts.push(name);
  });
  return dropLines(lines, drop, '网站版权与备案信息', hints);
}

/** Clean rule: copyright and ICP footers. */
export const copyrightFooterRule = lineRule('strip-site-footer', stripCopyrightFooters);
