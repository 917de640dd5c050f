/**
 * Navigation menus: runs of short category lines (`• 休闲生活`, `教育`,
 * `职场` …) above or below the body, and a menu bar mashed into one line
 * (`网站首页节日演讲稿爱国纪念日演讲稿…`).
 */
import { dropLines, lineRule, type LineOutcome } from './line-rule.ts';
import { bodyBounds, bodyStart, BULLET, inEdgeZone, isBlank, isShortLabel, numberingRank, trimLine, withoutPinyin } from './shape.ts';

/** Longest menu item with a bullet, and without one (a short headline must not pass for one). */
const ITEM_MAX = 12;
const BARE_ITEM_MAX = 8;
/** Fewest unbulleted items that make a menu (a kicker, a headline and a subtitle are three). */
const RUN_MIN = 4;
/** A menu bar mashed into one line starts with the home link. */
const MENU_BAR = /^(?:网站首页|首页|首頁|主页|主頁|Home)(?![:：])/iu;

/** True when the line could be one menu item: a short label without punctuation, numbering or digits. */
function isMenuItem(text: string, max: number): boolean {
  return isShortLabel(text, max) && numberingRank(text) === undefined && !/[\d()（）【】《》“”"]/.test(text);
}

/**
 * Indexes of menu lines: in the page header or footer, every bulleted short
 * item, a mashed menu bar, and runs of at least RUN_MIN short items.
 */
export function findMenuLines(lines: readonly string[]): Set<number> {
  const bounds = bodyBounds(lines);
  // The line right above the body is its headline, however short.
  let headline = bodyStart(lines) - 1;
  while (headline >= 0 && isBlank(lines[headline] ?? '')) headline--;
  const drop = new Set<number>();
  let run: number[] = [];
  const closeRun = (): void => {
    if (run.length >= RUN_MIN) for (const i of run) drop.add(i);
    run = [];
  };
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    if (!inEdgeZone(i, bounds)) return closeRun();
    const text = withoutPinyin(trimLine(line));
    const bulleted = BULLET.test(text);
    const item = text.replace(BULLET, '');
    if ((bulleted && isMenuItem(item, ITEM_MAX)) || (MENU_BAR.test(text) && !/[，。；,;]/.test(text))) {
      drop.add(i);
      run.push(i);
    } else if (i !== headline && isMenuItem(item, BARE_ITEM_MAX)) {
      run.push(i);
    } else {
      closeRun();
    }
  });
  closeRun();
  return drop;
}

/** Removes navigation menus around the body. */
export function stripNavigationMenus(lines: readonly string[]): LineOutcome {
  return dropLines(lines, findMenuLines(lines), '导航菜单');
}

/** Clean rule: navigation menus. */
export const navigationMenuRule = lineRule('strip-navigation', stripNavigationMenus);
