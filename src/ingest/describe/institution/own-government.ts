/** A government work report without `我代表`: the people's government of the level it calls 我州/我市 most. */
import type { Rule } from './rule.ts';

/** Finds the government a work report speaks for. */
export const ownGovernment: Rule = ({ context }) => {
  const counts = new Map<string, number>();
  for (const match of context.blocks.join('\n').matchAll(/我(省|市|县|区|州|盟|旗)/g)) {
    const level = match[1] ?? '';
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best ? { name: `${best[0]}人民政府` } : undefined;
};
