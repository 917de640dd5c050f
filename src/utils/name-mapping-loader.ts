/**
 * Content loader of a list kept in one YAML file that maps names to their
 * fields (`content/formulations.yml`): each key becomes an entry, its id and
 * its `name` field; its value (a mapping, or nothing) the other fields. An
 * absent file is an empty list. Unlike Astro's `file` loader, which logs a
 * file it cannot read and goes on with no entries, a broken file fails the
 * build with the file named and the reason (js-yaml gives the line,
 * including for a name written twice).
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Loader, LoaderContext } from 'astro/loaders';

/** The entries of a name mapping's text: name → fields (the name among them). */
export function readNameMapping(text: string, file: string): Array<{ name: string; fields: Record<string, unknown> }> {
  const data = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file }) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: the file maps names to their fields (a YAML mapping)`);
  return Object.entries(data as Record<string, unknown>).map(([name, value]) => {
    if (value !== null && (typeof value !== 'object' || Array.isArray(value))) throw new Error(`${file}: the fields of “${name}” are a mapping (or nothing)`);
    return { name, fields: { ...(value as Record<string, unknown> | null), name } };
  });
}

/** Loads the entries of the name mapping `path` (relative to the project root, or absolute). */
export function nameMappingLoader(path: string): Loader {
  return {
    name: 'huibian-name-mapping',
    async load({ config, store, parseData, generateDigest, logger, watcher }: LoaderContext) {
      const root = fileURLToPath(config.root);
      const file = resolve(root, path);
      const filePath = relative(root, file);
      const sync = async (): Promise<void> => {
        const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
        store.clear();
        for (const { name, fields } of readNameMapping(text, filePath)) {
          store.set({ id: name, data: await parseData({ id: name, data: fields, filePath }), filePath, digest: generateDigest(JSON.stringify(fields)) });
        }
      };
      await sync();
      // `astro dev`: follow edits.
      watcher?.add(file);
      watcher?.on('all', (_event, changed) => {
        if (resolve(changed) === file) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
