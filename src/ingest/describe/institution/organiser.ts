/** The organiser of the meeting: `X召开…`, `X于3月27日召开`, `X、Y2025年新春年会圆满举办`, `由X主办`. */
import { leadingBody } from './body-names.ts';
import { BODY, clausesOf, type Rule } from './rule.ts';

const HOSTED_BY = new RegExp(`由(${BODY})(?:主办|召开|组织|举办|牵头)`, 'u');
/** A meeting held, opened or closed: the first one a lead tells of is the report's. */
const MEETING = /召开|举行|举办|主办|承办|开幕|闭幕/g;
/** Verbs whose subject is the meeting's organiser (a meeting opens or closes by itself). */
const ORGANISES = /召开|举行|举办|主办|承办/;
/** A meeting the clause only refers to: `省卫健委召开的…会议精神`, `贯彻落实…召开`. */
const REFERRED_AFTER = /^了?的/;
const RELAYED_BEFORE = /贯彻|落实|传达|学习|根据|按照/;

/** The first meeting a clause tells of (not one it refers to): where its verb stands and whether the verb names an organiser. */
function meetingIn(clause: string): { at: number; organised: boolean } | undefined {
  for (const match of clause.matchAll(MEETING)) {
    const end = match.index + match[0].length;
    if (REFERRED_AFTER.test(clause.slice(end, end + 2)) || RELAYED_BEFORE.test(clause.slice(0, match.index))) continue;
    return { at: match.index, organised: ORGANISES.test(match[0]) };
  }
  return undefined;
}

/**
 * Finds the body that holds the meeting in the lead. The first meeting the
 * lead tells of is the report's, whether or not its organiser is named: a
 * later one is another meeting (`…会议召开后，国家卫生健康委在深圳召开现场推进会`).
 */
export const organiser: Rule = ({ lead }) => {
  for (const clause of clausesOf(lead)) {
    const meeting = meetingIn(clause);
    if (!meeting) continue;
    const name = leadingBody(clause);
    if (name && meeting.organised && meeting.at >= name.length) return { name };
    break;
  }
  const hosted = HOSTED_BY.exec(lead.join('\n'))?.[1];
  return hosted ? { name: hosted } : undefined;
};
