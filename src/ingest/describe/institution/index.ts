/**
 * The institution behind a report, as a full name in Simplified. Where it is
 * found depends on the genre:
 * - news: the organiser (`X召开`, `X于3月27日召开`, `由X主办`), the body that
 *   gives the work report (`市卫生健康局作了工作报告`), the congress whose
 *   session it is, the hospital of `我院`, or the health administration of the
 *   meeting's level (`全省…会议` → `省卫健委`);
 * - speeches: `我代表X`, the byline's body, or the health administration of
 *   the speech's level;
 * - work reports: `我代表市人民政府` → `<city>人民政府`;
 * - summaries: the issuer, the signature, the headline's or the opening's
 *   subject (`2025年，柞水县卫生健康局党委在…`), or `我厅` named.
 * The first rule that finds a body decides: when its name cannot be
 * completed (`市卫健委` with no city known, anonymised `X市`), the
 * institution is absent rather than taken from a weaker rule.
 */
import type { Genre } from '../../lib/report-schema.ts';
import type { DescribeContext } from './context.ts';
import { isDateLine } from './dates-in-blocks.ts';
import { fullBodyName } from './institution-name.ts';
import { ADMINISTRATION, BODY_SUFFIX, bodyMentions, leadingBody } from './org-names.ts';

/** A body a rule found, and the level (`市`, `县` …) to complete it with when it is named by its kind alone. */
interface Found {
  name: string;
  level?: string;
}

type Rule = (context: Lead) => Found | undefined;

/** The parts of a report the rules read. */
interface Lead {
  context: DescribeContext;
  /** The first blocks (date lines left out). */
  lead: readonly string[];
  /** The opening paragraphs. */
  opening: readonly string[];
  meetingNames: readonly string[];
}

const LEAD_BLOCKS = 3;
const OPENING_BLOCKS = 12;

const BODY = `\\p{Script=Han}{0,16}?${BODY_SUFFIX}`;
const HOLDS_MEETING = /召开|举行|举办|主办|承办/;
const GIVES_REPORT = /(?<!工)(?:作|做)了?[^，,。；;]{0,30}?报告/;
const LEVELS = '自治区|自治州|[省市县区州盟旗]';
/** The title a post ends with (`部长`, `副市长`, `主任`). */
const POST_TITLE = '(?:书记|部长|主任|局长|厅长|院长|[省市县区州]长|主席|署长|司长|会长|理事长)';

function clausesOf(lines: readonly string[]): string[] {
  return lines.flatMap((line) => line.split(/[，,。；;：:！？!?\n]/)).map((clause) => clause.trim()).filter(Boolean);
}

/** `X召开…`, `X于3月27日召开`, `X、Y2025年新春年会圆满举办`, `由X主办`. */
const organiser: Rule = ({ lead }) => {
  for (const clause of clausesOf(lead)) {
    const name = leadingBody(clause);
    if (name && HOLDS_MEETING.test(clause.slice(name.length))) return { name };
  }
  const hosted = new RegExp(`由(${BODY})(?:主办|召开|组织|举办|牵头)`, 'u').exec(lead.join('\n'));
  return hosted?.[1] ? { name: hosted[1] } : undefined;
};

/** `市卫生健康局作了工作报告`, `代表X向大会作政府工作报告`. */
const reportGiver: Rule = ({ opening }) => {
  const text = opening.join('\n');
  const onBehalf = new RegExp(`代表(?!们|团)(${BODY})[^，,。；;]{0,12}?(?:作|做)[^，,。；;]{0,20}?报告`, 'u').exec(text);
  if (onBehalf?.[1]) return { name: onBehalf[1] };
  for (const clause of clausesOf(opening)) {
    const name = leadingBody(clause);
    if (name && GIVES_REPORT.test(clause.slice(name.length))) return { name };
  }
  return undefined;
};

