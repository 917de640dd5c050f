/**
 * Content loader of the reports collection: every `<id>.mdx` entry of a
 * folder, its frontmatter as the entry's data and its body as text.
 *
 * Bodies are not compiled as MDX modules (Astro's `glob` loader would hand
 * each to @astrojs/mdx): ingest writes a body as `<P id>`/`<H id depth>`
 * blocks of escaped text and nothing else, so the report page reads the
 * blocks itself (`bodyBlocks`, with the MDX parser where a block holds
 * escapes) and renders them. Compiling and loading 5,000 MDX modules was a
 * third of the build's time. A body holding anything else fails the build
 * with the file named, rather than losing text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Loader, LoaderContext } from 'astro/loaders';
import { blocklessText } from './body-outline.ts';

/** An entry file: `<id>.mdx`, the id being what ingest names it (lower-case letters, digits, hyphens). */
const ENTRY_FILE = /^([a-z0-9][a-z0-9-]*)\.mdx$/;

/** The id of an entry file's name, if it names one. */
export function entryId(name: string): string | undefined {
  return ENTRY_FILE.exec(name)?.[1];
}

/** Frontmatter fence at the start of an entry, and the body after it. */
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/** An entry file split into its frontmatter fields and its body. */
export interface EntryText {
  data: Record<string, unknown>;
  body: string;
}

/**
 * Splits an entry into frontmatter and body. YAML is read with the 1.2 core
 * schema, as Astro reads frontmatter: a date written unquoted stays text.
 */
export function readEntryText(text: string, file: string): EntryText {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: an entry starts with frontmatter between --- lines`);
  const data = yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA, filename: file }) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: the frontmatter is not a YAML mapping`);
  const body = text.slice(match[0].length).trim();
  const stray = blocklessText(body);
  if (stray) throw new Error(`${file}: the body holds text outside <P>/<H> blocks: "${stray.slice(0, 40)}"`);
  return { data: data as Record<string, unknown>, body };
}

/** Loads the `*.mdx` entries of `base` (relative to the project root, or absolute). */
export function reportLoader(base: string): Loader {
  return {
    name: 'huibian-reports',
    async load({ config, store, parseData, generateDigest, logger, watcher }: LoaderContext) {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, base);

      /** Reads one entry file into the store; unchanged entries (same digest) are kept as they are. */
      async function sync(name: string): Promise<string | undefined> {
        const id = entryId(name);
        if (!id) return undefined;
        const path = join(dir, name);
        const text = readFileSync(path, 'utf8');
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) return id;
        const filePath = relative(root, path);
        const { data, body } = readEntryText(text, filePath);
        store.set({ id, data: await parseData({ id, data, filePath }), body, filePath, digest });
        return id;
      }

      const names = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
      const misnamed = names.filter((name) => !entryId(name));
      if (misnamed.length > 0) throw new Error(`${relative(root, dir)}: entry files are named <id>.mdx (a-z, 0-9, -): ${misnamed.join(', ')}`);
      const kept = new Set<string>();
      for (const name of names) kept.add((await sync(name))!);
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);

      // `astro dev`: follow edits, new and deleted entries.
      watcher?.add(dir);
      watcher?.on('all', (event, path) => {
        // A file elsewhere is `../…` or `sub/…` relative to the folder: no entry name.
        const name = relative(dir, path);
        const id = entryId(name);
        if (!id) return;
        if (event === 'unlink') store.delete(id);
        else if (event === 'add' || event === 'change') sync(name).catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
