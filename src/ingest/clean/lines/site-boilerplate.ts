/**
 * Document-sharing and template sites: membership and copyright
 * disclaimers (often a numbered list), `VIP专免`, page counts, `侵权投诉`,
 * advertising sentences, a repost's notice (`如有侵权请联系删除`), and
 * paywall cuts (`此处隐藏2746个字`, `……(快文网…省略852字,正式会员可完整阅读)……`)
 * and locks on the rest (`余下全文请登录后查看`), which are flagged because the
 * text there is missing.
 */
import { lineRule, outcome, removedNote, type LineOutcome } from './line-rule.ts';
import { wordsPattern } from './keyword-pattern.ts';
import { bodyBounds, inEdgeZone, readable } from './shape.ts';

/** Vocabulary of site disclaimers; a line with several of these words is boilerplate. */
const TERMS = new RegExp(
  `VIP|${wordsPattern([
    '本站', '本网', '网站', '站长', '文档', '文库', '下载', '上传', '会员', '版权', '侵权', '付费', '用户', '网友', '举报', '申诉',
    '退款', '权益', '免责', '声明', '转载', '不代表', '仅供参考', '学习交流', '商业用途', '联系我们', '专免', '用户分享', '网络整理',
    '内容提供方', '管理员',
  ])}`,
  'giu',
);
/**
 * Disclaimer headers and a document site's own words that make a line
 * boilerplate by themselves (a report never calls itself 本文档, nor ends its preview).
 */
const DISCLAIMER = new RegExp(
  `^(?:${wordsPattern(['特别声明', '免责声明', '版权声明', '权利保护声明', '郑重声明', '温馨提示'])})|VIP专免|侵权投诉|^\\s*[共第]\\s*\\d+\\s*[页頁]|${wordsPattern(['本文档', '该文档', '预览已结束'])}|剩[余餘]\\s*\\d+\\s*[页頁]`,
  'iu',
);
/** A paywall cut inside a line: `……(快文网http://…省略852字,正式会员可完整阅读)……`, `此处隐藏2746个字`. */
const PAYWALL_CUT = /[…．.·]*\s*(?:[(（][^()（）\n]{0,40}?)?(?:此处隐藏|此處隱藏|省略|隐藏|隱藏)[:：]?\s*(\d+)\s*[个個]?字(?:[^()（）\n]{0,40}?[)）])?\s*[…．.·]*/u;
/**
 * A line saying the rest is locked behind a login or a payment
 * (`余下全文请登录后查看`, `剩余80%未读，点击阅读全文`, `登录后阅读全文`): the text
 * ends there, incomplete.
 */
const LOCKED_REST = new RegExp(
  `^[…\\s]*(?:(?:${wordsPattern(['余下', '剩余', '剩下'])})[^。！？]{0,12}?(?:${wordsPattern(['登录', '登陆', '付费', '购买', '下载', '阅读全文', '查看全文', '未读'])})|(?:${wordsPattern(['登录', '登陆', '付费', '购买'])})后?(?:${wordsPattern(['查看', '阅读', '浏览'])}))`,
  'u',
);
/** Longest line saying the rest is locked. */
const LOCKED_MAX = 40;
/** An advertising sentence: a site's contact handle offered with its material. */
const ADVERT = /[^。！？\n]*(?:下载网址|加微|微信号|微信[:：]|QQ[:：]|QQ群|公众号[:：])[^。！？\n]*[。！？]?/iu;
/** Words without which neither an advert nor a paywall cut can be present. */
const ADVERT_WORD = /下载网址|加微|微信|QQ|公众号/iu;
const PAYWALL_WORD = /隐藏|隱藏|省略/u;
/**
 * A repost's notice to the rights holder, a sentence of its own (often run
 * onto the last paragraph's line): `本文来源于某某公众号，如有侵权请联系删除。`,
 * `版权归原作者所有`, `转载请注明出处`, `不代表本平台观点`.
 */
const REPOST_NOTICE = new RegExp(
  `[^。！？\\n]*(?:${wordsPattern(['如有侵权', '侵权请联系', '版权归原作者', '转载请注明'])}|${wordsPattern(['联系'])}(?:${wordsPattern(['我们', '小编', '本号', '后台', '站长', '作者'])})?${wordsPattern(['删除'])}|${wordsPattern(['不代表本'])}.{0,4}?${wordsPattern(['观点', '立场'])})[^。！？\\n]*[。！？]?`,
  'u',
);
/** Words without which no repost notice is present. */
const REPOST_WORD = new RegExp(wordsPattern(['侵权', '删除', '原作者', '转载', '不代表']), 'u');
/** What such a site sells. */
const MATERIAL = /范文|素材|润笔|文库|文档|資料下載|资料下载/u;

/** Longest disclaimer line (longer lines are body paragraphs; skipping them keeps the rule cheap). */
const LINE_MAX = 400;

/** Distinct disclaimer words in the text. */
function termCount(text: string): number {
  return new Set(text.match(TERMS) ?? []).size;
}

/** True when the line is site boilerplate (several disclaimer words; fewer are needed around the body). */
export function isBoilerplateLine(line: string, atEdge: boolean): boolean {
  if (line.length > LINE_MAX) return false;
  const text = readable(line);
  if (text === '') return false;
  if (DISCLAIMER.test(text)) return true;
  return termCount(text) >= (atEdge ? 2 : 3);
}

/** Removes site boilerplate lines, advertising sentences and repost notices; cuts paywall markers out and flags the gap. */
export function stripSiteBoilerplate(lines: readonly string[]): LineOutcome {
  const bounds = bodyBounds(lines);
  const kept: string[] = [];
  const removed: string[] = [];
  const result = outcome(kept);
  lines.forEach((line, i) => {
    const atEdge = inEdgeZone(i, bounds);
    if (atEdge && line.length <= LOCKED_MAX && LOCKED_REST.test(readable(line))) {
      removed.push(line);
      const before = kept.findLast((text) => text.trim() !== '');
      result.notes.push({ kind: 'flagged', note: '原文此后的内容被网站隐藏（须登录或付费），正文不完整', ...(before ? { text: before.trim() } : {}) });
      return;
    }
    if (isBoilerplateLine(line, atEdge)) {
      removed.push(line);
      return;
    }
    let text = line;
    // The cheap tests first: the sentence-wide patterns are costly on long lines.
    const advert = ADVERT_WORD.test(text) ? ADVERT.exec(text) : null;
    if (advert && MATERIAL.test(advert[0])) {
      removed.push(advert[0]);
      text = text.replace(advert[0], ' ');
    }
    const notice = REPOST_WORD.test(text) ? REPOST_NOTICE.exec(text) : null;
    if (notice) {
      removed.push(notice[0]);
      text = text.replace(notice[0], ' ');
    }
    const cut = PAYWALL_WORD.test(text) ? PAYWALL_CUT.exec(text) : null;
    if (cut) {
      text = text.replace(cut[0], '');
      result.notes.push({ kind: 'flagged', note: `原文在此处被网站截去约 ${cut[1]} 字，正文不完整`, text: text.trim() });
    }
    if (text.trim() !== '' || line.trim() === '') kept.push(text);
  });
  if (removed.length > 0) result.notes.unshift(removedNote('文档网站声明与广告', removed));
  return result;
}

/** Clean rule: document-site boilerplate and paywall cuts. */
export const siteBoilerplateRule = lineRule('strip-site-boilerplate', stripSiteBoilerplate);
