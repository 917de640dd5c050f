/**
 * The institution behind a report, as a full name in Simplified. Where it is
 * found depends on the genre:
 * - news: the organiser (`X召开`, `X于3月27日召开`, `由X主办`), the issuer, the
 *   body that gives the work report (`市卫生健康局作了工作报告`), the
 *   congress whose session it is, the hospital of `我院`, or the health
 *   administration of the meeting's level (`全省…会议` → `省卫健委`);
 * - speeches: `我代表X`, the speaker's post, or the health administration of
 *   the speech's level;
 * - work reports: `我代表市人民政府` → `<city>人民政府`;
 * - summaries: the issuer, the signature, the headline's or the opening's
 *   subject (`2025年，柞水县卫生健康局党委在…`), or `我厅` named.
 * The first rule that finds a body decides: when its name cannot be
 * completed (`市卫健委` with no city known, anonymised `X市`), the
 * institution is absent rather than taken from a weaker rule.
 */
import type { Genre } from '../../../lib/report-schema.ts';
import type { DescribeContext } from '../context.ts';
import { isDateLine } from '../dates-in-blocks.ts';
import { congress } from './congress.ts';
import { fullBodyName } from './full-name.ts';
import { headlineSubject } from './headline-subject.ts';
import { issuer } from './issuer.ts';
import { levelAdministration } from './level-administration.ts';
import { onBehalfOf } from './on-behalf-of.ts';
import { openingSubject } from './opening-subject.ts';
import { organiser } from './organiser.ts';
import { ownGovernment } from './own-government.ts';
import { reportGiver } from './report-giver.ts';
import type { Rule } from './rule.ts';
import { selfNamed } from './self-named.ts';
import { signature } from './signature.ts';
import { speakerPost } from './speaker-post.ts';

/** How many blocks make the lead, and the opening. */
const LEAD_BLOCKS = 3;
const OPENING_BLOCKS = 12;

/** The rules for each genre, strongest first. */
const RULES: Record<Genre, readonly Rule[]> = {
  会议报道: [organiser, issuer, reportGiver, congress, selfNamed, levelAdministration],
  讲话: [onBehalfOf, speakerPost, issuer, levelAdministration],
  工作报告: [onBehalfOf, ownGovernment],
  工作总结: [issuer, signature, headlineSubject, openingSubject, selfNamed],
  // A digest reports on several bodies.
  其他: [],
};

/** Resolves the institution for the genre; absent when no body is named or its name cannot be completed. */
export function resolveInstitution(context: DescribeContext, genre: Genre, meetingNames: readonly string[]): string | undefined {
  const body = context.blocks.filter((block) => !isDateLine(block));
  const parts = { context, lead: body.slice(0, LEAD_BLOCKS), opening: body.slice(0, OPENING_BLOCKS), meetingNames };
  for (const rule of RULES[genre]) {
    const found = rule(parts);
    // A body's name holds no space: one between its characters is the source's (`青阳 县卫生健康委员会`, a PDF extraction's).
    if (found) return fullBodyName(found.name.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, ''), context.region, found.level);
  }
  return undefined;
}
