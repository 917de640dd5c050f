/** The body that gives the meeting's work report: `市卫生健康局作了工作报告`, `代表X向大会作政府工作报告`. */
import { leadingBody } from './body-names.ts';
import { BODY, clausesOf, type Rule } from './rule.ts';

/** `作…报告`, not the 作 inside 工作报告. */
const GIVES_REPORT = /(?<!工)(?:作|做)了?[^，,。；;]{0,30}?报告/;
const ON_BEHALF = new RegExp(`代表(?!们|团)(${BODY})[^，,。；;]{0,12}?(?:作|做)[^，,。；;]{0,20}?报告`, 'u');

/** Finds the body that reports to the meeting in the opening. */
export const reportGiver: Rule = ({ opening }) => {
  const onBehalf = ON_BEHALF.exec(opening.join('\n'))?.[1];
  if (onBehalf) return { name: onBehalf };
  for (const clause of clausesOf(opening)) {
    const name = leadingBody(clause);
    if (name && GIVES_REPORT.test(clause.slice(name.length))) return { name };
  }
  return undefined;
};
