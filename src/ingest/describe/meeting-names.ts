/**
 * Names of the meeting a report is about, as its headline and lead give them:
 * the object of 召开/举行 (`召开2024年卫生健康工作会议`), the subject of
 * 召开 (`全省卫生健康工作会议在兰州召开`), and the occasion of a speech
 * (`在2024年全县卫生健康工作会议上的讲话`). Meetings the text only refers to
 * (`传达全国卫生健康工作会议精神`, `全国卫生健康工作会议召开后`) are not the
 * report's meeting.
 */
import type { DescribeContext } from './context.ts';

/** How many blocks make the lead of a report. */
const LEAD_BLOCKS = 3;

const NAME = '[^，,。；;：:！？!?]{2,80}?(?:会议|会)[”"]?';

/** Patterns whose first group is a meeting name. */
const MEETING_PATTERNS: readonly RegExp[] = [
  // 召开X会议 (the name runs to the end of the clause).
  new RegExp(`(?:召开|举行|举办)了?([^，,。；;：:！？!?]{2,80}(?:会议|会)[”"]?)(?=$|[，,。；;：:！？!?]|在|上|于)`, 'u'),
  // X会议（在某地）召开, not X会议召开后 (a meeting the report follows on).
  new RegExp(`^(${NAME})(?:现场\\p{Script=Han}{1,4})?(?:在[^，,。；;]{1,30}?)?(?:隆重|顺利|胜利|圆满|正式)?(?:召开|举行|举办|开幕|进行)(?!了?(?:后|以来|之后))`, 'u'),
  // 在X会议上的讲话 (not 讲话精神: that is a speech the text refers to).
  new RegExp(`在(${NAME})(?:精神)?上的?(?:讲话|发言|致辞|报告)(?!精神)`, 'u'),
  // 在X会议上透露 / 举办的X会议上
  new RegExp(`在(${NAME})上(?:透露|表示|指出|强调|介绍|说)`, 'u'),
  new RegExp(`(?:召开|举办|主办|组织)的(${NAME})(?:上|中)`, 'u'),
];

/** A meeting noun alone or with a determiner (`座谈会在…举行`, `召开的一次重要会议`): a reference, not a name. */
const REFERENCE = /^(?:的|本次|此次|这次|该|一次|这一|这个|上述)|一次重要|^(?:座谈会|会议|大会|年会|会)$/;

/** Quotes, brackets and leading time words are not part of a name. */
function cleanName(name: string): string {
  return name
    .replace(/[“”"《》「」『』]/g, '')
    .replace(/^(?:\d{1,2}月\d{1,2}日)?(?:上午|下午|晚上)?/, '')
    .trim();
}

/** Clauses of a line: a name never spans a comma or a full stop. */
function clauses(line: string): string[] {
  return line.split(/[，,。；;：:！？!?\n]/).map((clause) => clause.trim()).filter(Boolean);
}

/** The names of the meeting(s) the report is about, in order, without repeats. */
export function findMeetingNames({ headlines, blocks }: DescribeContext): string[] {
  const names: string[] = [];
  const lines = [...headlines, ...blocks.slice(0, LEAD_BLOCKS)];
  for (const line of lines) {
    for (const unit of clauses(line)) {
      for (const pattern of MEETING_PATTERNS) {
        const found = pattern.exec(unit)?.[1];
        const name = found === undefined ? '' : cleanName(found);
        if (name.length >= 3 && !REFERENCE.test(name) && !names.includes(name)) names.push(name);
      }
    }
  }
  return names;
}
