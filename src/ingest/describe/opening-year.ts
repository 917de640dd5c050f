/**
 * The year a report's headline and opening show: the meeting it names
 * (`2024年全县卫生健康工作会议`), the year it plans (`部署2025年工作`), the
 * year after the one it sums up (`总结2023年工作`).
 */
import type { DescribeContext } from './context.ts';
import { isDateLine } from './dates-in-blocks.ts';
import { writingYear } from './year-mentions.ts';

/** How many blocks make the opening. */
const OPENING_BLOCKS = 6;

/**
 * The year of the headline, else of the opening, if they name any: the
 * headline names its meeting or year plainly, while a short page's opening
 * can reach text it does not own (other articles' titles below a page cut short).
 */
export function openingYear({ headlines, blocks }: DescribeContext): number | undefined {
  const body = blocks.filter((block) => !isDateLine(block));
  return writingYear(headlines.join('\n')) ?? writingYear(body.slice(0, OPENING_BLOCKS).join('\n'));
}
