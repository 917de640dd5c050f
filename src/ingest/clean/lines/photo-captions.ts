/**
 * Photo captions left without their photos. Captions are told from headings
 * by shape, never by a list of words:
 * - credit, 图为 and numbered figure lines (`图为会议现场。记者 谢龙 摄`,
 *   `(圖為主會場)`, `图1：会议现场`), and
 *   short lines pointing at the photo (`▲会议现场`, `△县委书记讲话`), and what
 *   a page shows for a photo or video that did not load (`[图片]`, `视频加载中...`);
 * - numbered photo lines (`市政府副市长刘岚出席会议并讲话 (2)`);
 * - short unpunctuated lines repeated next to each other or repeating part of
 *   a neighbouring paragraph;
 * - runs of two or more short unpunctuated lines between paragraphs
 *   (`先进个人代表` / `优秀中层干部` / `进步奖` …).
 * Numbered headings (`一、` `（一）` `1.`), dates, document numbers and
 * document titles are never captions.
 */
import { emptyHints, personName } from './hints.ts';
import { dropLines, lineRule, type LineOutcome } from './line-rule.ts';
import { bodyBounds, isBlank, isParagraphLike, numberingRank, trimLine, withoutPinyin } from './shape.ts';
import { isSpacedOutLine } from './title-text.ts';

/** Lines longer than this are paragraphs, never captions. */
const LONG = 240;
/** Longest caption line that has no punctuation. */
const CAPTION_MAX = 40;
/** A caption that says what the photo shows. */
const SHOWS = /^[(（]?\s*(?:图为|圖為|图片为|上图|下图|左图|右图|图[:：]|圖[:：]|[图圖]\s*[\d一二三四五六七八九十]{1,2}\s*[:：．.、\s])/u;
/** What a page shows where a photo or video failed to load (`[图片]`, `视频加载中...`, `您的浏览器不支持视频播放`, `（图片来源：网络）`). */
const MEDIA_PLACEHOLDER = /^(?:[\[【(（]\s*(?:图片|圖片|视频|視頻|音频|音頻)\s*[\]】)）]|(?:视频|視頻)加[载載]中.*|您的[浏瀏][览覽]器不支持.*|[(（]?\s*(?:图片|圖片)(?:来源|來源)\s*[:：].*)$/u;
/** A mark pointing at the photo above or below (`▲会议现场`); as a bullet it opens a sentence, which a caption is not. */
const POINTER = /^[▲△▼▽↑↓][\s\u3000]*(?=\S)/u;
/** A photo credit at the end: `记者 谢龙 摄`, `人民政協網記者 張春莉 攝`. */
const CREDIT = /(?:记者|記者|通讯员|通訊員|摄影|攝影)?\s*([\p{Script=Han}·]{2,8})\s*(?:摄|攝|供图|供圖)\s*[)）]?$/u;
/** Last characters of a credit line. */
const CREDIT_END = '摄攝图圖)）';
/** A photo number after the caption: `(2)`. */
const PHOTO_NUMBER = /\s*[(（]\d{1,2}[)）]$/u;
/** Dates, document numbers and document-title endings keep a short line out of captions. */
const NOT_CAPTION = /\d{4}\s*[年\-/.]\s*\d{1,2}|〔\d{4}〕|\[\d{4}\]|(?:通知|意[见見]|要[点點]|方案|[办辦]法|[规規]定|[决決]定|[总總][结結]|[计計][划劃]|[讲講][话話]|[报報]告|[纲綱]要|[细細][则則]|通[报報])$/u;

/** True when the line carries no punctuation a sentence would (captions may carry `《》` `·` and spaces). */
function isBareShort(text: string): boolean {
  return text.length > 0 && text.length <= CAPTION_MAX && !/[，,。；;：:！!？?、]/.test(text);
}

/** The caption's text without photo number, for comparisons. */
const core = (text: string): string => text.replace(PHOTO_NUMBER, '').replace(/\s+/g, '');

/** True when a short line may be a caption at all. */
function captionShaped(text: string): boolean {
  if (!isBareShort(text) || numberingRank(text) !== undefined || isSpacedOutLine(text)) return false; // heading typography
  return !NOT_CAPTION.test(text) || /《.+》/.test(text);
}

/** True when the line is a caption by its own shape: a 图为 line, a photo credit, a numbered photo line. */
function ownEvidence(text: string): boolean {
  if (text.length > LONG) return false;
  if (SHOWS.test(text) || MEDIA_PLACEHOLDER.test(text)) return true;
  if (POINTER.test(text) && isBareShort(text.replace(POINTER, ''))) return true;
  if (CREDIT_END.includes(text.at(-1) ?? '') && CREDIT.test(text) && /\s(?:摄|攝)\s*[)）]?$|(?:记者|記者|通讯员|通訊員)/u.test(text)) return true;
  return isBareShort(text) && PHOTO_NUMBER.test(text) && numberingRank(text) === undefined;
}

/** Indexes of caption lines in the body, and photographers named by their credits. */
export function findCaptions(lines: readonly string[]): { drop: Set<number>; photographers: string[] } {
  const { first, last } = bodyBounds(lines);
  const drop = new Set<number>();
  const photographers: string[] = [];
  if (first < 0) return { drop, photographers };
  // Long lines are never captions: they are only compared, so they need no cleaning.
  const text = lines.map((line) => (line.length > LONG ? line : withoutPinyin(trimLine(line))));
  // Non-blank line indexes in the body, to look at neighbours across blank lines.
  const order = text.map((_, i) => i).filter((i) => i >= first && i <= last && !isBlank(lines[i] ?? ''));

  text.forEach((t, i) => {
    if (!ownEvidence(t)) return;
    drop.add(i);
    const credit = CREDIT.exec(t);
    const name = credit ? personName(credit[1] ?? '') : undefined;
    if (name) photographers.push(name);
  });

  // Short lines repeated next to each other, or repeating part of the paragraph above
  // (a heading may well repeat the start of the paragraph below it).
  order.forEach((i, k) => {
    const t = text[i] ?? '';
    if (drop.has(i) || !captionShaped(t)) return;
    const prev = text[order[k - 1] ?? -1] ?? '';
    const next = text[order[k + 1] ?? -1] ?? '';
    const c = core(t);
    if (core(prev) === c || core(next) === c || (c.length >= 6 && isParagraphLike(prev) && prev.includes(c))) drop.add(i);
  });

  // Runs of two or more caption-shaped lines between paragraphs.
  let run: number[] = [];
  const closeRun = (): void => {
    if (run.length >= 2) for (const i of run) drop.add(i);
    run = [];
  };
  for (const i of order) {
    const t = text[i] ?? '';
    // A caption known by its own shape neither makes a run nor ends one: a heading next to `▲会议现场` stays.
    if (drop.has(i) && ownEvidence(t)) continue;
    if (captionShaped(t)) run.push(i);
    else closeRun();
  }
  closeRun();
  return { drop, photographers };
}

/** Removes photo captions from the body; photographers become author hints. */
export function stripPhotoCaptions(lines: readonly string[]): LineOutcome {
  const { drop, photographers } = findCaptions(lines);
  const hints = emptyHints();
  hints.authors.push(...photographers);
  return dropLines(lines, drop, '图片说明', hints);
}

/** Clean rule: photo captions. */
export const photoCaptionsRule = lineRule('strip-photo-captions', stripPhotoCaptions);
