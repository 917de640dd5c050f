/** The body a document's headline starts with: `绍兴市卫生计生委关于印发…`, `县卫健委2023年工作总结`. */
import { leadingBody } from './body-names.ts';
import type { Rule } from './rule.ts';

/** Finds the headline's subject. */
export const headlineSubject: Rule = ({ context }) => {
  for (const line of context.headlines) {
    const name = leadingBody(line);
    if (name && /^(?:关于|\d{4}年)/.test(line.slice(name.length))) return { name };
  }
  return undefined;
};
