/** The issuing body of a disclosure table (发布机构) or a signature block, as the cleaning hinted it. */
import type { Rule } from './rule.ts';

/** Finds the hinted issuer. */
export const issuer: Rule = ({ context }) => {
  const name = context.hints.issuers.map((candidate) => candidate.trim()).find((candidate) => candidate.length >= 2);
  return name ? { name } : undefined;
};