/** A session of a people's congress (`县十六届人大二次会议`): the congress of that level. */
const congress: Rule = ({ lead }) => {
  const match = new RegExp(`(?:^|[^\\p{Script=Han}]|出席|参加)(${LEVELS})(?:第?[\\d一二三四五六七八九十]+届)?人大[\\d一二三四五六七八九十]*次?会议`, 'u').exec(lead.join('\n'));
  return match?.[1] ? { name: `${match[1]}人民代表大会` } : undefined;
};

/** Which names a `我X` can stand for. */
const SELF_SUFFIXES: Record<string, RegExp> = {
  院: /(?:医院|保健院|卫生院|医学院)$/,
  厅: /厅$/,
  委: /(?:委|委员会)$/,
  局: /局$/,
  中心: /中心$/,
  集团: /集团$/,
};

/**
 * `我院`, `我厅`: the publishing site when it is a body of that kind, else the
 * body of that kind the text names most often (at least twice, and more
 * often than any other).
 */
const selfNamed: Rule = ({ context, lead, opening }) => {
  const self = /我(院|厅|委|局|中心|集团)(?!长)/u.exec([...lead, ...opening].join('\n'))?.[1];
  const kind = self ? SELF_SUFFIXES[self] : undefined;
  if (!kind) return undefined;
  const site = context.hints.sites.find((name) => kind.test(name) && leadingBody(name) === name);
  if (site) return { name: site };
  const counts = new Map<string, number>();
  for (const name of bodyMentions(context.blocks.join('\n'))) {
    if (kind.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || second[1] < first[1]) ? { name: first[0] } : undefined;
};

/** The level a meeting or speech is held at: `全省`, `福建省卫生健康工作会议`, `我市`. */
function scopeLevel({ meetingNames, lead, context }: Lead): string | undefined {
  const names = [...meetingNames, ...context.headlines].join('\n');
  const whole = /全(国|省|市|县|区|州|盟|旗)/.exec(names)?.[1];
  if (whole) return whole === '国' ? '国家' : whole;
  const placed = new RegExp(`(${LEVELS})(?:\\d{4}年度?)?(?:卫生|卫健|卫计|疾控|妇幼)`, 'u').exec(names)?.[1];
  if (placed) return placed;
  return /(?:我|全)(省|市|县|区|州|盟|旗)/.exec(lead.join('\n'))?.[1];
}

/** The health administration of the meeting's level (`省卫健委`, `国家卫生健康委`, a bare `卫健委` at that level). */
const levelAdministration: Rule = (parts) => {
  const level = scopeLevel(parts);
  const mentions = bodyMentions(parts.context.blocks.join('\n'));
  // Without a level only a national body is complete.
  const prefixed = new RegExp(`^${level ?? '国家'}${ADMINISTRATION}(?:党委|党组)?$`, 'u');
  const bare = new RegExp(`^${ADMINISTRATION}(?:党委|党组)?$`, 'u');
  const named = mentions.find((name) => prefixed.test(name)) ?? (level ? mentions.find((name) => bare.test(name)) : undefined);
  if (named) return { name: named, level: level === '国家' ? undefined : level };
  // A body named in full in the lead (`国家卫生计生委宣传司司长…`).
  const complete = new RegExp(`^(?!${LEVELS})\\p{Script=Han}{2,}${ADMINISTRATION}$`, 'u');
  const full = bodyMentions(parts.lead.join('\n')).find((name) => complete.test(name));
  return full ? { name: full } : undefined;
};

/** `我代表市人民政府`, `我代表市卫生健康委党组`, `我代表行署`. */
const onBehalfOf: Rule = ({ context }) => {
  const name = new RegExp(`我代表(${BODY})`, 'u').exec(context.blocks.join('\n'))?.[1];
  if (!name) return undefined;
  return name === '行署' ? { name, level: '行署' } : { name };
};

/** Government leaders' posts (`副市长`, `县长`): they speak for the people's government of their level. */
const GOVERNMENT_POST = /^(?:常务)?副?(省|市|县|区|州)长$|^副?主席$/;

/** The body a speaker's post names (`卫生部党组书记、部长`), or the government a leader's post implies. */
function bodyOfPost(post: string): Found | undefined {
  const name = leadingBody(post);
  if (name) return { name };
  const level = GOVERNMENT_POST.exec(post.replace(/^.*[、，,]/, ''))?.[1];
  return level ? { name: `${level}人民政府` } : undefined;
}

/** A speech's byline (`卫生部党组书记、部长高强`) or titled headline (`副市长刘岚在…上的讲话`). */
const speakerPost: Rule = ({ context }) => {
  const titled = new RegExp(`^(.{0,30}?${POST_TITLE})\\p{Script=Han}{2,3}(?:同志)?在.{2,60}上的?(?:讲话|发言|致辞)`, 'u');
  const byline = new RegExp(`^(.{0,30}?${POST_TITLE})\\s*\\p{Script=Han}(?:\\s*\\p{Script=Han}){1,2}$`, 'u');
  const posts = [
    ...context.headlines.map((line) => titled.exec(line)?.[1]),
    ...context.blocks.slice(0, OPENING_BLOCKS).map((block) => byline.exec(block.trim())?.[1]),
  ];
  for (const post of posts) {
    const found = post ? bodyOfPost(post.trim()) : undefined;
    if (found) return found;
  }
  return undefined;
};

/** A government work report without `我代表`: the government of the level it calls 我州/我市. */
const ownGovernment: Rule = ({ context }) => {
  const counts = new Map<string, number>();
  for (const match of context.blocks.join('\n').matchAll(/我(省|市|县|区|州|盟|旗)/g)) {
    const level = match[1] ?? '';
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best ? { name: `${best[0]}人民政府` } : undefined;
};

/** The issuing body of a disclosure table or signature block, from the hints. */
const issuer: Rule = ({ context }) => {
  const name = context.hints.issuers.find((candidate) => candidate.trim().length >= 2);
  return name ? { name: name.trim() } : undefined;
};

/** A signature in the body: a line that is only a body's name, above a date line. */
const signature: Rule = ({ context }) => {
  const { blocks } = context;
  for (let i = 0; i + 1 < blocks.length; i++) {
    const line = blocks[i] ?? '';
    if (leadingBody(line) === line && isDateLine(blocks[i + 1] ?? '')) return { name: line };
  }
  return undefined;
};

/** The headline's subject (`绍兴市卫生计生委关于印发…`, `县卫健委2023年工作总结`). */
const headlineSubject: Rule = ({ context }) => {
  for (const line of context.headlines) {
    const name = leadingBody(line);
    if (name && /^(?:关于|\d{4}年)/.test(line.slice(name.length))) return { name };
  }
  return undefined;
};

/** The opening's subject: `2025年，柞水县卫生健康局党委在…`. */
const openingSubject: Rule = ({ opening }) => {
  const pattern = new RegExp(`^\\d{4}年(?:度|以来|上半年)?[，,]\\s*(?:在[^，,。]{2,40}?下[，,]\\s*)?(${BODY})`, 'u');
  for (const block of opening.slice(0, 6)) {
    const name = pattern.exec(block)?.[1];
    if (name) return { name };
  }
  return undefined;
};

/** The rules for each genre, strongest first. */
const RULES: Record<Genre, readonly Rule[]> = {
  会议报道: [organiser, issuer, reportGiver, congress, selfNamed, levelAdministration],
  讲话: [onBehalfOf, speakerPost, issuer, levelAdministration],
  工作报告: [onBehalfOf, ownGovernment],
  工作总结: [issuer, signature, headlineSubject, openingSubject, selfNamed],
  其他: [],
};

/** Resolves the institution for the genre; absent when no body is named or its name cannot be completed. */
export function resolveInstitution(context: DescribeContext, genre: Genre, meetingNames: readonly string[]): string | undefined {
  const body = context.blocks.filter((block) => !isDateLine(block));
  const parts: Lead = { context, lead: body.slice(0, LEAD_BLOCKS), opening: body.slice(0, OPENING_BLOCKS), meetingNames };
  for (const rule of RULES[genre]) {
    const found = rule(parts);
    if (found) return fullBodyName(found.name, context.region, found.level);
  }
  return undefined;
}
