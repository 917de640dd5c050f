/** A signature left in the body: a line that is only a body's name, above a date line (`绍兴市卫生计生委` / `2017年2月22日`). */
import { isDateLine } from '../dates-in-blocks.ts';
import { leadingBody } from './body-names.ts';
import type { Rule } from './rule.ts';

/** Finds the signing body. */
export const signature: Rule = ({ context: { blocks } }) => {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const line = blocks[i] ?? '';
    if (leadingBody(line) === line && isDateLine(blocks[i + 1] ?? '')) return { name: line };
  }
  return undefined;
};
