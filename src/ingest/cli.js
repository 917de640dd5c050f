/**
 * `npm run ingest -- [options] <files or folders…>`: see `ingest-command.ts`.
 *
 * This entry only turns on Node's module compile cache before anything else
 * loads: later runs then skip stripping the types of the pipeline's modules
 * and compiling them (measured: a third of a short run's CPU time). The cache
 * lives in the system's temporary folder (NODE_COMPILE_CACHE=dir moves it,
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off). JavaScript, the project's one
 * hand-written entry that is: as a TypeScript file it made Node load its type
 * stripper before the cache was on (~45 ms of CPU on every run).
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
const { ingestCommand } = await import('./ingest-command.ts');
process.exitCode = await ingestCommand();
