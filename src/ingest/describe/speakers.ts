/**
 * People who speak at the meeting or deliver the speech, as names without
 * titles: `市政府副市长刘岚出席会议并讲话` → 刘岚, `党委书记张海峰首先传达` →
 * 张海峰, `孙东升副省长做了重要讲话` → 孙东升, and a speech's byline
 * (`卫生部党组书记、部长高强`). People who only attend are not speakers;
 * anonymised `x同志` is no name.
 */
import type { Genre } from '../../lib/report-schema.ts';
import type { DescribeContext } from './context.ts';
import { isPersonName } from './person-names.ts';

/** Titles a name follows or precedes (longest first where one contains another). */
const TITLE = [
  '党组书记', '党委书记', '党委副书记', '党总支书记', '党支部书记', '纪委书记', '纪检组长', '纪检监察组组长', '常务副书记',
  '副书记', '书记', '常务副主任', '副主任', '主任', '常务副院长', '副院长', '院长', '副局长', '局长', '副厅长', '厅长',
  '副部长', '部长', '副司长', '司长', '副处长', '处长', '副科长', '科长', '常务副市长', '副市长', '市长', '副县长', '县长',
  '副区长', '区长', '副省长', '省长', '副州长', '州长', '副主席', '主席', '副秘书长', '秘书长', '副组长', '组长', '副会长',
  '会长', '副理事长', '理事长', '总经理', '董事长', '护士长', '党组成员', '委员', '负责人', '巡视员', '总会计师', '专职副会长',
].sort((a, b) => b.length - a.length).join('|');

/**
 * What a speaker does right after the name (an adverb may come first), or a
 * list of people who act together (`主任刘春辉、护理部主任赵红霞分别汇报`).
 */
const ACT = '(?:首先|简要|分别|随后|最后|逐一|还|也|同时|重点|详细|专门)?(?:出席|参加|作了?|做了?|传达|主持|就|对|围绕|强调|指出|要求|表示|代表|宣读|解读|点评|总结|致辞|讲话|发言|通报|介绍|汇报|进行|透露|在|说)|、(?=[^，,。；;]{2,24}?分别)';
/** Words that make the act a speaking one; attending alone is not. */
const SPEAKS = /讲话|致辞|发言|报告|传达|强调|指出|要求|表示|部署|解读|点评|宣读|主持|总结|通报|介绍|汇报|动员|透露|谈到|说/;
/** Attending, then speaking in the same clause (`出席会议并讲话`). */
const ATTENDS = /^(?:首先|简要|分别|随后|最后|同时)?(?:出席|参加)/;
const ATTENDS_AND_SPEAKS = new RegExp(`并[^，,]*?(?:${SPEAKS.source})`);

/** Title, then the name, then the act (`副市长刘岚出席`). */
const TITLE_NAME = new RegExp(`(?:${TITLE})[、，,]?(\\p{Script=Han}{2,3}?|\\p{Script=Han}{2,8}·\\p{Script=Han}{2,8})(?=${ACT})`, 'gu');
/** Name, then the title, then the act (`孙东升副省长做了`), after a boundary. */
const NAME_TITLE = new RegExp(`(?:^|[，,。；;：:、（(）)\\s])(\\p{Script=Han}{2,3}?)(?:${TITLE})(?=${ACT}|同志)`, 'gu');
/**
 * A speech's byline: body and titles, then the name (often spaced out:
 * `市长  马  军`), alone on a line, maybe hung from the title by a dash or set
 * in brackets (`——市卫生健康委主任 张晓明`, `（卫生部部长 高强）`).
 */
const BYLINE = new RegExp(`^[（(]?(?:——|—|－－|--)?[\\p{Script=Han}、，,\\s]{0,30}?(?:${TITLE})\\s*(\\p{Script=Han}(?:\\s*\\p{Script=Han}){1,2}?)(?:同志)?[）)]?$`, 'u');
/** A speech's title that starts with the speaker (`高强在2007年全国卫生工作会议上的讲话`). */
const NAMED_SPEECH_TITLE = /^(\p{Script=Han}{2,3}?)(?:同志)?在.{2,60}上的?(?:讲话|发言|致辞)/u;

/** How many blocks are searched: the lead and the first paragraphs. */
const SEARCHED_BLOCKS = 12;

/** Whether what follows the name is speaking: attending counts only with `并讲话` in the same clause. */
function speaksAt(rest: string): boolean {
  return ATTENDS.test(rest) ? ATTENDS_AND_SPEAKS.test(rest.split(/[，,]/, 1)[0] ?? '') : SPEAKS.test(rest);
}

/** The name in a byline line, spaces removed. */
function bylineName(block: string): string | undefined {
  return BYLINE.exec(block.trim())?.[1]?.replace(/\s+/g, '');
}

/** How far a sentence is read after a name. */
const SENTENCE_REACH = 200;

/** The rest of the sentence after a position. */
function restOfSentence(text: string, from: number): string {
  return text.slice(from, from + SENTENCE_REACH).split(/[。；;！!？?\n]/, 1)[0] ?? '';
}

/** The speakers named in the report, in order of first mention. */
export function findSpeakers({ blocks, headlines }: DescribeContext, genre: Genre): string[] {
  const names: string[] = [];
  const add = (name: string | undefined) => {
    if (name && isPersonName(name) && !names.includes(name)) names.push(name);
  };
  // A summary is spoken at no meeting; a speech or work report names its speaker in its byline.
  if (genre === '工作总结') return names;
  if (genre === '讲话' || genre === '工作报告') {
    for (const line of headlines) add(NAMED_SPEECH_TITLE.exec(line)?.[1]);
    for (const block of blocks.slice(0, SEARCHED_BLOCKS)) add(bylineName(block));
    if (genre === '工作报告') return names;
  }
  const text = blocks.slice(0, SEARCHED_BLOCKS).join('\n');
  const found: Array<{ name: string; index: number }> = [];
  for (const pattern of [TITLE_NAME, NAME_TITLE]) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1] ?? '';
      const end = match.index + match[0].length;
      if (speaksAt(restOfSentence(text, end))) found.push({ name, index: end });
    }
  }
  found.sort((a, b) => a.index - b.index).forEach(({ name }) => add(name));
  return names;
}
