/**
 * The health administration of the level a meeting or speech is held at:
 * `全省…会议` → `省卫健委`, `全国…会议` → `国家卫生健康委`, a bare `卫健委`
 * in a speech to `全市` → the city's. Without a level, a body named in full
 * at the start of a clause of the lead (`国家卫生计生委宣传司司长…`).
 */
import { DATA_SOURCE_LABEL } from '../../../lib/data-source-label.ts';
import { ADMINISTRATION, bodyMentions } from './body-names.ts';
import { LEVELS, type ReportParts, type Rule } from './rule.ts';

const LEVEL_IN_NAME = new RegExp(`(${LEVELS})(?:\\d{4}年度?)?(?:卫生|卫健|卫计|疾控|妇幼)`, 'u');
const BARE = new RegExp(`^${ADMINISTRATION}(?:党委|党组)?$`, 'u');
const COMPLETE = new RegExp(`^(?!${LEVELS})\\p{Script=Han}{2,}${ADMINISTRATION}$`, 'u');

/** The level a meeting or speech is held at: `全省`, `福建省卫生健康工作会议`, `我市`. */
function scopeLevel({ meetingNames, lead, context }: ReportParts): string | undefined {
  const names = [...meetingNames, ...context.headlines].join('\n');
  const whole = /全(国|省|市|县|区|州|盟|旗)/.exec(names)?.[1];
  if (whole) return whole === '国' ? '国家' : whole;
  return LEVEL_IN_NAME.exec(names)?.[1] ?? /(?:我|全)(省|市|县|区|州|盟|旗)/.exec(lead.join('\n'))?.[1];
}

/** A source of figures or pictures with the name it gives (`资料来源：国家卫生健康委统计信息中心`): a citation. */
const DATA_SOURCE = new RegExp(`${DATA_SOURCE_LABEL}[^，,。；;！？!?\\n]*`, 'gu');

/** The clauses of the lead's blocks, without sources of figures or pictures. */
function leadClauses(lead: readonly string[]): string[] {
  return lead.flatMap((block) => block.replace(DATA_SOURCE, '').split(/[，,。；;：:！？!?]/u));
}

/** Finds the health administration of the report's level. */
export const levelAdministration: Rule = (parts) => {
  const level = scopeLevel(parts);
  const mentions = bodyMentions(parts.context.blocks.join('\n'));
  // Without a level only a national body is complete.
  const prefixed = new RegExp(`^${level ?? '国家'}${ADMINISTRATION}(?:党委|党组)?$`, 'u');
  const named = mentions.find((name) => prefixed.test(name)) ?? (level ? mentions.find((name) => BARE.test(name)) : undefined);
  if (named) return { name: named, level: level === '国家' ? undefined : level };
  // A body named in full that starts one of the lead's clauses (one named further in is relayed:
  // `传达学习了国家卫生健康委…精神`), of the report's level when it has one (`福建省卫生健康委员会`
  // for 全省, not `…国家卫生健康委在深圳召开现场推进会`).
  const atLevel = new RegExp(`${level ?? ''}${ADMINISTRATION}(?:党委|党组)?$`, 'u');
  const full = leadClauses(parts.lead)
    .flatMap((clause) => bodyMentions(clause).filter((name) => clause.startsWith(name)))
    .find((name) => COMPLETE.test(name) && atLevel.test(name));
  return full ? { name: full } : undefined;
};
