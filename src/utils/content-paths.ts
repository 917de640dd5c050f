/**
 * Where the collections' files are, relative to the project root (or
 * absolute): the content folder (`HUIBIAN_CONTENT`, else `./content`) holds
 * the reports, and its own topics and curated formulations or, when it has
 * none, the project's (fixture sites reuse them). Read by the collections
 * (`src/content.config.ts`) and by the build's analysis worker, which must
 * read the same files.
 */
import { existsSync } from 'node:fs';

export interface ContentPaths {
  /** Folder of `<id>.mdx` report entries. */
  reports: string;
  /** Folder of topic files (`*.yml`). */
  topics: string;
  /** The curated formulations file (absent: none). */
  formulations: string;
}

export function contentPaths(env: NodeJS.ProcessEnv = process.env): ContentPaths {
  const root = env.HUIBIAN_CONTENT ?? './content';
  return {
    reports: `${root}/reports`,
    topics: existsSync(`${root}/topics`) ? `${root}/topics` : './content/topics',
    formulations: existsSync(`${root}/formulations.yml`) ? `${root}/formulations.yml` : './content/formulations.yml',
  };
}
