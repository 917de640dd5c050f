/** The subject of a summary's opening: `2025年，柞水县卫生健康局党委在…`, `2025年，在区委的领导下，区卫生健康局以…`. */
import { BODY, type Rule } from './rule.ts';

/** How many opening blocks may hold the subject. */
const SUBJECT_BLOCKS = 6;
const YEAR_SUBJECT = new RegExp(`^\\d{4}年(?:度|以来|上半年)?[，,]\\s*(?:在[^，,。]{2,40}?下[，,]\\s*)?(${BODY})`, 'u');

/** Finds the body a year's summary opens with. */
export const openingSubject: Rule = ({ opening }) => {
  for (const block of opening.slice(0, SUBJECT_BLOCKS)) {
    const name = YEAR_SUBJECT.exec(block)?.[1];
    if (name) return { name };
  }
  return undefined;
};
