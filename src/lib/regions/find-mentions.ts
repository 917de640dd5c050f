/**
 * Finds the place names a text mentions: leftmost-longest matches against the
 * name index, with the traps of official prose handled (see
 * `../shared/notes/regions.md`): everyday words, one-character stems, names
 * that only a parent makes unambiguous.
 */
import { wordCrosses, wordSegments } from '../word-boundaries.ts';
import { lineage } from './lineage.ts';
import { EVERYDAY_FULL_NAMES, namesAt, type NameForm, type PlaceName } from './place-names.ts';
import type { AreaUnit } from './types.ts';

/** One place name found in a text. */
export interface PlaceMention {
  /** Offset of the name in the text. */
  start: number;
  end: number;
  name: string;
  form: NameForm;
  /** Units the name may mean here: one when resolved, several when ambiguous. */
  units: readonly AreaUnit[];
}

/**
 * Idioms that contain a place name (`长治久安` is about stability, not 长治市),
 * reform models named after a place that reports everywhere cite (`三明医改`),
 * a region spanning four provinces (`武陵山区`, no 武陵区), and `医保定点` (no 保定).
 */
const IDIOMS = /长治久安|世界大同|大同小异|中山装|城中村|市中心|三明医改|三明经验|三明模式|罗湖模式|武陵山|医保定点/g;
/**
 * Words that start with a unit suffix: after a name they are not its suffix
 * (`海南区域` is the area of 海南, not 海南区; `宜昌市场` the market of 宜昌).
 */
const SUFFIX_WORDS = /[省市区县](?:域|场|民|级|属|直|外|内)/g;

/** Units of `place` that lie within one of `parents` (directly or further down). */
function within(place: PlaceName, parents: readonly AreaUnit[]): AreaUnit[] {
  return place.units.filter((u) => lineage(u.code).some((a) => a.code !== u.code && parents.some((p) => p.code === a.code)));
}

/** Masks idioms and suffix words that would otherwise match a name; keeps offsets. */
function maskIdioms(text: string): string {
  return text.replace(IDIOMS, (match) => '\u3000'.repeat(match.length)).replace(SUFFIX_WORDS, (match) => `\u3000${match.slice(1)}`);
}

/** Characters of context the word check looks at on each side of a name. */
const WINDOW = 4;

/**
 * Whether `text[start, end)` sits on word boundaries: no word of the
 * surrounding text runs across its start or its end (`创新平台` holds no 新平,
 * `示范县` no 范县, `沿海城市` no 海城市). Words inside the name may split
 * freely (an unknown `宜都` segments as 宜/都).
 */
function onWordBoundaries(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - WINDOW);
  const window = text.slice(from, Math.min(text.length, end + WINDOW));
  const segments = wordSegments(window);
  return !wordCrosses(segments, window.length, start - from) && !wordCrosses(segments, window.length, end - from);
}

/** The units `place` may mean at `at`, given the mention right before it; none when the match is not a name here. */
function unitsAt(text: string, at: number, place: PlaceName, parent: PlaceMention | undefined): readonly AreaUnit[] {
  const end = at + place.name.length;
  const narrowed = parent ? within(place, parent.units) : [];
  if (EVERYDAY_FULL_NAMES.has(place.name) && narrowed.length === 0) return [];
  // Full names of provinces and prefectures (`宜昌市`) do not run across words; checking only the rest keeps matching fast.
  const wordCheck = place.form === 'short' || place.units.some((u) => u.level === 'county');
  if (wordCheck && !onWordBoundaries(text, at, end)) return [];
  // A one-character stem (`赵县`, `和县`) is a name only where no Han character runs into it (`市和县`).
  if (place.form === 'full' && place.name.length === 2 && !parent && at > 0 && /\p{Script=Han}/u.test(text[at - 1] ?? '')) return [];
  return narrowed.length > 0 ? narrowed : place.units;
}

/**
 * Every place name in `text`, in order. A name that only its parent makes
 * unambiguous (`朝阳`, `鼓楼区`) is narrowed when a name of its parent comes
 * right before it (`北京朝阳`, `福州市鼓楼区`) and otherwise keeps all its
 * candidates; everyday full names (`城区`) count only after their parent; a
 * match that runs across a word (`创新平台`, `示范县`) is no name, nor a
 * one-character stem preceded by a Han character (`市和县`).
 */
export function findPlaceMentions(text: string): PlaceMention[] {
  const masked = maskIdioms(text);
  const mentions: PlaceMention[] = [];
  for (let at = 0; at < masked.length - 1; ) {
    const names = namesAt(masked, at);
    // Most characters start no name: move on at once.
    if (names.length === 0) {
      at++;
      continue;
    }
    const previous = mentions.at(-1);
    const parent = previous && previous.end === at ? previous : undefined;
    let found: PlaceMention | undefined;
    for (const place of names) {
      const units = unitsAt(masked, at, place, parent);
      if (units.length === 0) continue;
      found = { start: at, end: at + place.name.length, name: place.name, form: place.form, units };
      break;
    }
    if (found) mentions.push(found);
    at = found ? found.end : at + 1;
  }
  return mentions;
}
