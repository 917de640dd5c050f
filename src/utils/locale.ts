/**
 * The two scripts the site is published in, and how each appears in URLs,
 * `lang` attributes and Open Graph locales.
 */
import type { Script } from '../lib/report-schema.ts';

/** Scripts every page exists in, in the order the site lists them. */
export const SITE_SCRIPTS = ['hans', 'hant'] as const satisfies readonly Script[];

/** First URL segment of a page in a script (`/zh-hans/…`). */
export type ScriptSegment = 'zh-hans' | 'zh-hant';

const SEGMENTS: Record<Script, ScriptSegment> = { hans: 'zh-hans', hant: 'zh-hant' };
const LANG_TAGS: Record<Script, string> = { hans: 'zh-Hans', hant: 'zh-Hant' };
const OG_LOCALES: Record<Script, string> = { hans: 'zh_CN', hant: 'zh_TW' };

/** URL segment of a script. */
export function scriptSegment(script: Script): ScriptSegment {
  return SEGMENTS[script];
}

/** Script of a URL segment; throws on anything else, so a bad route fails the build loudly. */
export function scriptFromSegment(segment: string | undefined): Script {
  if (segment === 'zh-hans') return 'hans';
  if (segment === 'zh-hant') return 'hant';
  throw new Error(`Unexpected script segment "${segment}", expected "zh-hans" or "zh-hant"`);
}

/** BCP 47 tag for `<html lang>` and `hreflang` (kept identical everywhere: Pagefind indexes per exact tag). */
export function langTag(script: Script): string {
  return LANG_TAGS[script];
}

/** Open Graph locale of a script. */
export function ogLocale(script: Script): string {
  return OG_LOCALES[script];
}

/** The other script. */
export function otherScript(script: Script): Script {
  return script === 'hans' ? 'hant' : 'hans';
}

/** `getStaticPaths` entries for a page that exists once per script. */
export function scriptPaths(): Array<{ params: { script: ScriptSegment } }> {
  return SITE_SCRIPTS.map((script) => ({ params: { script: scriptSegment(script) } }));
}
