/**
 * UI strings: one JSON file per script, flat dotted keys, `{{name}}`
 * placeholders. Components read them through `t()` and hold no Chinese literals.
 */
import type { Script } from '../lib/report-schema.ts';
import hans from './zh-hans.json' with { type: 'json' };
import hant from './zh-hant.json' with { type: 'json' };

/** A key of the UI strings (both files have the same keys; a test checks it). */
export type UiKey = keyof typeof hans;

/** Values for `{{name}}` placeholders. */
export type UiVars = Readonly<Record<string, string | number>>;

const STRINGS: Record<Script, Readonly<Record<UiKey, string>>> = { hans, hant };

/** The UI string `key` in `script`, placeholders filled; a placeholder without a value is an error. */
export function t(script: Script, key: UiKey, vars: UiVars = {}): string {
  const text = STRINGS[script][key];
  // Most strings have no placeholder, and pages ask for them hundreds of thousands of times a build.
  if (!text.includes('{{')) return text;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`UI string "${key}" needs a value for {{${name}}}`);
    return String(value);
  });
}
