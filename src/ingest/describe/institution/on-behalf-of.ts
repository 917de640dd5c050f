/** The body a speaker represents: `我代表市人民政府`, `我代表市卫生健康委党组`, `我代表行署`. */
import { BODY, type Rule } from './rule.ts';

const ON_BEHALF_OF = new RegExp(`我代表(${BODY})`, 'u');

/** Finds the body named after 我代表. */
export const onBehalfOf: Rule = ({ context }) => {
  const name = ON_BEHALF_OF.exec(context.blocks.join('\n'))?.[1];
  if (!name) return undefined;
  // A prefecture's office (行署) is named after its 地区 or 盟.
  return name === '行署' ? { name, level: '行署' } : { name };
};
