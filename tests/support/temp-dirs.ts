/**
 * Set-up file of every test file (vitest.config.ts): removes the temporary
 * folders it made with `tempDir` once it has run, so that test runs do not
 * fill the system's temporary folder (a run made ~25 MB of them).
 */
import { afterAll } from 'vitest';
import { removeTempDirs } from '../ingest/write/fixtures.ts';

afterAll(removeTempDirs);
