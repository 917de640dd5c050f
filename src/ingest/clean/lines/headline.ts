/**
 * The headline: title lines above the body (short, no sentence stop, not a
 * salutation, not a dated lead sentence, not a piece of a paragraph broken at
 * a fixed width) leave the body for hints.titles.
 * Two-line headlines are joined (main title and subtitle with a space; a
 * `——` subtitle, a title broken after `关于印发`, inside a word or before a
 * conjunction without one); repeats are merged; the candidate closest to
 * the body comes first (a page headline or a kicker stands above the
 * document's own title). A byline organisation under the headline becomes
 * a site hint; speaker lines and document numbers stay in the body. Copies
 * of the title further down (template sites, captions) are removed.
 */
import { findPlaceMentions } from '../../../lib/regions/find-mentions.ts';
import { toSimplified } from '../../../lib/script.ts';
import { wordCrosses, wordSegments } from '../../../lib/word-boundaries.ts';
import { ORGANISATION_END } from '../../organisation-name.ts';
import { YEAR_REVIEW_HEADING } from '../../report-sections.ts';
import { emptyHints, parseDate, siteName } from './hints.ts';
import { brokenLines } from './layout.ts';
import { lineRule, outcome, removedNote, type LineOutcome } from './line-rule.ts';
import { isDateLine, isOrganisationLine } from './signature-block.ts';
import { bodyStart, hasStop, isBlank, isEditorsNote, isHeadingLine, isParagraphLike, readable } from './shape.ts';
import { COLUMN_TAG, dateBeside, normaliseTitle } from './title-text.ts';

/** Longest headline line. */
const TITLE_MAX = 100;
/** A speaker line under a speech title: `卫生部党组书记、部长高强`, `市长  马  军`. */
const SPEAKER = /(?:书记|書記|部长|部長|主任|局长|局長|院长|院長|市长|市長|县长|縣長|区长|區長|省长|省長|州长|州長|盟长|旗长|镇长|鎮長|乡长|鄉長|厅长|廳長|处长|處長|科长|主席|委员|委員|会长|會長|理事长|董事长|总经理|同志)(?:[\s\u3000]*\p{Script=Han}){2,3}$/u;
/** A document number: `湖卫健发〔2023〕1号`. */
const DOCUMENT_NUMBER = /[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d+\s*号$/u;
/** Words of an event that keep a line ending like an organisation's name a title (`…会议召开`). */
const EVENT = /召开|举行|举办|出席|讲话|會議|会议|工作|召開|舉行|講話/u;
/** A subtitle line hanging from the title by a dash. */
const DASH_SUBTITLE = /^(?:——|—|--|－－)/u;
/** A subtitle that cannot stand as a title: the occasion (`…会议上`), or a note wholly in brackets. */
const SUBTITLE_ONLY = /上$|^[(（].*[)）]$/u;
/** A title line that runs on to the next line. */
const RUNS_ON = /(?:关于|關於|印发|印發|转发|轉發|的|在|和|与|與|及|暨)$/u;
/** Words that cannot open a headline line of its own: it goes on from the line above (`…2025年工作总结` / `及2026年工作计划`). */
const CONTINUES = /^(?:的|及|以及|与|與|暨|并|並)/u;
/** The close of a speech's occasion (`…会议上的讲话`), which needs the `在` of a line above. */
const OCCASION_CLOSE = /上的?(?:讲话|講話|报告|報告|发言|發言|致辞|致辭)$/u;
/** A Han character. */
const HAN = /\p{Script=Han}/u;
/** Characters on each side of a line break that the word check reads. */
const WORD_WINDOW = 4;
/** The title of a compilation of several documents. */
const COMPILATION = /[（(]\d+篇[)）]$|汇编|彙編|合集|大全/u;
/** A headline in English under the Chinese one (`Health Commission Holds Annual Work Conference`): three words or more, no Han, no full stop. */
const TRANSLATION = /^[A-Za-z][A-Za-z0-9'’&,:()\-–—]*(?:\s+[A-Za-z0-9'’&,:()\-–—]+){2,}$/u;
/** Longest second line joined to a headline with a space. */
const SUBTITLE_MAX = 20;
/** Most of a subtitle's characters that its title may hold too. */
const SUBTITLE_SHARED_MAX = 0.5;

/** True when the text can be (part of) a headline. */
function isTitleLine(text: string): boolean {
  if (text.length < 4 || text.length > TITLE_MAX || !/\p{Script=Han}/u.test(text) || isEditorsNote(text)) return false;
  if (/[，,、：:；;]$/u.test(text) || /^(?:https?:|www\.)/iu.test(text)) return false;
  return !hasStop(text.replace(/[！!？?。]+$/u, ''));
}

