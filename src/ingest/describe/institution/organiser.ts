/** The organiser of the meeting: `X召开…`, `X于3月27日召开`, `X、Y2025年新春年会圆满举办`, `由X主办`. */
import { leadingBody } from './body-names.ts';
import { BODY, clausesOf, type Rule } from './rule.ts';

const HOLDS_MEETING = /召开|举行|举办|主办|承办/;
const HOSTED_BY = new RegExp(`由(${BODY})(?:主办|召开|组织|举办|牵头)`, 'u');

/**
 * Finds the body that holds the meeting in the lead. The first clause that
 * holds a meeting is the report's: a later one is another meeting the text
 * tells of (`…会议召开后，国家卫生健康委在深圳召开现场推进会`).
 */
export const organiser: Rule = ({ lead }) => {
  for (const clause of clausesOf(lead)) {
    if (!HOLDS_MEETING.test(clause)) continue;
    const name = leadingBody(clause);
    if (name && HOLDS_MEETING.test(clause.slice(name.length))) return { name };
    break;
  }
  const hosted = HOSTED_BY.exec(lead.join('\n'))?.[1];
  return hosted ? { name: hosted } : undefined;
};
