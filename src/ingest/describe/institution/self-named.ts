/**
 * `我院`, `我厅`: the publishing site when it is a body of that kind, else the
 * body of that kind the text names most often (at least twice, and more
 * often than any other: a hospital named as often as another is no answer).
 */
import { bodyMentions, leadingBody } from './body-names.ts';
import type { Rule } from './rule.ts';

/** Which names a `我X` can stand for. */
const SELF_KINDS: Record<string, RegExp> = {
  院: /(?:医院|保健院|卫生院|医学院)$/,
  厅: /厅$/,
  委: /(?:委|委员会)$/,
  局: /局$/,
  中心: /中心$/,
  集团: /集团$/,
};

/** Finds the body a report calls 我X. */
export const selfNamed: Rule = ({ context, lead, opening }) => {
  const self = /我(院|厅|委|局|中心|集团)(?!长)/u.exec([...lead, ...opening].join('\n'))?.[1];
  const kind = self ? SELF_KINDS[self] : undefined;
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