interface Candidate {
  /** Line indexes the title comes from. */
  at: number[];
  text: string;
  /** Whether a blank line separates it from the previous candidate line. */
  afterBlank: boolean;
}

/** True when a headline line names no place, body, event or number: a slogan (`凝心聚力谋发展`, `推动业务水平再提升`). Places are read in Simplified. */
function namesNothing(text: string): boolean {
  return !/\d/u.test(text) && !EVENT.test(text) && !ORGANISATION_END.test(text) && findPlaceMentions(toSimplified(text)).length === 0;
}

/**
 * A kicker (引题) above a headline: a slogan over a line that names what
 * happened, where, or who. Over a speech's occasion (`在…上的讲话`) a slogan
 * is the speech's own title.
 */
function isKicker(kicker: string, headline: string): boolean {
  return !OCCASION_CLOSE.test(headline) && namesNothing(kicker) && !namesNothing(headline);
}

/** Joins two headline lines when the second continues the first. */
function joined(first: Candidate, second: Candidate): string | undefined {
  const a = first.text;
  const b = second.text;
  // A dash subtitle, a title broken after 关于/印发…, or the rest of a dash subtitle broken over lines.
  if (DASH_SUBTITLE.test(b) || RUNS_ON.test(a) || (/——|—/u.test(a) && SUBTITLE_ONLY.test(b))) return a + b;
  // A kicker stays apart: the headline under it is the title (see the ranking below).
  if (isKicker(a, b)) return undefined;
  if (SUBTITLE_ONLY.test(b)) return `${a} ${b}`;
  if ((!second.afterBlank || isSubtitle(a, b)) && b.length <= SUBTITLE_MAX && a.length + b.length <= TITLE_MAX) return `${a} ${b}`;
  return undefined;
}

/**
 * Whether headline line `b`, set right under `a`, is the rest of it: the
 * break falls inside a word (`…医政、医` / `疗应急…`), before a conjunction, or
 * inside a speech's `在…上的讲话`. A subtitle starts a phrase of its own.
 */
function continuesTitle(a: string, b: string): boolean {
  if (CONTINUES.test(b)) return true;
  if (a.startsWith('在') && !b.startsWith('在') && OCCASION_CLOSE.test(b) && !OCCASION_CLOSE.test(a)) return true;
  // Only a break between two Han characters can fall inside a Chinese word (`2029-06-01` / `XX区…` is none).
  if (!HAN.test(a.at(-1) ?? '') || !HAN.test(b[0] ?? '')) return false;
  const left = a.slice(-WORD_WINDOW);
  const around = left + b.slice(0, WORD_WINDOW);
  return wordCrosses(wordSegments(around), around.length, left.length);
}

/** Whether a line under a headline may be its rest, however short or name-like (`濟帶醫療中心`): no date, speaker, document number, heading or sentence. */
function isTitlePiece(text: string): boolean {
  return text.length <= TITLE_MAX && HAN.test(text) && !/[，,、：:；;]$/u.test(text) && !hasStop(text) && !isDateLine(text) && !isHeadingLine(text) && !SPEAKER.test(text) && !DOCUMENT_NUMBER.test(text);
}

/**
 * Whether `b`, set apart from headline `a` by a blank line (as a page sets a
 * subtitle under its title, `全省卫生健康工作会议召开` / `何伟出席并讲话`), is its
 * subtitle: shorter, and not another version of the same title (a page's
 * headline above the document's own shares most of its characters).
 */
function isSubtitle(a: string, b: string): boolean {
  if (b.length >= a.length) return false;
  const inA = new Set(a);
  const shared = [...b].filter((char) => inA.has(char)).length;
  return shared <= b.length * SUBTITLE_SHARED_MAX;
}

/**
 * A headline a fixed-width break cut in two (lines `first` and `last`, see
 * `brokenLines`): together a title line with no comma (the first line of a
 * paragraph has one nearly always), above the body.
 */
function wrappedHeadline(lines: readonly string[], first: number, last: number | undefined, end: number): { title: string; last: number } | undefined {
  if (last === undefined || last >= end) return undefined;
  const text = readable(lines[first] ?? '') + readable(lines[last] ?? '');
  if (!isTitleLine(text) || /[，,]/u.test(text) || isHeadingLine(text)) return undefined;
  const title = normaliseTitle(text);
  return title ? { title, last } : undefined;
}

