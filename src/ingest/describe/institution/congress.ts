/** A session of a people's congress (`县十六届人大二次会议`): the congress of that level. */
import { LEVELS, type Rule } from './rule.ts';

const SESSION = new RegExp(`(?:^|[^\\p{Script=Han}]|出席|参加)(${LEVELS})(?:第?[\\d一二三四五六七八九十]+届)?人大[\\d一二三四五六七八九十]*次?会议`, 'u');

/** Finds the congress whose session the lead reports. */
export const congress: Rule = ({ lead }) => {
  const level = SESSION.exec(lead.join('\n'))?.[1];
  return level ? { name: `${level}人民代表大会` } : undefined;
};
