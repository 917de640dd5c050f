/**
 * Describe step: the metadata of a cleaned draft. Every field is absent when
 * it cannot be determined: a wrong value is worse than none. Rules read the
 * body in Simplified; the title keeps the source's script.
 */
import type { Region } from '../../lib/report-schema.ts';
import { detectScript, toSimplified } from '../../lib/script.ts';
import type { Description, Draft } from '../types.ts';
import { formatDate } from '../chinese-date.ts';
import { createContext, type DescribeContext } from './context.ts';
import { resolveDate } from './date.ts';
import { contradictsEra } from './era-conflict.ts';
import { classifyGenre } from './genre.ts';
import { resolveInstitution } from './institution/index.ts';
import { findMeetingNames } from './meeting-names.ts';
import { meetingTypesOf } from './meeting-types.ts';
import { resolveRegion } from './region.ts';
import { resolveAuthors, resolveSite, resolveUrl } from './source.ts';
import { findSpeakers } from './speakers.ts';
import { resolveTitle } from './title.ts';
import { resolveYears } from './years.ts';

/** How many blocks make the lead whose words say whether the meeting commended people. */
const LEAD_BLOCKS = 3;
/**
 * How much of the body decides its script: the opening is plenty, and
 * converting the whole of a long report costs more than the rest of describe
 * (measured on the three corpora: same result, a third of the time).
 */
const SCRIPT_SAMPLE = 2000;

/** The metadata that depends on the body, given the context (region already resolved). */
export function describeContext(context: DescribeContext): Omit<Description, 'title' | 'script' | 'region'> {
  const genre = classifyGenre(context);
  const date = resolveDate(context, genre);
  const years = resolveYears(context, genre, date);
  // A year the text's own era contradicts (a re-posted old report) is no year at all.
  const stated = [years.year, years.coveredYear, date?.year].filter((year) => year !== undefined);
  const timing = contradictsEra(context.blocks.join('\n'), stated)
    ? {}
    : { date: date && formatDate(date), year: years.year, coveredYear: years.coveredYear };
  const meetingNames = findMeetingNames(context);
  const hasMeetings = genre !== '工作总结' && genre !== '工作报告';
  const lead = genre === '会议报道' ? context.blocks.slice(0, LEAD_BLOCKS).join('\n') : '';
  return {
    ...timing,
    institution: resolveInstitution(context, genre, meetingNames),
    genre,
    meetingTypes: hasMeetings ? meetingTypesOf(meetingNames, lead) : [],
    speakers: findSpeakers(context, genre),
    authors: resolveAuthors(context.hints),
    site: resolveSite(context.hints),
    url: resolveUrl(context.hints),
  };
}

/** Derives the report's metadata from its blocks and hints. */
export function describe(draft: Draft): Description {
  const original = draft.blocks.map((block) => block.text).join('\n');
  const script = detectScript(original.slice(0, SCRIPT_SAMPLE));
  const text = script === 'hant' ? toSimplified(original) : original;
  const region: Region = resolveRegion({ text, hints: draft.hints });
  const context = createContext(text.split('\n'), draft.hints, region);
  return { title: resolveTitle(draft.hints.titles), region, script, ...describeContext(context) };
}