/** Moves the headline lines above the body into title hints (best first) and removes copies of them below. */
export function extractHeadline(lines: readonly string[]): LineOutcome {
  const end = bodyStart(lines);
  const hints = emptyHints();
  const drop = new Set<number>();
  const tags: string[] = [];
  const candidates: Candidate[] = [];
  let blank = false;
  let previous: Candidate | undefined;
  const { broken, pairs } = brokenLines(lines);
  for (let i = 0; i < end; i++) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      blank = true;
      continue;
    }
    const wrapped = wrappedHeadline(lines, i, pairs.get(i), end);
    if (wrapped) {
      drop.add(i).add(wrapped.last);
      candidates.push((previous = { at: [i, wrapped.last], text: wrapped.title, afterBlank: blank }));
      blank = false;
      i = wrapped.last;
      continue;
    }
    const text = readable(line);
    const afterBlank = blank;
    blank = false;
    if (previous && !afterBlank && !broken.has(i) && isTitlePiece(text) && continuesTitle(previous.text, text)) {
      previous.text = normaliseTitle(previous.text + text) ?? previous.text;
      previous.at.push(i);
      drop.add(i);
      continue;
    }
    if (isDateLine(text)) {
      const date = parseDate(text);
      if (date) hints.dates.push(date);
      drop.add(i);
      continue;
    }
    // A headline's translation set under it goes with the headline (the report's text is Chinese).
    if (previous && TRANSLATION.test(text)) {
      drop.add(i);
      continue;
    }
    // An organisation under a headline is its byline (a headline can end like a name: …医疗中心).
    // Under a kicker alone, an organisation's name is the headline (`推动业务水平再提升` / `某某医疗中心`).
    const organisation = isOrganisationLine(text) && !EVENT.test(text) && text.length <= SUBTITLE_MAX && candidates.some((c) => !namesNothing(c.text));
    if (organisation) {
      const site = siteName(text.replace(/\s+/g, ''));
      if (site) hints.sites.push(site);
      drop.add(i);
      continue;
    }
    const title = broken.has(i) || isHeadingLine(text) || SPEAKER.test(text) || DOCUMENT_NUMBER.test(text) || !isTitleLine(text) ? undefined : normaliseTitle(text);
    // A report pasted from its first section (`2023年工作回顾`) has no headline: that line stays in the body.
    if (!title || YEAR_REVIEW_HEADING.test(title)) {
      previous = undefined;
      continue;
    }
    const tag = COLUMN_TAG.exec(text)?.[1]?.trim();
    if (tag) tags.push(tag);
    // A date set beside the headline (`标题　2024-03-01`) is the page's.
    const besideDate = dateBeside(text);
    const date = besideDate && parseDate(besideDate);
    if (date) hints.dates.push(date);
    drop.add(i);
    const candidate: Candidate = { at: [i], text: title, afterBlank };
    const merged = previous && previous.text !== title ? joined(previous, candidate) : undefined;
    if (previous && (merged || previous.text === title)) {
      previous.text = merged ?? previous.text;
      previous.at.push(i);
      continue;
    }
    if (SUBTITLE_ONLY.test(title) || DASH_SUBTITLE.test(title)) {
      // A subtitle without a title above it stays in the body.
      drop.delete(i);
      previous = undefined;
      continue;
    }
    candidates.push(candidate);
    previous = candidate;
  }

  // Closest to the body first, except that a compilation's own title (…汇编（5篇）) heads its parts' titles.
  const ranked = [candidates.at(-1), ...candidates.slice(0, -1)].filter((c) => c !== undefined).map((c) => c.text);
  const titles = [...new Set([...ranked.filter((t) => COMPILATION.test(t)), ...ranked])];
  hints.titles.push(...titles);
  const removedTitles = [...drop].map((i) => lines[i] ?? '');
  const copies: string[] = [];
  lines.forEach((line, i) => {
    if (i < end || isBlank(line) || isParagraphLike(line)) return;
    const copy = normaliseTitle(readable(line));
    if (copy && titles.includes(copy)) {
      drop.add(i);
      copies.push(line);
    }
  });
  const result = outcome(lines.filter((_, i) => !drop.has(i)), hints);
  if (removedTitles.length > 0) result.notes.push(removedNote('标题区（移入元数据）', removedTitles));
  if (copies.length > 0) result.notes.push(removedNote('重复的标题', copies));
  if (tags.length > 0) result.notes.push({ kind: 'removed', note: `标题前的栏目标签已去除：${tags.map((t) => `【${t}】`).join('')}` });
  return result;
}

/** Clean rule: the headline (its candidates rank before titles found in furniture). */
export const headlineRule = lineRule('extract-headline', extractHeadline, ['titles']);
