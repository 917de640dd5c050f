/**
 * Builds the fixture site once per source state: the output directory is
 * keyed by a hash of everything the build reads, so every e2e file (and every
 * re-run without changes) reuses one build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** Project root (tests run from it). */
const ROOT = process.cwd();

/** Builds of other source states older than this are removed when a new one is made. */
const STALE_MS = 24 * 60 * 60 * 1000;
const PREFIX = 'huibian-e2e-';

/** What a build depends on. */
const INPUTS = ['src', 'public', 'content/topics', 'tests/fixtures/site', 'astro.config.mjs', 'package-lock.json'];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** Hash of the build inputs' paths and contents (the content folder's too) and of the extra environment. */
function inputHash(content: string, env: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256').update(content).update(JSON.stringify(env));
  for (const file of [...INPUTS, content].flatMap((input) => files(resolve(ROOT, input)))) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Removes old fixture builds left by earlier source states. */
function pruneStaleBuilds(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    const path = join(tmpdir(), name);
    if (!name.startsWith(PREFIX) || path === keep) continue;
    if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Returns the `dist` directory of the site built from `content` (a folder
 * holding `reports/*.mdx`) with `env` added to the build's environment,
 * building it first unless an identical build exists.
 */
export function buildSite(content = 'tests/fixtures/site', env: Readonly<Record<string, string>> = {}): string {
  const out = join(tmpdir(), `${PREFIX}${inputHash(content, env)}`);
  if (existsSync(join(out, 'index.html'))) return out;
  const staging = `${out}.${process.pid}`;
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: ROOT,
    // Plain output whatever the caller's terminal: errors are read as text.
    env: { ...process.env, ...env, HUIBIAN_CONTENT: content, HUIBIAN_OUT: staging, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
    throw new Error(`Fixture site build failed (exit ${result.status}):\n${output}`);
  }
  // Another test file may have finished the same build meanwhile: keep the first.
  if (existsSync(out)) rmSync(staging, { recursive: true, force: true });
  else renameSync(staging, out);
  pruneStaleBuilds(out);
  return out;
}
